package kz.migration.refugee.petition;

import kz.migration.refugee.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
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

/**
 * Input stored in the register is read strictly, through the API and through the Tasklist start form alike:
 * no coercion of numbers or booleans into names, no enum ordinals or padded names, names with a letter, text
 * without control or invisible characters and in NFC, valid UTF-8, birth dates from 1900 on. Each refusal is a
 * 400 naming the field, and nothing is written.
 */
@ApplicationTest
class StrictIntakeInputTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  private long casesBefore;

  @BeforeEach
  void count() {
    casesBefore = jdbc.queryForObject("select count(*) from family_case", Long.class);
  }

  @Test
  void numbersAndBooleansAreNotNames() throws Exception {
    refused(head("\"surname\": 12345"), "members[0].surname");
    refused(head("\"givenName\": true"), "members[0].givenName");
    refused(head("\"patronymic\": 1.5"), "members[0].patronymic");
  }

  @Test
  void enumsAreNamesNotOrdinalsNumbersOrPaddedNames() throws Exception {
    refused(head("\"role\": 0"), "members[0].role");
    refused(head("\"role\": \"0\""), "members[0].role");
    refused(head("\"role\": \" head \""), "members[0].role");
    refused(head("\"sex\": 1"), "members[0].sex");
    refused(head("\"documentType\": \"passport\\n\""), "members[0].documentType");
  }

  @Test
  void namesNeedALetterAndLoseInvisibleCharacters() throws Exception {
    refused(head("\"surname\": \"\\u200B\\u200B\\u200B\""), "members[0].surname");
    refused(head("\"surname\": \"\\u0301\\u0301\""), "members[0].surname");
    refused(head("\"givenName\": \"---\""), "members[0].givenName");
    refused(head("\"surname\": \"Ра\\u0000хими\""), "members[0].surname");
    refused(head("\"surname\": \"Рахими\\r\\nINFO forged\""), "members[0].surname");
    refused(head("\"surname\": \"\\uD800Рахими\""), "members[0].surname");
  }

  @Test
  void invalidUtf8IsRefusedNamingTheField() throws Exception {
    String body = petition("\"surname\": \"@@\"");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    // an encoded surrogate (CESU-8), which Java would decode into a lone surrogate
    byte[] surrogate = replace(bytes, "@@", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'a'});
    mvc.perform(post("/api/petitions").with(httpBasic("caseworker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(surrogate))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['members[0].surname']").exists());
    // a broken multi-byte sequence
    byte[] broken = replace(bytes, "@@", new byte[] {(byte) 0xC3, '(', 'a'});
    mvc.perform(post("/api/petitions").with(httpBasic("caseworker", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(broken))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['members[0].surname']").exists());
    nothingWritten();
  }

  @Test
  void birthDatesBefore1900AndYearZeroAreRefused() throws Exception {
    refused(head("\"dateOfBirth\": \"0000-01-01\""), "members[0].dateOfBirth");
    refused(head("\"dateOfBirth\": \"1899-12-31\""), "members[0].dateOfBirth");
    refused(head("\"dateOfBirth\": \"" + LocalDate.now().plusDays(1) + "\""), "members[0].dateOfBirth");
  }

  @Test
  void theRefusalNeverQuotesTheValue() throws Exception {
    String answer = file(head("\"surname\": 987654321")).andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(answer).contains("members[0].surname").doesNotContain("987654321");
  }

  @Test
  void aCleanNameIsStoredInNfcWithoutInvisibleCharacters() throws Exception {
    // "Йусуф" typed with a combining breve and a zero-width space: stored as the composed letters
    String arrival = LocalDate.now().minusDays(2).toString();
    file(petition(arrival, "\"surname\": \"И\\u0306\\u200Bусуфи\", \"documentNumber\": \"N-" + System.nanoTime() + "\""))
        .andExpect(status().isCreated());
    assertThat(jdbc.queryForList("select surname from person where surname like 'Й%'", String.class))
        .contains("Йусуфи");
  }

  @Test
  void theStartFormFollowsTheSameRules() {
    String arrival = LocalDate.now().minusDays(3).toString();
    Map<String, Object> form = Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa",
        "address", "Алматы", "members", SpinValues.jsonValue("""
            [{"role": 0, "surname": 42, "givenName": "\\u200B", "dateOfBirth": "0000-01-01", "sex": "male",
              "citizenship": "AF"}]""").create());
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("petition", form))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Член семьи 1, «");
    Map<String, Object> names = Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa",
        "address", "Алматы", "members", SpinValues.jsonValue("""
            [{"role": "head", "surname": "\\u0301", "givenName": "\\u200B", "dateOfBirth": "1990-01-01", "sex": "male",
              "citizenship": "AF"}]""").create());
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("petition", names))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Член семьи 1, «Фамилия»").hasMessageContaining("Член семьи 1, «Имя»");
    Map<String, Object> born = Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa",
        "address", "Алматы", "members", SpinValues.jsonValue("""
            [{"role": "head", "surname": "Рахими", "givenName": "Али", "dateOfBirth": "1899-01-01", "sex": "male",
              "citizenship": "AF"}]""").create());
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("petition", born))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Член семьи 1, «Дата рождения»");
    nothingWritten();
  }

  @Test
  void anUntouchedSelectOfTheFormIsStillNotGiven() {
    String arrival = LocalDate.now().minusDays(3).toString();
    Map<String, Object> form = Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa",
        "address", "Алматы", "members", SpinValues.jsonValue("""
            [{"role": "head", "surname": "Рахими", "givenName": "Али", "dateOfBirth": "1990-01-01", "sex": "",
              "citizenship": "AF", "documentType": ""}]""").create());
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("petition", form))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Член семьи 1, «Пол»: обязательное поле");
    nothingWritten();
  }

  private void refused(String json, String field) throws Exception {
    file(json).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['" + field + "']").exists());
    nothingWritten();
  }

  private void nothingWritten() {
    assertThat(jdbc.queryForObject("select count(*) from family_case", Long.class)).isEqualTo(casesBefore);
  }

  private ResultActions file(String json) throws Exception {
    return mvc.perform(post("/api/petitions").with(httpBasic("caseworker", "demo"))
        .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String head(String override) {
    return petition(LocalDate.now().minusDays(2).toString(), override);
  }

  /** A one-person petition; {@code override} replaces fields of the head (later keys win in Jackson). */
  private static String petition(String arrival, String override) {
    return """
        {"arrivalDate": "%s", "filingDate": "%s", "language": "fa", "address": "Алматы",
         "members": [{"role": "head", "surname": "Рахими", "givenName": "Ахмад", "patronymic": null,
           "dateOfBirth": "1975-04-04", "sex": "male", "citizenship": "AF", "documentType": "passport",
           "documentNumber": "R-1", %s}]}
        """.formatted(arrival, arrival, override);
  }

  private static String petition(String override) {
    return petition(LocalDate.now().minusDays(2).toString(), override);
  }

  private static byte[] replace(byte[] bytes, String marker, byte[] with) {
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = s.indexOf(marker);
    byte[] out = new byte[bytes.length - marker.length() + with.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(with, 0, out, at, with.length);
    System.arraycopy(bytes, at + marker.length(), out, at + with.length, bytes.length - at - marker.length());
    return out;
  }
}
