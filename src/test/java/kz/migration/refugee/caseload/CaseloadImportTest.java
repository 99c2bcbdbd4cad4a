package kz.migration.refugee.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.registry.CaseSearch;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/** A historic caseload enters the bank whole or not at all, each case where the procedure has it, once. */
@ApplicationTest
class CaseloadImportTest {

  private static final String HEADER = "case_number,role,surname,given_name,date_of_birth,sex,citizenship,ethnicity,"
      + "arrival_date,petition_date,decision,decision_date,deregistration_date,deregistration_reason\n";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CaseloadImport caseload;
  @Autowired CaseSearch caseSearch;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aFileWithBadRowsIsRefusedWholeWithEachRowsErrorsAndNothingIsImported() throws Exception {
    int year = uniqueYear();
    String csv = HEADER
        + "RS-%d-000001,head,Ахмади,Фарид,1970-01-01,male,AF,таджики,2001-03-01,2001-03-02,granted,2001-05-01,,\n".formatted(year)
        + "RS-%d-000001,child,Ахмади,Лейла,2031-01-01,female,AF,таджики,2001-03-01,2001-03-02,granted,2001-05-01,,\n".formatted(year)
        + "RS-%d-000002,head,Носири,Омид,1968-02-02,male,Afghanistan,,2001-04-01,2001-04-03,granted,,,\n".formatted(year)
        + "RS-%d-000003,spouse,Карими,Парвин,1975-05-05,female,AF,,2001-04-01,2001-04-03,refused,2001-06-01,2002-01-01,\n".formatted(year);
    long casesBefore = count("family_case");

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(answer.getBody()).get("errors");
    List<String> found = new ArrayList<>();
    errors.forEach(e -> found.add(e.get("row").asInt() + " " + e.get("field").asText()));
    assertThat(found).containsExactly("3 date_of_birth", "4 citizenship", "4 decision_date", "5 deregistration_reason",
        "5 role");
    assertThat(count("family_case")).isEqualTo(casesBefore);
  }

  /**
   * The tests' import writes out and empties its persistence context every second family
   * ({@code refugee.import.flush-every} in application-test.yaml): a failure at the fifth family, after two such
   * points, still leaves nothing of the file, in the register or in the engine.
   */
  @Test
  void aFileThatFailsAfterFamiliesWereWrittenOutLeavesNothingAndImportsWholeWhenSentAgain() throws Exception {
    int year = uniqueYear();
    LocalDate granted = LocalDate.now().minusYears(2);
    String decided = ",AF,таджики,%s,%s,%s,%s,,\n";
    String csv = HEADER
        + "RS-%d-000091,head,Хакими,Абдул,1970-01-01,м".formatted(year)
        + decided.formatted(granted.minusDays(60), granted.minusDays(58), "granted", granted)
        + "RS-%d-000091,child,Хакими,Марьям,%s,ж".formatted(year, granted.minusYears(5))
        + decided.formatted(granted.minusDays(60), granted.minusDays(58), "granted", granted)
        + "RS-%d-000092,head,Носири,Омид,1968-02-02,м".formatted(year)
        + decided.formatted("2001-04-01", "2001-04-03", "refused", "2001-06-01")
        + "RS-%d-000093,head,Латифи,Басир,1975-05-05,м".formatted(year)
        + decided.formatted("2003-04-01", "2003-04-03", "granted", "2003-06-01")
        + "RS-%d-000094,head,Карими,Парвин,1977-05-05,ж".formatted(year)
        + decided.formatted("2004-04-01", "2004-04-03", "refused", "2004-06-01")
        + "RS-%d-000095,head,Саидов,Рахмон,1980-01-01,м,TJ,таджики,%s,%s,pending,,,\n".formatted(year,
            LocalDate.now().minusDays(20), LocalDate.now().minusDays(19));
    List<Long> before = List.of(count("family_case"), count("person"), count("petition"), count("decision"),
        count("person_decision"), count("certificate"), importsLogged());
    // the fifth family, undecided, cannot resume its examination
    doThrow(new IllegalStateException("examination cannot start")).when(caseSearch).familyName(anyLong());

    assertThatThrownBy(() -> caseload.importFile(csv.getBytes(StandardCharsets.UTF_8), "admin"))
        .hasMessageContaining("examination cannot start");

    assertThat(List.of(count("family_case"), count("person"), count("petition"), count("decision"),
        count("person_decision"), count("certificate"), importsLogged())).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("RS-%d-000095".formatted(year)).count())
        .isZero();

