package kz.migration.refugee.petition;

import kz.migration.refugee.registry.ProcessCases;
import static kz.migration.refugee.petition.PetitionVariables.DECISION_DUE_AT;
import static kz.migration.refugee.petition.PetitionVariables.EXTEND_DEADLINE;

import java.time.LocalDate;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing {@code Task_HandleOverdueDecision}: a manager may extend the deadline once, with a reason. */
@Component
class HandleOverdueDecisionListener implements TaskListener {

  private final PetitionService petitions;

  private final ProcessCases cases;

  HandleOverdueDecisionListener(PetitionService petitions, ProcessCases cases) {
    this.cases = cases;
    this.petitions = petitions;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean extend = Boolean.TRUE.equals(task.getVariable(EXTEND_DEADLINE));
    task.setVariable(EXTEND_DEADLINE, extend);
    if (!extend) {
      return;
    }
    try {
      Object until = task.getVariable("extendedUntil");
      LocalDate newDue = petitions.extendDeadline(cases.caseOf(task),
          until == null || until.toString().isBlank() ? null : parse(until.toString()),
          (String) task.getVariable("extensionReason"), Actor.of(task));
      task.setVariable(DECISION_DUE_AT, Deadlines.overdueAt(newDue));
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
  }

  private static LocalDate parse(String value) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (java.time.format.DateTimeParseException e) {
      throw FieldErrors.of("extendedUntil", "дата в формате ГГГГ-ММ-ДД");
    }
  }
}
