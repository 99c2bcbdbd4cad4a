package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A whole petition, including rejected input and a failing agency check, leaves no personal data in the log. */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLoggingTest {

  private static final String SURNAME = "Кабулова";
  private static final String GIVEN_NAME = "Зарина";
  private static final String CHILD = "Тамана";
  private static final String PASSPORT = "QX7781234";

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @Test
  void aFullPetitionRunLogsNoNamesOrDocumentNumbers(CapturedOutput output) {
    String arrival = LocalDate.now().minusDays(1).toString();
    // rejected first: the problem details and any log lines must not echo the values
    var rejected = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions", petition(arrival, "ZZ"), String.class);
    assertThat(rejected.getStatusCode().value()).isEqualTo(400);
    assertThat(rejected.getBody()).doesNotContain(SURNAME, GIVEN_NAME, PASSPORT);

    var filed = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions", petition(arrival, "AF"), Map.class);
    assertThat(filed.getStatusCode().value()).isEqualTo(201);
    String caseNumber = (String) filed.getBody().get("caseNumber");
    new CaseSteps(http, runtime, tasks, management, identity).schedule(caseNumber);

    complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate", LocalDate.now().toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявительница " + GIVEN_NAME + " рассказала об угрозах."));
    new CaseSteps(http, runtime, tasks, management, identity).runAgencyChecks(caseNumber);
    complete(caseNumber, "Task_AssessPetition", "caseworker", Map.of("assessmentFacts", "Факты о " + SURNAME,
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    new CaseSteps(http, runtime, tasks, management, identity).decideAll(caseNumber, "manager", "granted",
        "art1-well-founded-fear", "Опасения " + GIVEN_NAME + " " + SURNAME + " обоснованы.");
    var notice = http.withBasicAuth("manager", "demo").getForEntity("/api/cases/{n}/decision-notice", byte[].class, caseNumber);
    assertThat(notice.getStatusCode().value()).isEqualTo(200);

    // the capture covers the run: the decision log writes a debug line when the decision is taken
    assertThat(output.getAll()).contains("decision log: appended entry").doesNotContain(SURNAME, GIVEN_NAME, CHILD, PASSPORT);
  }

  private void complete(String caseNumber, String key, String user, Map<String, Object> form) {
    new CaseSteps(http, runtime, tasks, management, identity).complete(caseNumber, key, user, form);
  }

  private static Map<String, Object> petition(String arrival, String childCitizenship) {
    return Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "ru", "address", "Алматы",
        "members", List.of(
            Map.of("role", "head", "surname", SURNAME, "givenName", GIVEN_NAME, "dateOfBirth", "1988-02-02",
                "sex", "female", "citizenship", "AF", "documentType", "passport", "documentNumber", PASSPORT),
            Map.of("role", "child", "surname", SURNAME, "givenName", CHILD, "dateOfBirth", "2015-03-03",
                "sex", "female", "citizenship", childCitizenship)));
  }
}
