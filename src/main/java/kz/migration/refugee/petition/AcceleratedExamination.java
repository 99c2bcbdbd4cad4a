package kz.migration.refugee.petition;

import java.time.LocalDate;
import java.util.Date;
import kz.migration.refugee.needs.SpecificNeeds;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.EngineCalls;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Needs found after registration (an unaccompanied child noticed at the interview) shorten a running examination as
 * they would have at intake: the decision deadline in the data bank, the deadline's timer, and the due dates of the
 * open steps, which never lie after the deadline. Only while the deadline's timer still waits: once the decision is
 * taken, or the deadline has passed and managers handle it, nothing moves.
 */
@Component
class AcceleratedExamination {

  private final PetitionService petitions;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final EngineCalls engine;

  AcceleratedExamination(PetitionService petitions, RuntimeService runtime, ManagementService management,
      TaskService tasks, EngineCalls engine) {
    this.petitions = petitions;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.engine = engine;
  }

  @EventListener
  void needsChanged(SpecificNeeds.Changed changed) {
    engine.asApplication(() -> {
      Job deadline = runtime.createProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY)
          .processInstanceBusinessKey(changed.caseNumber().value()).active().list().stream()
          .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers()
              .activityId(PetitionProcess.START_DECISION_OVERDUE).list().stream())
          .findFirst().orElse(null);
      if (deadline == null) {
        return;
      }
      petitions.accelerate(changed.caseId()).ifPresent(until -> move(deadline, until));
    });
  }

  private void move(Job deadline, LocalDate until) {
    management.setJobDuedate(deadline.getId(), Deadlines.overdueAt(until));
    runtime.setVariable(deadline.getProcessInstanceId(), PetitionProcess.DECISION_DUE_AT.name(),
        Deadlines.overdueAt(until));
    Date dueBy = Deadlines.dueBy(until);
    tasks.createTaskQuery().processInstanceId(deadline.getProcessInstanceId()).list().stream()
        .filter(task -> task.getDueDate() == null || task.getDueDate().after(dueBy))
        .forEach(task -> {
          task.setDueDate(dueBy);
          tasks.saveTask(task);
        });
  }
}
