package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.DECISION_DUE_AT;
import static kz.migration.refugee.petition.PetitionProcess.EXTEND_DEADLINE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_HandleOverdueDecision}: a manager may extend the deadline once, with a reason. */
@Component
class HandleOverdueDecisionListener extends FormStep<HandleOverdueDecisionForm> {

  private final PetitionService petitions;
  private final ProcessCases cases;
  private final PetitionDeadlines deadlines;

  HandleOverdueDecisionListener(PetitionService petitions, FormInput form, ProcessCases cases,
      PetitionDeadlines deadlines) {
    super(HandleOverdueDecisionForm.class, form);
    this.petitions = petitions;
    this.cases = cases;
    this.deadlines = deadlines;
  }

  @Override
  protected void complete(DelegateTask task, HandleOverdueDecisionForm form, String actor) {
    boolean extend = Boolean.TRUE.equals(form.extendDeadline());
    EXTEND_DEADLINE.set(task, extend);
    if (!extend) {
      return;
    }
    String until = form.extendedUntil();
    LocalDate newDue = petitions.extendDeadline(cases.caseOf(task),
        until == null || until.isBlank() ? null : parse(until), form.extensionReason(), actor);
    DECISION_DUE_AT.set(task, Deadlines.overdueAt(newDue));
    deadlines.decisionExtended(task);
  }

  private static LocalDate parse(String value) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw FieldErrors.of("extendedUntil", "дата в формате ГГГГ-ММ-ДД");
    }
  }
}
