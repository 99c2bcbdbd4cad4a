package kz.migration.refugee.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.DocumentType;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.Sex;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The decision deadline escalates to managers, who may extend it once, with a reason, within the legal maximum. */
@ApplicationTest
class DecisionDeadlineTest {

  @Autowired PetitionFiling filing;
  @Autowired PetitionService petitions;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void anOverdueDecisionIsRecordedAndCanBeExtendedOnceWithinOneYearOfRegistration() {
    var filed = filing.file(family("Рустами", "A9911001"));
    CaseNumber caseNumber = new CaseNumber(filed.caseNumber());
    fireTimer(filed.processInstanceId());

    Task overdue = task(filed.processInstanceId(), "Task_HandleOverdueDecision");
    assertThat(overdue).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(overdue.getId())).extracting(l -> l.getGroupId()).contains("managers");
    assertThat(petitions.view(caseNumber).deadlineMissed()).isTrue();

    LocalDate registered = LocalDate.now();
    assertThatThrownBy(() -> tasks.complete(overdue.getId(), Map.of("extendDeadline", true,
        "extendedUntil", registered.plusYears(1).plusDays(1).toString(), "extensionReason", "Дополнительные проверки")))
        .satisfies(DecisionDeadlineTest::rejectedByTheForm).hasMessageContaining("«Новый срок»");
    assertThatThrownBy(() -> tasks.complete(overdue.getId(), Map.of("extendDeadline", true,
        "extendedUntil", registered.plusMonths(6).toString())))
        .satisfies(DecisionDeadlineTest::rejectedByTheForm).hasMessageContaining("«Основание продления»");

    tasks.complete(overdue.getId(), Map.of("extendDeadline", true,
        "extendedUntil", registered.plusMonths(6).toString(), "extensionReason", "Запрошены сведения МВД о стране происхождения"));
    PetitionView extended = petitions.view(caseNumber);
    assertThat(extended.deadlineExtended()).isTrue();
    assertThat(extended.decisionDueOn()).isEqualTo(registered.plusMonths(6));

    fireTimer(filed.processInstanceId());
    Task again = task(filed.processInstanceId(), "Task_HandleOverdueDecision");
    assertThatThrownBy(() -> tasks.complete(again.getId(), Map.of("extendDeadline", true,
        "extendedUntil", registered.plusMonths(9).toString(), "extensionReason", "Ещё проверки")))
        .satisfies(DecisionDeadlineTest::rejectedByTheForm).hasMessageContaining("уже продлевался");
    tasks.complete(again.getId(), Map.of("extendDeadline", false));
    assertThat(task(filed.processInstanceId(), "Task_HandleOverdueDecision")).isNull();
    assertThat(task(filed.processInstanceId(), "Task_ScheduleInterview")).isNotNull();
  }

  /** Tasklist and engine REST show this as the form's error; the Java API wraps it once. */
  private static void rejectedByTheForm(Throwable e) {
    Throwable t = e;
    while (t != null && !(t instanceof BadUserRequestException)) {
      t = t.getCause();
    }
    assertThat(t).as("a BadUserRequestException in the cause chain of %s", e).isNotNull();
  }

  private void fireTimer(String processInstanceId) {
    // the decision deadline's timer (the abandonment watch on the unappointed interview runs beside it)
    List<String> abandonmentWatch = management.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(PetitionProcess.EVENT_NO_CONTACT).list().stream().map(Job::getId).toList();
    List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
        .filter(job -> !abandonmentWatch.contains(job.getId())).toList();
    assertThat(timers).hasSize(1);
    management.executeJob(timers.get(0).getId());
  }

  private Task task(String processInstanceId, String key) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  private static PetitionIntake family(String surname, String passport) {
    LocalDate arrival = LocalDate.now().minusDays(1);
    return new PetitionIntake(arrival, arrival, null, "fa", null, null, "Алматы", null, List.of(
        new PetitionIntake.Member(FamilyRole.HEAD, surname, "Джамшед", null, LocalDate.of(1977, 8, 8), Sex.MALE, "AF",
            null, null, DocumentType.PASSPORT, passport)));
  }
}