    reset(caseSearch);
    ImportReport report = caseload.importFile(csv.getBytes(StandardCharsets.UTF_8), "admin");
    assertThat(report).isEqualTo(new ImportReport(5, 6, 0, 1));
    assertThat(status("RS-%d-000091".formatted(year))).isEqualTo("GRANTED");
    assertThat(status("RS-%d-000095".formatted(year))).isEqualTo("UNDER_REVIEW");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("RS-%d-000095".formatted(year)).count()).isEqualTo(1);
    assertThat(refugeeCertificates("RS-%d-000091".formatted(year))).containsExactly("Абдул: Марьям");
  }

  @Test
  void aQuotedFieldLeftOpenRefusesTheFileNamingTheLine() throws Exception {
    int year = uniqueYear();
    String csv = HEADER
        + "RS-%d-000051,head,Ахмади,Фарид,1970-01-01,male,AF,таджики,2001-03-01,2001-03-02,granted,2001-05-01,,\n".formatted(year)
        + "RS-%d-000051,child,\"Ахмади,Лейла,2011-01-01,female,AF,таджики,2001-03-01,2001-03-02,granted,2001-05-01,,\n".formatted(year);
    long casesBefore = count("family_case");

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("file");
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(count("family_case")).isEqualTo(casesBefore);
  }

  @Test
  void eachCaseLandsWhereTheProcedureHasItAndASecondImportChangesNothing() throws Exception {
    int year = uniqueYear();
    LocalDate granted = LocalDate.now().minusYears(3).minusDays(10);
    String csv = HEADER
        + "RS-%d-000011,head,Хакими,Абдул,1970-01-01,male,AF,пуштуны,%s,%s,granted,%s,,\n".formatted(year,
            granted.minusDays(60), granted.minusDays(58), granted)
        + "RS-%d-000011,child,Хакими,Марьям,2010-01-01,female,AF,пуштуны,%s,%s,granted,%s,,\n".formatted(year,
            granted.minusDays(60), granted.minusDays(58), granted)
        + "RS-%d-000012,head,Саидов,Рахмон,1980-01-01,male,TJ,таджики,%s,%s,pending,,,\n".formatted(year,
            LocalDate.now().minusDays(20), LocalDate.now().minusDays(19))
        + "RS-%d-000013,head,Юсуфи,Наджиб,1985-01-01,male,AF,хазарейцы,2019-01-01,2019-01-02,refused,2019-03-01,2019-06-01,left_country\n"
            .formatted(year);
    long importsLogged = importsLogged();

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(answer.getBody()).get("casesImported").asInt()).isEqualTo(3);
    assertThat(status("RS-%d-000011".formatted(year))).isEqualTo("GRANTED");
    LocalDate validUntil = jdbc.queryForObject("""
        select c.valid_until from certificate c join family_case f on f.id = c.case_id
        where f.case_number = ? and c.type = 'REFUGEE' and c.status = 'VALID'""", LocalDate.class, "RS-%d-000011".formatted(year));
    assertThat(validUntil).as("the recheck cycle runs from the grant date").isEqualTo(granted.plusYears(4));
    assertThat(status("RS-%d-000012".formatted(year))).isEqualTo("UNDER_REVIEW");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("RS-%d-000012".formatted(year))
        .taskDefinitionKey("Task_ScheduleInterview").count()).as("the examination resumes at the appointment")
        .isEqualTo(1);
    assertThat(status("RS-%d-000013".formatted(year))).isEqualTo("CLOSED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("RS-%d-000013".formatted(year)).count()).isZero();
    assertThat(importsLogged()).as("one decision log entry for the import").isEqualTo(importsLogged + 1);

    ResponseEntity<String> again = post(csv);
    assertThat(json.readTree(again.getBody()).get("casesSkipped").asInt()).isEqualTo(3);
    assertThat(json.readTree(again.getBody()).get("casesImported").asInt()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from family_case where case_number like ?", Long.class,
        "RS-" + year + "-%")).isEqualTo(3);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("RS-%d-000012".formatted(year)).count()).isEqualTo(1);
  }

  @Test
  void aFamilyPartlyGrantedIsDecidedPerPersonCertifiedPerRecognisedAdultAndCountedOnce() throws Exception {
    int year = uniqueYear();
    String number = "RS-%d-000061".formatted(year);
    String rest = ",AF,таджики,1996-02-01,1996-02-03,%s,1996-06-17,,\n";
    String csv = HEADER
        + number + ",head,Рахими,Карим,1965-01-01,м" + rest.formatted("granted")
        + number + ",spouse,Рахими,Фатима,1968-01-01,ж" + rest.formatted("granted")
        // the adult son on his own grounds, refused; the daughter, a child, follows her father
        + number + ",child,Рахими,Джамшед,1976-01-01,м" + rest.formatted("refused")
        + number + ",child,Рахими,Малика,1990-01-01,ж" + rest.formatted("granted");
    JsonNode before = statistics("/api/statistics/refugees?date=1996-06-17");

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(status(number)).isEqualTo("GRANTED");
    assertThat(jdbc.queryForList("select d.outcome from decision d join family_case f on f.id = d.case_id "
        + "where f.case_number = ?", String.class, number)).containsExactly("PARTLY_GRANTED");
    assertThat(jdbc.query("""
        select p.given_name, pd.outcome, pd.basis, parent.given_name
          from person_decision pd join person p on p.id = pd.person_id join family_case f on f.id = p.case_id
          left join person parent on parent.id = pd.follows_person_id
         where f.case_number = ? order by p.id
        """, (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4),
        number)).containsExactly("Карим GRANTED OWN_GROUNDS null", "Фатима GRANTED OWN_GROUNDS null",
            "Джамшед REFUSED OWN_GROUNDS null", "Малика GRANTED FOLLOWS_PARENT Карим");
    // the son's refusal is long final: he left the register with it, never recognised
    assertThat(jdbc.query("""
        select p.given_name, p.recognised_on, p.deregistered_on, p.deregistration_reason
          from person p join family_case f on f.id = p.case_id where f.case_number = ? order by p.id
        """, (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4),
        number)).containsExactly("Карим 1996-06-17 null null", "Фатима 1996-06-17 null null",
            "Джамшед null 1996-06-17 refused", "Малика 1996-06-17 null null");
    assertThat(refugeeCertificates(number)).containsExactly("Карим: Малика", "Фатима: ");

    JsonNode petitions = statistics("/api/statistics/petitions?from=1996-06-17&to=1996-06-17");
    assertThat(pair(petitions.get("granted"))).isEqualTo("1/3");
    assertThat(pair(petitions.get("refused"))).isEqualTo("1/1");
    JsonNode after = statistics("/api/statistics/refugees?date=1996-06-17");
    assertThat(after.get("families").asLong() - before.get("families").asLong()).isEqualTo(1);
    assertThat(after.get("persons").asLong() - before.get("persons").asLong()).isEqualTo(3);

    ResponseEntity<String> again = post(csv);
    assertThat(json.readTree(again.getBody()).get("casesSkipped").asInt()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from person_decision pd join person p on p.id = pd.person_id "
        + "join family_case f on f.id = p.case_id where f.case_number = ?", Long.class, number)).isEqualTo(4);
    assertThat(refugeeCertificates(number)).hasSize(2);
  }

  @Test
  void aFamilyWhoseHeadWasRefusedHasItsChildrenFollowTheFirstAdultGranted() throws Exception {
    int year = uniqueYear();
    String number = "RS-%d-000062".formatted(year);
    String rest = ",AF,хазарейцы,1997-02-01,1997-02-03,%s,1997-06-18,,\n";
    String csv = HEADER
        + number + ",head,Сафари,Али,1960-01-01,м" + rest.formatted("refused")
        + number + ",spouse,Сафари,Зейнаб,1965-01-01,ж" + rest.formatted("granted")
        + number + ",child,Сафари,Хасан,1992-01-01,м" + rest.formatted("granted");

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.query("""
        select p.given_name, pd.outcome, pd.basis, parent.given_name
          from person_decision pd join person p on p.id = pd.person_id join family_case f on f.id = p.case_id
          left join person parent on parent.id = pd.follows_person_id
         where f.case_number = ? order by p.id
        """, (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4),
        number)).containsExactly("Али REFUSED OWN_GROUNDS null", "Зейнаб GRANTED OWN_GROUNDS null",
            "Хасан GRANTED FOLLOWS_PARENT Зейнаб");
    assertThat(jdbc.queryForObject("select d.legal_ground from decision d join family_case f on f.id = d.case_id "
        + "where f.case_number = ?", String.class, number)).as("the act carries the head's ground")
        .isEqualTo("art12-no-well-founded-fear");
    assertThat(refugeeCertificates(number)).containsExactly("Зейнаб: Хасан");
  }

  @Test
  void aChildWhoseDecisionIsNotTheParentsOrAFamilyPartlyPendingIsRefusedNamingTheRow() throws Exception {
    int year = uniqueYear();
    String rest = ",AF,,1997-02-01,1997-02-03,%s,%s,,\n";
    String csv = HEADER
        + "RS-%d-000063,head,Сафари,Али,1960-01-01,м".formatted(year) + rest.formatted("granted", "1997-06-18")
        + "RS-%d-000063,child,Сафари,Хасан,1992-01-01,м".formatted(year) + rest.formatted("refused", "1997-06-18")
        + "RS-%d-000064,head,Назари,Омид,1960-01-01,м".formatted(year) + rest.formatted("granted", "1997-06-18")
        + "RS-%d-000064,spouse,Назари,Сара,1962-01-01,ж".formatted(year) + rest.formatted("pending", "");
    long casesBefore = count("family_case");

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(answer.getBody()).get("errors");
    List<String> found = new ArrayList<>();
    errors.forEach(e -> found.add(e.get("row").asInt() + " " + e.get("field").asText()));
    assertThat(found).containsExactly("3 decision", "5 decision", "5 decision_date");
    assertThat(errors.get(0).get("message").asText()).contains("строка 2", "granted");
    assertThat(count("family_case")).isEqualTo(casesBefore);
  }

  /** The family's valid refugee certificates: holder, then those written on it. */
  private List<String> refugeeCertificates(String caseNumber) {
    return jdbc.query("""
        select c.id, h.given_name from certificate c join person h on h.id = c.holder_id
          join family_case f on f.id = c.case_id
         where f.case_number = ? and c.type = 'REFUGEE' and c.status = 'VALID' order by c.id
        """, (rs, n) -> rs.getString(2) + ": " + String.join(",", jdbc.queryForList("""
            select m.given_name from certificate_member cm join person m on m.id = cm.person_id
             where cm.certificate_id = ? order by m.id
            """, String.class, rs.getLong(1))), caseNumber);
  }

  private JsonNode statistics(String path) throws Exception {
    return json.readTree(http.withBasicAuth("manager", "demo").getForEntity(path, String.class).getBody());
  }

  private static String pair(JsonNode count) {
    return count.get("families").asLong() + "/" + count.get("persons").asLong();
  }

  @Test
  void archiveNumbersGetProductNumbersKeepTheirOwnAreImportedOnceAndFound() throws Exception {
    int year = uniqueYear();
    String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    String afghan = "12/" + tag + "-АФГ";
    String latin = "A-" + tag;
    String dates = "%d-03-01,%d-03-02,refused,%d-05-01,,".formatted(year, year, year);
    String csv = HEADER
        + afghan + ",head,Ахмади,Фарид,1970-01-01,м,AF,таджики," + dates + "\n"
        + afghan + ",spouse,Ахмади,Захра,1972-01-01,Ж,AF,таджики," + dates + "\n"
        + latin.toLowerCase() + ",head,Носири,Омид,1968-02-02,M,AF,," + dates + "\n"
        + latin + ",child,Носири,Лейла,1990-02-02,f,AF,," + dates + "\n"
        // a product-numbered case later in the file keeps its number: the archive cases are numbered around it
        + "RS-%d-000001,head,Карими,Парвин,1975-05-05,жен,AF,,%s\n".formatted(year, dates);

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(answer.getBody()).get("casesImported").asInt()).isEqualTo(3);
    assertThat(status("RS-%d-000001".formatted(year))).isEqualTo("CLOSED");
    String afghanCase = caseNumberOf(afghan);
    String latinCase = caseNumberOf(latin.toLowerCase());
    assertThat(List.of(afghanCase, latinCase)).as("numbered from the counter of the petition's year")
        .allMatch(n -> n.matches("RS-" + year + "-\\d{6}")).doesNotContain("RS-%d-000001".formatted(year))
        .doesNotHaveDuplicates();
    assertThat(jdbc.queryForList("select p.sex from person p join family_case f on f.id = p.case_id "
        + "where f.case_number in (?, ?) order by p.id", String.class, afghanCase, latinCase))
        .containsExactly("MALE", "FEMALE", "MALE", "FEMALE");

    ResponseEntity<String> again = post(csv.replace("АФГ", "афг").replace(latin.toLowerCase(), latin));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(again.getBody()).get("casesImported").asInt()).isZero();
    assertThat(json.readTree(again.getBody()).get("casesSkipped").asInt()).isEqualTo(3);
    assertThat(jdbc.queryForObject("select count(*) from family_case where case_number like ?", Long.class,
        "RS-" + year + "-%")).isEqualTo(3);

    JsonNode found = json.readTree(http.withBasicAuth("caseworker", "demo")
        .getForEntity("/api/registry/cases?q={q}", String.class, tag + "-афг").getBody());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("caseNumber").asText()).isEqualTo(afghanCase);
    assertThat(found.get(0).get("legacyReference").asText()).isEqualTo(afghan);
    assertThat(json.readTree(http.withBasicAuth("caseworker", "demo").getForEntity("/api/registry/cases?q={q}",
        String.class, latin).getBody()).get(0).get("caseNumber").asText()).isEqualTo(latinCase);
    assertThat(json.readTree(http.withBasicAuth("caseworker", "demo").getForEntity("/api/registry/cases/{n}",
        String.class, afghanCase).getBody()).get("legacyReference").asText()).isEqualTo(afghan);
    assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/search?q={q}", String.class, afghan).getBody())
        .contains("href=\"/cases/" + afghanCase + "\"");
    assertThat(HtmlUtils.htmlUnescape(http.withBasicAuth("manager", "demo")
        .getForEntity("/cases/{n}", String.class, afghanCase).getBody())).contains("Архивный номер", afghan);    assertThat(http.withBasicAuth("manager", "demo").getForEntity("/cases/RS-{y}-000001", String.class, year).getBody())
        .as("an imported case without a process has its page, without an archive number").contains("Карими")
        .doesNotContain("Архивный номер");
  }

  @Test
  void anUnknownSexCodeOrAnUnusableArchiveNumberIsRefusedNamingRowAndColumn() throws Exception {
    String row = ",head,Латифи,Басир,1970-01-01,%s,AF,,2018-01-01,2018-01-02,refused,2018-02-01,,\n";
    String csv = HEADER + "B-1" + row.formatted("x") + "\"B-\n2\"" + row.formatted("м") + "B-3" + row.formatted("male")
        .replace("2018-01-01,2018-01-02", "1990-01-01,1990-01-02");
    long casesBefore = count("family_case");

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(answer.getBody()).get("errors");
    List<String> found = new ArrayList<>();
    errors.forEach(e -> found.add(e.get("row").asInt() + " " + e.get("field").asText()));
    assertThat(found).containsExactly("2 sex", "3 case_number", "4 petition_date");
    assertThat(errors.get(0).get("message").asText()).contains("м", "ж", "муж", "жен", "M", "F", "male", "female");
    assertThat(count("family_case")).isEqualTo(casesBefore);
  }

  private String caseNumberOf(String legacyReference) {
    return jdbc.queryForObject("select case_number from family_case where legacy_reference = ?", String.class,
        legacyReference);
  }

  @Test
  void onlyAdministratorsImport() {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    assertThat(http.withBasicAuth("manager", "demo").postForEntity("/api/import/caseload",
        new HttpEntity<>(HEADER, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aSubmittedFileWritesNothingUntilAManagerConfirmsItOnce() throws Exception {
    int year = uniqueYear();
    String csv = HEADER + "RS-%d-000031,head,Латифи,Басир,1970-01-01,male,AF,,2018-01-01,2018-01-02,granted,2018-02-01,,\n"
        .formatted(year);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv; charset=UTF-8"));
    long casesBefore = count("family_case");
    long importsBefore = importsLogged();
    var submitted = http.withBasicAuth("admin", "demo").postForEntity("/api/import/caseload",
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode submission = json.readTree(submitted.getBody());
    assertThat(submission.get("families").asInt()).isEqualTo(1);
    assertThat(submission.get("submittedBy").asText()).isEqualTo("admin");
    assertThat(count("family_case")).isEqualTo(casesBefore);
    String confirmation = "/api/import/caseload/" + submission.get("id").asLong() + "/confirmation";
    // the administrator cannot confirm their own file (not a manager); a caseworker cannot either
    assertThat(http.withBasicAuth("admin", "demo").postForEntity(confirmation, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("caseworker", "demo").postForEntity(confirmation, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count("family_case")).isEqualTo(casesBefore);

    var confirmed = http.withBasicAuth("manager", "demo").postForEntity(confirmation, null, String.class);
    assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(count("family_case")).isEqualTo(casesBefore + 1);
    assertThat(status("RS-%d-000031".formatted(year))).isEqualTo("GRANTED");
    assertThat(importsLogged()).isEqualTo(importsBefore + 1);
    assertThat(jdbc.queryForObject("select content from decision_log where kind = 'CASELOAD_IMPORTED' "
        + "order by sequence_no desc limit 1", String.class)).contains("\"by\":\"manager\"", "\"submittedBy\":\"admin\"");
    // confirmed once: a second confirmation is a conflict and writes nothing
    assertThat(http.withBasicAuth("manager2", "demo").postForEntity(confirmation, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(count("family_case")).isEqualTo(casesBefore + 1);
  }

  @Test
  void theCommandLineImportExitsWithTwoWhenTheFileIsRefusedAndZeroWhenImported() throws Exception {
    Path bad = Files.createTempFile("caseload", ".csv");
    Files.writeString(bad, HEADER + "RS-0000-1,head,,,,,,,,,,,,\n", StandardCharsets.UTF_8);
    int[] exit = {-1};
    new ImportCaseloadCommand(caseload, bad, code -> exit[0] = code).run(null);
    assertThat(exit[0]).isEqualTo(ImportCaseloadCommand.REFUSED);

    Path good = Files.createTempFile("caseload", ".csv");
    Files.writeString(good, HEADER + "RS-%d-000001,head,Латифи,Басир,1970-01-01,male,AF,,2018-01-01,2018-01-02,refused,2018-02-01,,\n"
        .formatted(uniqueYear()), StandardCharsets.UTF_8);
    new ImportCaseloadCommand(caseload, good, code -> exit[0] = code).run(null);
    assertThat(exit[0]).isEqualTo(ImportCaseloadCommand.IMPORTED);
  }

  @Test
  void caseNumbersOfYearsBeforeTheProgrammeOrAfterThisYearAreRefusedNamingRowAndColumn() throws Exception {
    int nextYear = LocalDate.now().getYear() + 1;
    String row = ",head,Латифи,Басир,1970-01-01,male,AF,,2018-01-01,2018-01-02,refused,2018-02-01,,\n";
    String csv = HEADER + "RS-9999-000001" + row + "RS-1990-000001" + row + "RS-%d-000001".formatted(nextYear) + row
        + "RS-%d-000077".formatted(uniqueYear()) + row;
    long casesBefore = count("family_case");

    ResponseEntity<String> answer = post(csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(answer.getBody()).get("errors");
    List<String> found = new ArrayList<>();
    errors.forEach(e -> found.add(e.get("row").asInt() + " " + e.get("field").asText()));
    assertThat(found).containsExactly("2 case_number", "3 case_number", "4 case_number");
    assertThat(errors.get(0).get("message").asText()).contains("1995", String.valueOf(nextYear - 1));
    assertThat(count("family_case")).isEqualTo(casesBefore);
  }

  private ResponseEntity<String> post(String csv) {
    return TwoPersonImport.importCsv(http, csv.getBytes(StandardCharsets.UTF_8));
  }

  private String status(String caseNumber) {
    return jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber);
  }

  /** Imports in the decision log so far: other tests of the shared application import too. */
  private long importsLogged() {
    return jdbc.queryForObject("select count(*) from decision_log where kind = 'CASELOAD_IMPORTED'", Long.class);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private static final java.util.concurrent.atomic.AtomicInteger YEARS =
      new java.util.concurrent.atomic.AtomicInteger(1995 + ThreadLocalRandom.current().nextInt(10));

  /** Case numbers of a year no other test of this class uses: a year of the programme's past (from 1995). */
  private static int uniqueYear() {
    return YEARS.incrementAndGet();
  }
}
