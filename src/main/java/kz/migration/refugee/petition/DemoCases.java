package kz.migration.refugee.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.evidence.Evidence;
import kz.migration.refugee.evidence.NewAttachment;
import kz.migration.refugee.reception.Centres;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.DocumentType;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.Sex;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few cases in flight for a newcomer to the demo, created through the process as caseworkers
 * would: one awaiting interview, one awaiting assessment, one awaiting a manager's decision, a family placed in a
 * centre with a passport scan and a photograph on file, and an unaccompanied child.
 * Only on a fresh demo database.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "refugee.demo.cases", havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoCases implements ApplicationRunner {

  private final PetitionFiling filing;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final HistoryService history;
  private final Clock clock;
  private final Centres centres;
  private final CaseSearch caseSearch;
  private final Evidence evidence;

  DemoCases(PetitionFiling filing, TaskService tasks, ManagementService management, IdentityService identity,
      HistoryService history, Clock clock, Centres centres, CaseSearch caseSearch, Evidence evidence) {
    this.centres = centres;
    this.caseSearch = caseSearch;
    this.evidence = evidence;
    this.filing = filing;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.history = history;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY).count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    identity.setAuthentication("caseworker", List.of("caseworkers"));
    try {
      var awaitingInterview = filing.file(family(today.minusDays(1), "Саидов", "Рахмон", "Ш", "TJ", "таджики"));
      schedule(awaitingInterview.processInstanceId(), today.plusDays(2));
      var assessing = filing.file(family(today.minusDays(12), "Хакими", "Абдул", "Р", "AF", "пуштуны"));
      interview(assessing.processInstanceId());
      var deciding = filing.file(family(today.minusDays(40), "Носири", "Фарход", "Х", "AF", "хазарейцы"));
      interview(deciding.processInstanceId());
      // each adult assessed on their own: the head with grounds of his own, the spouse and the adult son without
      List<Map<String, Object>> assessments = List.of(Map.of(
          "assessmentFacts", "Заявитель последовательно описал угрозы; сведения о стране происхождения подтверждают риск.",
          "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
          "assessmentRecommendation", "grant"), Map.of(
          "assessmentFacts", "Собственных угроз не описала; выехала вместе с мужем.",
          "credibility", "credible", "wellFoundedFear", false, "exclusionIndicators", false,
          "assessmentRecommendation", "refer"), Map.of(
          "assessmentFacts", "Сын рассказал о работе в другой провинции; показания расходятся с рассказом отца.",
          "credibility", "not_credible", "wellFoundedFear", false, "exclusionIndicators", false,
          "assessmentRecommendation", "refuse"));
      var open = tasks.createTaskQuery().processInstanceId(deciding.processInstanceId())
          .taskDefinitionKey(PetitionProcess.TASK_ASSESS_PETITION).list().stream()
          .sorted(java.util.Comparator.comparing(t -> (Long) tasks.getVariable(t.getId(), "personId"))).toList();
      for (int i = 0; i < open.size(); i++) {
        tasks.claim(open.get(i).getId(), "caseworker");
        tasks.complete(open.get(i).getId(), assessments.get(Math.min(i, assessments.size() - 1)));
      }
      // a family that needs housing, placed in the demo centre through its task, its passport scanned and the
      // head's photograph filed for his certificate
      var housed = filing.file(housedFamily(today.minusDays(2)));
      complete(housed.processInstanceId(), "Task_PlaceFamily", Map.of(
          "centreId", String.valueOf(centres.all().get(0).id()), "placedOn", today.toString()));
      CaseNumber housedCase = new CaseNumber(housed.caseNumber());
      long head = caseSearch.view(housedCase).members().get(0).id();
      evidence.upload(housedCase, new NewAttachment("passport", head, "паспорт-скан.pdf",
          "страницы 2–3, виза", DemoDocuments.passportScan()), "caseworker");
      evidence.upload(housedCase, new NewAttachment("photo", head, "фото.png", null, DemoDocuments.photo()),
          "caseworker");
      // filed last: an unaccompanied child, whose tasks come first (bpmn/task-priority.dmn)
      filing.file(unaccompaniedChild(today));
    } finally {
      identity.clearAuthentication();
    }
  }

  private void schedule(String processInstanceId, LocalDate on) {
    complete(processInstanceId, "Task_ScheduleInterview", Map.of("appointmentDate", on.toString(),
        "appointmentTime", "10:00", "appointmentPlace", "Управление миграции г. Алматы, каб. 12",
        "interpreterNeeded", true, "interpreterLanguage", "fa"));
  }

  private void interview(String processInstanceId) {
    schedule(processInstanceId, LocalDate.now(clock));
    complete(processInstanceId, "Task_InterviewApplicant", Map.of("interviewDate", LocalDate.now(clock).toString(),
        "interviewLanguage", "fa", "interviewInterpreter", "Переводчик управления",
        "interviewSummary", "Заявитель рассказал о преследовании семьи и об обстоятельствах выезда."));
    // The agency checks are asynchronous; run them now, as the job executor would (without a user),
    // so that the demo case moves on at once.
    var user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      management.createJobQuery().processInstanceId(processInstanceId).messages().list()
          .forEach(job -> management.executeJob(job.getId()));
    } finally {
      identity.setAuthentication(user);
    }
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> form) {
    var task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    tasks.claim(task.getId(), "caseworker");
    tasks.complete(task.getId(), form);
  }

  private static PetitionIntake housedFamily(LocalDate arrival) {
    String surname = "Юсуфи";
    var members = List.of(
        new PetitionIntake.Member(FamilyRole.HEAD, surname, "Навид", null, LocalDate.of(1986, 4, 2), Sex.MALE,
            "AF", "таджики", "дари, русский", DocumentType.PASSPORT, "P04871236"),
        new PetitionIntake.Member(FamilyRole.SPOUSE, surname, "Шабнам", null, LocalDate.of(1990, 10, 17), Sex.FEMALE,
            "AF", "таджики", "дари", DocumentType.PASSPORT, "P04871237"),
        new PetitionIntake.Member(FamilyRole.CHILD, surname, "Сахар", null, arrival.minusYears(9).withDayOfYear(60),
            Sex.FEMALE, "AF", "таджики", "дари", null, null));
    return new PetitionIntake(arrival, arrival, null, "fa", "Переводчик управления", null,
        "нет жилья, семья ночует на вокзале", true, members);
  }

  private static PetitionIntake unaccompaniedChild(LocalDate arrival) {
    var child = new PetitionIntake.Member(FamilyRole.HEAD, "Амири", "Мурод", null, arrival.minusYears(15).minusDays(40),
        Sex.MALE, "AF", "хазарейцы", "дари", null, null, List.of("unaccompanied_child"));
    return new PetitionIntake(arrival, arrival, null, "fa", "Переводчик управления", null,
        "Центр временного размещения, г. Алматы", false, List.of(child));
  }

  private static PetitionIntake family(LocalDate arrival, String surname, String head, String doc, String citizenship,
      String ethnicity) {
    var members = List.of(
        new PetitionIntake.Member(FamilyRole.HEAD, surname, head, null, LocalDate.of(1978, 5, 14), Sex.MALE,
            citizenship, ethnicity, "дари, русский", DocumentType.PASSPORT, doc + "0" + Math.abs(surname.hashCode())),
        new PetitionIntake.Member(FamilyRole.SPOUSE, surname, "Малика", null, LocalDate.of(1982, 2, 3), Sex.FEMALE,
            citizenship, ethnicity, "дари", DocumentType.PASSPORT, doc + "1" + Math.abs(surname.hashCode())),
        new PetitionIntake.Member(FamilyRole.CHILD, surname, "Джавид", null, LocalDate.of(2004, 7, 19), Sex.MALE,
            citizenship, ethnicity, "дари, русский", DocumentType.PASSPORT, doc + "2" + Math.abs(surname.hashCode())),
        new PetitionIntake.Member(FamilyRole.CHILD, surname, "Зухра", null, LocalDate.of(2014, 9, 1), Sex.FEMALE,
            citizenship, ethnicity, "дари", null, null),
        new PetitionIntake.Member(FamilyRole.CHILD, surname, "Омид", null, LocalDate.of(2018, 12, 24), Sex.MALE,
            citizenship, ethnicity, "дари", null, null));
    return new PetitionIntake(arrival, arrival.plusDays(1), null, "fa", "Переводчик управления", null,
        "Центр временного размещения, г. Алматы", null, members);
  }
}
