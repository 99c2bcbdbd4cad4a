package kz.migration.refugee.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.registry.RegistryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A person already in the bank is never silently taken in twice; the caseworker decides. */
@ApplicationTest
class DuplicatePetitionTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RegistryService registry;

  @Test
  void aTransliteratedNameWithTheSameBirthDateAndCitizenshipGoesToDuplicateReview() {
    Map<?, ?> first = file("Ахмади", "Мохаммад", "1979-03-21", "K1000001", "Фарид");
    assertThat(first.get("duplicateReview")).isEqualTo(false);

    Map<?, ?> second = file("Ahmadi", "Muhammad", "1979-03-21", null, null);
    assertThat(second.get("duplicateReview")).isEqualTo(true);
    assertThat(second.get("caseNumber")).isNull();
    Task review = reviewTask((String) second.get("processInstanceId"));
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ResolveDuplicate");
    assertThat((String) runtime.getVariable(review.getProcessInstanceId(), "duplicateMatches"))
        .contains((String) first.get("caseNumber")).contains("Ахмади Мохаммад");

    tasks.complete(review.getId(), Map.of("duplicateResolution", "proceed",
        "duplicateReason", "Другой человек: иные родители и место рождения, подтверждено на собеседовании"));
    String caseNumber = (String) runtime.getVariable(review.getProcessInstanceId(), "caseNumber");
    assertThat(registry.summary(new CaseNumber(caseNumber)).status()).isEqualTo(CaseStatus.REGISTERED);
  }

  @Test
  void theSameIdentityDocumentMergesIntoTheExistingCaseWithTheNewMembers() {
    Map<?, ?> first = file("Юсуфи", "Карим", "1982-07-07", "P7700770", null);
    String existing = (String) first.get("caseNumber");

    Map<?, ?> again = file("Yusufi", "Karim", "1982-07-08", "P 7700770", "Лейла");
    Task review = reviewTask((String) again.get("processInstanceId"));
    tasks.complete(review.getId(), Map.of("duplicateResolution", "merge", "mergeCaseNumber", existing,
        "duplicateReason", "Тот же заявитель; супруга прибыла позже и присоединяется к делу"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId()).count()).isZero();
    var view = registry.view(new CaseNumber(existing));
    assertThat(view.members()).extracting(m -> m.givenName()).containsExactly("Карим", "Лейла");
  }

  private Task reviewTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private Map<?, ?> file(String surname, String given, String born, String passport, String spouse) {
    String arrival = LocalDate.now().minusDays(2).toString();
    var head = new java.util.HashMap<String, Object>(Map.of("role", "head", "surname", surname, "givenName", given,
        "dateOfBirth", born, "sex", "male", "citizenship", "AF"));
    if (passport != null) {
      head.put("documentType", "passport");
      head.put("documentNumber", passport);
    }
    var members = new java.util.ArrayList<Object>(List.of(head));
    if (spouse != null) {
      members.add(Map.of("role", "spouse", "surname", surname, "givenName", spouse, "dateOfBirth", "1990-10-10",
          "sex", "female", "citizenship", "AF"));
    }
    var response = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions",
        Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa", "address", "Алматы", "members", members),
        Map.class);
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
    return response.getBody();
  }
}
