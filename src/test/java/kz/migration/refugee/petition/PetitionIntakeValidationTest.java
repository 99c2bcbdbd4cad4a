package kz.migration.refugee.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad petitions are refused field by field, and nothing of them is written or started. */
@ApplicationTest
class PetitionIntakeValidationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  private long casesBefore;
  private long processesBefore;

  @BeforeEach
  void count() {
    casesBefore = cases();
    processesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey("petition").count();
  }

  @Test
  void missingFieldsAreEachNamed() throws Exception {
    file("{}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.arrivalDate").exists())
        .andExpect(jsonPath("$.errors.filingDate").exists())
        .andExpect(jsonPath("$.errors.language").exists())
        .andExpect(jsonPath("$.errors.address").exists())
        .andExpect(jsonPath("$.errors.members").exists());
    nothingWritten();
  }

  @Test
  void needsHousingThatIsNotAYesOrNoIsRefusedNamingIt() throws Exception {
    String arrival = LocalDate.now().minusDays(3).toString();
    file(petition(arrival, arrival, "2010-01-01", "AF", null).replace("\"address\": \"Алматы\",",
        "\"address\": \"Алматы\", \"needsHousing\": \"может быть\","))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.needsHousing").exists());
    nothingWritten();
  }

  @Test
  void datesInTheFutureAreRefused() throws Exception {
    String tomorrow = LocalDate.now().plusDays(1).toString();
    file(petition(tomorrow, tomorrow, "1980-01-01", "AF", null)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.arrivalDate").value("дата в будущем"))
        .andExpect(jsonPath("$.errors.filingDate").value("дата в будущем"));
    nothingWritten();
  }

  @Test
  void aMemberBornAfterArrivalIsRefused() throws Exception {
    String arrival = LocalDate.now().minusDays(10).toString();
    file(petition(arrival, LocalDate.now().minusDays(8).toString(), LocalDate.now().minusDays(2).toString(), "AF", null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors['members[1].dateOfBirth']").value("дата рождения позже даты прибытия"));
    nothingWritten();
  }

  @Test
  void aChildOlderThanTheHeadOfFamilyIsAccepted() throws Exception {
    String arrival = LocalDate.now().minusDays(3).toString();
    file(petition(arrival, arrival, "1950-02-02", "AF", null).replace("R-445566", "R-" + System.nanoTime()))
        .andExpect(status().isCreated());
    assertThat(cases()).isEqualTo(casesBefore + 1);
  }

  @Test
  void anUnknownCitizenshipCodeIsRefused() throws Exception {
    String arrival = LocalDate.now().minusDays(3).toString();
    file(petition(arrival, arrival, "2010-01-01", "XX", null)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors['members[1].citizenship']").value("неизвестный код страны ISO 3166"));
    file(petition(arrival, arrival, "2010-01-01", "afg", null)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors['members[1].citizenship']").exists());
    nothingWritten();
  }

  @Test
  void anEmptyFamilyIsRefused() throws Exception {
    String arrival = LocalDate.now().minusDays(3).toString();
    file("""
        {"arrivalDate": "%s", "filingDate": "%s", "language": "ru", "address": "Алматы", "members": []}
        """.formatted(arrival, arrival)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.members").exists());
    nothingWritten();
  }

  @Test
  void filingAfterTheFilingPeriodNeedsAReason() throws Exception {
    String arrival = LocalDate.now().minusDays(20).toString();
    String filed = LocalDate.now().minusDays(10).toString();
    file(petition(arrival, filed, "2010-01-01", "AF", null)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.lateFilingReason").exists());
    nothingWritten();
  }

  @Test
  void malformedJsonIsABadRequestToo() throws Exception {
    file("{\"arrivalDate\": \"yesterday\"").andExpect(status().isBadRequest());
    nothingWritten();
  }

  @Test
  void anonymousCallersAreRefused() throws Exception {
    mvc.perform(post("/api/petitions").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theStartFormIsCheckedByTheServerTooAndStartsNothingWhenBad() {
    String arrival = LocalDate.now().minusDays(3).toString();
    Map<String, Object> form = Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa",
        "address", "Алматы", "members", SpinValues.jsonValue("""
            [{"role": "head", "surname": "", "givenName": "Али", "dateOfBirth": "1990-01-01", "sex": "male",
              "citizenship": "ZZ"}]""").create());
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("petition", form))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Член семьи 1, «Фамилия»").hasMessageContaining("Член семьи 1, «Гражданство»");
    nothingWritten();
  }

  private void nothingWritten() {
    assertThat(cases()).isEqualTo(casesBefore);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("petition").count())
        .isEqualTo(processesBefore);
  }

  private long cases() {
    return jdbc.queryForObject("select count(*) from family_case", Long.class);
  }

  private ResultActions file(String json) throws Exception {
    return mvc.perform(post("/api/petitions").with(httpBasic("caseworker", "demo"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private static String petition(String arrival, String filed, String childBorn, String childCitizenship,
      String lateReason) {
    return """
        {"arrivalDate": "%s", "filingDate": "%s", "language": "fa", "address": "Алматы",
         "lateFilingReason": %s,
         "members": [
           {"role": "head", "surname": "Рахими", "givenName": "Ахмад", "dateOfBirth": "1975-04-04", "sex": "male",
            "citizenship": "AF", "documentType": "passport", "documentNumber": "R-445566"},
           {"role": "child", "surname": "Рахими", "givenName": "Сара", "dateOfBirth": "%s", "sex": "female",
            "citizenship": "%s"}]}
        """.formatted(arrival, filed, lateReason == null ? "null" : "\"" + lateReason + "\"", childBorn, childCitizenship);
  }
}
