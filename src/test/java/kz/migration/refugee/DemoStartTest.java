package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it: demo profile, job executor running, demo cases on.
 * A newcomer finds cases at every stage in Tasklist.
 */
// own context: the job executor runs and demo cases are created, on a database of its own
@OwnContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true", "refugee.demo.cases=true",
    "spring.datasource.url=jdbc:h2:mem:demo-start;DB_CLOSE_DELAY=-1"})
@ActiveProfiles({"test", "demo"})
class DemoStartTest {

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFreshDemoHasCasesAwaitingInterviewDecisionRecheckAndReturn() throws InterruptedException {
    // a filed family with its interview appointed, and the imported undecided case awaiting its appointment
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_InterviewApplicant").count()).isGreaterThanOrEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ScheduleInterview").count()).isGreaterThanOrEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_DecidePetition").count()).isGreaterThanOrEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("annual-recheck").count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("voluntary-return").count()).isEqualTo(1);
    // the recheck's task is prepared by the job executor, behind its asynchronous boundary
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (tasks.createTaskQuery().taskDefinitionKey("Task_VerifyCircumstances").count() == 0 && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_VerifyCircumstances").count()).isEqualTo(1);

    // a family placed in the demo centre through its task, its passport scan and photograph on file
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_PlaceFamily").count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from placement where left_on is null", Integer.class)).isEqualTo(3);
    assertThat(jdbc.queryForList("select kind from attachment order by id", String.class))
        .containsExactly("PASSPORT", "PHOTO");
    // the unaccompanied child's work comes first of all open work
    String child = jdbc.queryForObject("select c.case_number from family_case c join person p on p.case_id = c.id "
        + "where p.surname = 'Амири' and p.given_name = 'Мурод'", String.class);
    Task first = tasks.createTaskQuery().orderByTaskPriority().desc().listPage(0, 1).get(0);
    assertThat(first.getPriority()).isEqualTo(80);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getProcessInstanceId()).singleResult()
        .getBusinessKey()).isEqualTo(child);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(child).taskDefinitionKey("Task_ScheduleInterview")
        .singleResult().getPriority()).isEqualTo(80);

    // asylum-seeker certificates expire, their reissue waits on its timer, fingerprinting is due within days
    assertThat(jdbc.queryForObject("select count(*) from certificate where type = 'ASYLUM_SEEKER' and status = 'VALID' "
        + "and valid_until is null", Integer.class)).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("asylum-seeker-certificate").count())
        .isEqualTo(jdbc.queryForObject("select count(*) from certificate where type = 'ASYLUM_SEEKER' "
            + "and status = 'VALID'", Long.class));
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_TakeFingerprints").list())
        .isNotEmpty().allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());
  }
}
