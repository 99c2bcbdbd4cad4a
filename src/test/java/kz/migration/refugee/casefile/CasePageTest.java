package kz.migration.refugee.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The case page shows the file as the data bank holds it (read here from the bank, not from what the test sent),
 * prints its certificates, is found by the search, answers only the case roles, and is recorded as a read.
 */
@ApplicationTest
class CasePageTest {

  /**
   * The Cyrillic letters {@link CaseSteps#uniqueSurname} uses, as a passport's Latin (ICAO 9303) writes them.
   */
  private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('б', "b"), Map.entry('в', "v"),
      Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('к', "k"),
      Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('п', "p"), Map.entry('р', "r"),
      Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
      Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('а', "a"), Map.entry('и', "i"),
      Map.entry('о', "o"), Map.entry('-', "-"));

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aGrantedFamilyOfTenHasItsWholeFileOnThePageAndItsCertificatesInPrint() throws Exception {
    String surname = CaseSteps.uniqueSurname("Рахимов");
    String caseNumber = new CaseSteps(http, runtime, tasks, management, identity).grant(family(surname, 10));
    long caseId = jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
    long readsBefore = reads(caseNumber);

    ResponseEntity<String> answer = get("caseworker", "/cases/" + caseNumber);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    String page = HtmlUtils.htmlUnescape(answer.getBody());

    assertThat(page).contains("Дело " + caseNumber, surname + " Фарид", "глава семьи", "Афганистан (AF)",
        "Решение от", "присвоить статус беженца", "Собеседование", "Заключение 1", "Ход дела",
        "Жалоб нет.", "Перерегистраций нет.");
    // staff by name with their login, the login the audit log keeps
    String manager = staffName("manager");
    String caseworker = staffName("caseworker");
    assertThat(page).contains("<dt>Принял(а)</dt><dd>" + manager + "</dd>", "Записал(а): " + caseworker + ", ",
        "Подготовил(а): " + caseworker + ", ", "<td>" + manager + "</td>", "<td>" + caseworker + "</td>")
        .doesNotContain("<dd>manager</dd>", "<td>manager</td>", "<td>caseworker</td>");
    assertThat(page).contains(jdbc.queryForObject("select summary from interview where case_id = ?", String.class,
        caseId).strip());
    // every adult's own assessment
    jdbc.queryForList("select facts from assessment where case_id = ?", String.class, caseId)
        .forEach(facts -> assertThat(page).contains(facts.strip()));
    assertThat(page).contains(jdbc.queryForObject("select reasons from decision where case_id = ?", String.class,
        caseId).strip());
    jdbc.queryForList("select rule_fired from recommendation where case_id = ?", String.class, caseId)
        .forEach(rule -> assertThat(page).contains(rule));
    for (Map<String, Object> reply : jdbc.queryForList("select reference from agency_check where case_id = ?", caseId)) {
      assertThat(page).contains((String) reply.get("reference"));
    }
    List<String> certificates = jdbc.queryForList("select number from certificate where case_id = ? order by id",
        String.class, caseId);
    assertThat(certificates).anyMatch(n -> n.startsWith("RC-")).anyMatch(n -> n.startsWith("AS-"));
    for (String number : certificates) {
      assertThat(page).contains(number, "/cases/" + caseNumber + "/certificates/" + number + ".pdf");
    }
    assertThat(page).contains("/api/cases/" + caseNumber + "/decision-notice");
    assertThat(reads(caseNumber)).isEqualTo(readsBefore + 1);

    // the refugee certificate prints, with its number and holder, and the print is a read too
    String refugeeCertificate = certificates.stream().filter(n -> n.startsWith("RC-")).findFirst().orElseThrow();
    ResponseEntity<byte[]> pdf = http.withBasicAuth("manager", "demo").getForEntity(
        "/cases/" + caseNumber + "/certificates/" + refugeeCertificate + ".pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = new PdfTextExtractor(new PdfReader(pdf.getBody())).getTextFromPage(1);
    assertThat(text).contains(refugeeCertificate, "УДОСТОВЕРЕНИЕ БЕЖЕНЦА", surname);
    assertThat(reads(caseNumber)).isEqualTo(readsBefore + 2);
    assertThat(get("manager", "/cases/" + caseNumber + "/certificates/RC-1999-999999.pdf").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // auditors read it too, without the notice they cannot open
    String audited = get("auditor", "/cases/" + caseNumber).getBody();
    assertThat(audited).contains(refugeeCertificate).doesNotContain("/decision-notice");

    // the time the page takes for this family of ten with its whole history
    long start = System.nanoTime();
    int times = 5;
    for (int i = 0; i < times; i++) {
      assertThat(get("manager", "/cases/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    System.out.printf("case page, family of 10 with interview, checks, assessment, decision, certificates: "
        + "%d ms per request (mean of %d)%n", (System.nanoTime() - start) / 1_000_000 / times, times);
  }

  @Test
  void theSearchFindsTheFamilyByALatinSpellingOfItsCyrillicSurnameAndByItsCaseNumber() {
    String surname = CaseSteps.uniqueSurname("Рахимов");
    String caseNumber = new CaseSteps(http, runtime, tasks, management, identity).file(family(surname, 2));
    StringBuilder latin = new StringBuilder();
    for (char c : surname.toLowerCase().toCharArray()) {
      latin.append(LATIN.getOrDefault(c, String.valueOf(c)));
    }
    assertThat(latin.toString()).startsWith("rakhimov-").matches("[a-z-]+");

    String byName = get("caseworker", "/search?q=" + latin).getBody();
    assertThat(HtmlUtils.htmlUnescape(byName)).contains(surname + " Фарид", "href=\"/cases/" + caseNumber + "\"");
    String byNumber = get("auditor", "/search?q=" + caseNumber).getBody();
    assertThat(byNumber).contains("href=\"/cases/" + caseNumber + "\"");
    String certificate = jdbc.queryForObject("select c.number from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ? order by c.id limit 1", String.class, caseNumber);
    assertThat(get("manager", "/search?q=" + certificate.toLowerCase()).getBody())
        .contains("href=\"/cases/" + caseNumber + "\"");
    assertThat(jdbc.queryForObject("select count(*) from personal_data_read where what = 'GET /search' and search = ?",
        Long.class, latin.toString())).isEqualTo(1);
  }

  @Test
  void onlyTheCaseRolesReachThePagesAndAWrongNumberIsNotFound() {
    String caseNumber = new CaseSteps(http, runtime, tasks, management, identity).file(family(
        CaseSteps.uniqueSurname("Рахимов"), 1));
    String certificate = jdbc.queryForObject("select c.number from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ? order by c.id limit 1", String.class, caseNumber);
    for (String path : List.of("/cases/" + caseNumber, "/search?q=" + caseNumber,
        "/cases/" + caseNumber + "/certificates/" + certificate + ".pdf")) {
      for (String user : List.of("caseworker", "manager", "auditor")) {
        assertThat(get(user, path).getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
      }
      for (String user : List.of("admin", "operator")) {
        assertThat(get(user, path).getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
      }
      assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    for (String wrong : List.of("/cases/RS-26-1", "/cases/RS-1999-999999")) {
      ResponseEntity<String> answer = get("manager", wrong);
      assertThat(answer.getStatusCode()).as(wrong).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).as(wrong).contains("Не найдено", "Ахметова Сауле", "href=\"/logout\"");
    }
  }

  @Test
  void whoDecidedReadsByNameAndAsTheLoginOnceTheUserIsDeleted() {
    String login = "decider" + System.nanoTime();
    User user = identity.newUser(login);
    user.setLastName("Темирова");
    user.setFirstName("Гульнара");
    identity.saveUser(user);
    identity.createMembership(login, "managers");
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(family(CaseSteps.uniqueSurname("Рахимов"), 1));
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate",
        LocalDate.now().toString(), "interviewLanguage", "ru", "interviewSummary", "Заявитель рассказал о преследовании."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, "Task_AssessPetition", "caseworker", Map.of("assessmentFacts", "Показания последовательны.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"));
    steps.decideAll(caseNumber, login, "granted", "art1-well-founded-fear",
        "Обоснованные опасения преследования подтверждены.");

    String named = HtmlUtils.htmlUnescape(get("caseworker", "/cases/" + caseNumber).getBody());
    assertThat(named).contains("<dt>Принял(а)</dt><dd>Темирова Гульнара (" + login + ")</dd>",
        "<td>Темирова Гульнара (" + login + ")</td>");

    identity.deleteUser(login);
    String deleted = HtmlUtils.htmlUnescape(get("caseworker", "/cases/" + caseNumber).getBody());
    assertThat(deleted).contains("<dt>Принял(а)</dt><dd>" + login + "</dd>", "<td>" + login + "</td>")
        .doesNotContain("Темирова");
  }

  /** Surname, name and login, as the engine's users hold them. */
  private String staffName(String login) {
    User user = identity.createUserQuery().userId(login).singleResult();
    return user.getLastName() + " " + user.getFirstName() + " (" + login + ")";
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private long reads(String caseNumber) {
    return jdbc.queryForObject("select count(*) from personal_data_read where case_number = ?", Long.class, caseNumber);
  }

  private static Map<String, Object> family(String surname, int size) {
    List<Map<String, Object>> members = new ArrayList<>();
    var random = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < size; i++) {
      Map<String, Object> m = new HashMap<>(Map.of("role", i == 0 ? "head" : i == 1 ? "spouse" : "child",
          "surname", surname, "givenName", i == 0 ? "Фарид" : "Член" + "абвгдежзик".charAt(i % 10),
          "dateOfBirth", i < 2 ? (1975 + i) + "-03-11" : (2008 + i) + "-06-0" + (1 + i % 9),
          "sex", i % 2 == 0 ? "male" : "female", "citizenship", "AF"));
      if (i < 2) {
        m.put("documentType", "passport");
        m.put("documentNumber", "K" + random.nextInt(1_000_000_000));
      }
      members.add(m);
    }
    return Map.of("arrivalDate", LocalDate.now().minusDays(2).toString(), "filingDate", LocalDate.now().toString(),
        "language", "ru", "address", "Центр временного размещения, Алматы", "members", members);
  }
}
