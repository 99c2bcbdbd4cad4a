package kz.migration.refugee.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Centres kept by administrators, placements refused when the centre is full, moves and move-outs, the end of a
 * placement on leaving the register, and the petition's placement step for a family that needs housing.
 */
@ApplicationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ReceptionTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private CaseSteps steps;
  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
  }

  @Test
  void administratorsKeepTheCentresAndCaseWorkReadsThem() {
    long id = centre(3);
    ResponseEntity<List> list = http.withBasicAuth("caseworker", "demo").getForEntity("/api/centres", List.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).anySatisfy(c -> assertThat(((Map) c).get("id")).isEqualTo((int) id));
    // the demo centre of the migration
    assertThat(list.getBody()).anySatisfy(c -> assertThat(((Map) c).get("name").toString()).contains("Алатау"));

    ResponseEntity<Map> changed = http.withBasicAuth("admin", "demo").exchange("/api/centres/{id}", HttpMethod.PUT,
        new HttpEntity<>(centreBody("ЦВР-изменён " + id, 5)), Map.class, id);
    assertThat(changed.getStatusCode()).as("%s", changed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody()).containsEntry("capacity", 5);
    assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/centres", centreBody("x", 1), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aCentreWithBadInputIsRefusedNamingTheFieldsAndNothingIsWritten() {
    int before = count("select count(*) from accommodation_centre");
    Map<String, Object> body = new HashMap<>(centreBody(" ", -1));
    ResponseEntity<Map> answer = http.withBasicAuth("admin", "demo").postForEntity("/api/centres", body, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) answer.getBody().get("errors")).containsKeys("name", "capacity");

    // more places than the configured limit
    answer = http.withBasicAuth("admin", "demo").postForEntity("/api/centres", centreBody("ЦВР-огромный", 1_000_000),
        Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) answer.getBody().get("errors")).containsOnlyKeys("capacity");
    assertThat(count("select count(*) from accommodation_centre")).isEqualTo(before);
  }

  @Test
  void aPlacementBeyondTheCentresPlacesIsRefusedInRussianAndNothingIsWritten() {
    long centre = centre(2);
    String alone = steps.fileOnly(CaseSteps.family());
    String couple = steps.fileOnly(couple());

    assertThat(place(alone, centre, today, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // places are persons: one left, two arrive
    ResponseEntity<Object> refused = place(couple, centre, today, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(((Map) refused.getBody()).get("detail").toString()).contains("нет свободных мест", "занято 1 из 2");
    assertThat(placements(couple)).isZero();

    // one of them fits
    long head = steps.memberId(couple, "Фарид");
    assertThat(place(couple, centre, today, List.of(head)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(occupied(centre)).isEqualTo(2);
  }

  @Test
  void aPlacementWithBadInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    String caseNumber = steps.fileOnly(CaseSteps.family());
    ResponseEntity<Map> answer = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/placements",
        Map.of("placedOn", today.toString()), Map.class, caseNumber);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) answer.getBody().get("errors")).containsOnlyKeys("centreId");

    ResponseEntity<Object> refused = place(caseNumber, centre(5), today, List.of(999_999_999L));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) ((Map) refused.getBody()).get("errors")).containsOnlyKeys("personIds");

    refused = place(caseNumber, centre(5), today.plusYears(1), null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) ((Map) refused.getBody()).get("errors")).containsOnlyKeys("placedOn");
    assertThat(placements(caseNumber)).isZero();
  }

  @Test
  void aMoveEndsThePlacementInTheFormerCentreAndAMoveOutIsRecordedWithItsReason() {
    long first = centre(5);
    long second = centre(5);
    String caseNumber = steps.fileOnly(CaseSteps.family());
    place(caseNumber, first, today.minusDays(3), null);

    assertThat(place(caseNumber, second, today, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.queryForList("""
        select p.centre_id, p.left_on, p.leaving_reason from placement p join family_case c on c.id = p.case_id
         where c.case_number = ? order by p.id""", caseNumber))
        .extracting(r -> r.get("CENTRE_ID") + "/" + r.get("LEFT_ON") + "/" + r.get("LEAVING_REASON"))
        .containsExactly(first + "/" + today + "/" + Placements.MOVED, second + "/null/null");

    long open = openPlacement(caseNumber);
    ResponseEntity<Map> out = http.withBasicAuth("manager", "demo").postForEntity("/api/cases/{n}/placements/{id}/end",
        Map.of("leftOn", today.toString(), "reason", "Переехала к родственникам"), Map.class, caseNumber, open);
    assertThat(out.getStatusCode()).as("%s", out.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(out.getBody()).containsEntry("leavingReason", "Переехала к родственникам");
    assertThat(occupied(second)).isZero();

    // the case page lists the stays
    String page = http.withBasicAuth("auditor", "demo").getForObject("/cases/{n}", String.class, caseNumber);
    assertThat(page).contains("Размещение в центрах временного размещения", "Переехала к родственникам",
        Placements.MOVED);
  }

  @Test
  void leavingTheRegisterEndsThePersonsPlacementThatDay() {
    long centre = centre(5);
    String caseNumber = steps.file(couple());
    place(caseNumber, centre, today.minusDays(1), null);
    long spouse = steps.memberId(caseNumber, "Малика");

    ResponseEntity<Map> left = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/persons/{p}/deregistration",
        Map.of("reason", "departed", "deregisteredOn", today.toString()), Map.class, caseNumber, spouse);
    assertThat(left.getStatusCode().is2xxSuccessful()).as("%s", left.getBody()).isTrue();
    assertThat(jdbc.queryForMap("select left_on, leaving_reason from placement where person_id = ?", spouse))
        .containsEntry("LEFT_ON", java.sql.Date.valueOf(today))
        .hasEntrySatisfying("LEAVING_REASON", r -> assertThat(r.toString()).contains("выезд из страны"));
    assertThat(occupied(centre)).isEqualTo(1);

    // the petition withdrawn: everyone else leaves the register, and the centre
    ResponseEntity<Map> withdrawn = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/withdrawal", Map.of("requestedOn", today.toString(), "note", "Заявление подано лично"),
        Map.class, caseNumber);
    assertThat(withdrawn.getStatusCode()).as("%s", withdrawn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(occupied(centre)).isZero();
    assertThat(jdbc.queryForList("""
        select p.leaving_reason from placement p join family_case c on c.id = p.case_id where c.case_number = ?
        """, String.class, caseNumber)).anySatisfy(r -> assertThat(r).contains("отзыв ходатайства"));
  }

  @Test
  void aFamilyNeedingHousingGetsThePlacementStepWithTheCentresThatHavePlacesAndIsPlacedByIt() {
    long full = centre(0);
    long centre = centre(4);
    Map<String, Object> family = new HashMap<>(couple());
    family.put("needsHousing", true);
    String caseNumber = steps.fileOnly(family);

    Task task = steps.task(caseNumber, "Task_PlaceFamily");
    assertThat(task).isNotNull();
    assertThat(task.getName()).isEqualTo("Разместить семью в центре");
    // the examination does not wait for it
    assertThat(steps.task(caseNumber, "Task_ScheduleInterview")).isNotNull();
    SpinJsonNode options = steps.shownJson(task.getId(), PlaceFamilyListener.CENTRE_OPTIONS);
    List<String> values = new ArrayList<>();
    options.elements().forEach(o -> values.add(o.prop("value").stringValue()));
    assertThat(values).contains(String.valueOf(centre)).doesNotContain(String.valueOf(full));

    steps.complete(caseNumber, "Task_PlaceFamily", "caseworker",
        Map.of("centreId", String.valueOf(centre), "placedOn", today.toString()));
    assertThat(placements(caseNumber)).isEqualTo(2);
    assertThat(occupied(centre)).isEqualTo(2);
    assertThat(steps.task(caseNumber, "Task_PlaceFamily")).isNull();
  }

  @Test
  void aFamilyNotNeedingHousingGetsNoPlacementStep() {
    String caseNumber = steps.fileOnly(CaseSteps.family());
    assertThat(steps.task(caseNumber, "Task_ScheduleInterview")).isNotNull();
    assertThat(steps.task(caseNumber, "Task_PlaceFamily")).isNull();
  }

  @Test
  void theCasePagesFormsPlaceAndMoveOutWithTheSessionsCsrfTokenAndNeverWithout() throws Exception {
    long centre = centre(1);
    String caseNumber = steps.fileOnly(CaseSteps.family());
    String other = steps.fileOnly(CaseSteps.family());
    HttpClient browser = login("caseworker");

    HttpResponse<String> page = send(browser, HttpRequest.newBuilder(uri("/cases/" + caseNumber)).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as("the placement form carries the CSRF token").isTrue();
    assertThat(page.body()).contains("Разместить или переселить", "Семья не размещалась.");

    String form = "centreId=" + centre + "&placedOn=" + today;
    // without the token the session's write is refused and nothing is written
    assertThat(send(browser, formPost("/cases/" + caseNumber + "/placements", form)).statusCode()).isEqualTo(403);
    assertThat(placements(caseNumber)).isZero();

    HttpResponse<String> placed = send(browser, formPost("/cases/" + caseNumber + "/placements",
        form + "&_csrf=" + token.group(1)));
    assertThat(placed.statusCode()).isEqualTo(302);
    assertThat(placed.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + caseNumber + "#placements");
    assertThat(placements(caseNumber)).isEqualTo(1);

    // the centre is full now: the other family's page comes back with the refusal
    HttpResponse<String> refused = send(browser, formPost("/cases/" + other + "/placements",
        "centreId=" + centre + "&placedOn=" + today + "&_csrf=" + token.group(1)));
    assertThat(refused.statusCode()).isEqualTo(302);
    String back = refused.headers().firstValue("Location").orElseThrow();
    assertThat(java.net.URLDecoder.decode(back, StandardCharsets.UTF_8)).contains("нет свободных мест");
    assertThat(placements(other)).isZero();

    HttpResponse<String> out = send(browser, formPost("/cases/" + caseNumber + "/placements/"
        + openPlacement(caseNumber) + "/end", "leftOn=" + today + "&reason="
        + URLEncoder.encode("Получила жильё", StandardCharsets.UTF_8) + "&_csrf=" + token.group(1)));
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(occupied(centre)).isZero();
    assertThat(send(browser, HttpRequest.newBuilder(uri("/cases/" + caseNumber)).GET()).body())
        .contains("Получила жильё");
  }

  @Test
  void anAdministratorKeepsTheCentresOnTheirPageWithTodaysOccupancyAndBadInputNamesTheField() throws Exception {
    long centre = centre(3);
    String caseNumber = steps.fileOnly(CaseSteps.family());
    assertThat(place(caseNumber, centre, today, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    HttpClient admin = login("admin");

    HttpResponse<String> page = send(admin, HttpRequest.newBuilder(uri("/centres")).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    String html = HtmlUtils.htmlUnescape(page.body());
    assertThat(html).contains("Центры временного размещения", "Центр временного размещения «Алатау»",
        "Центры размещения", "Добавить центр");
    // this centre: 3 places, 1 person, 2 free, 1 family
    String row = html.substring(html.indexOf("form=\"centre-" + centre + "\""));
    assertThat(row.substring(0, row.indexOf("</tr>")).replaceAll("\\s+", " ")).contains("<td>1</td><td>2</td><td>1</td>");
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    String csrf = "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

    String name = "ЦВР «Береке» " + System.nanoTime();
    HttpResponse<String> added = send(admin, formPost("/centres", "name=" + URLEncoder.encode(name,
        StandardCharsets.UTF_8) + "&address=" + URLEncoder.encode("Алматы, ул. Толе би, 5", StandardCharsets.UTF_8)
        + "&capacity=40&contact=" + URLEncoder.encode("+7 727 000-00-18", StandardCharsets.UTF_8) + csrf));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/centres");
    assertThat(jdbc.queryForObject("select capacity from accommodation_centre where name = ?", Integer.class, name))
        .isEqualTo(40);

    int centres = jdbc.queryForObject("select count(*) from accommodation_centre", Integer.class);
    HttpResponse<String> noPlaces = send(admin, formPost("/centres", "name=X&address=Y&capacity=&contact=Z" + csrf));
    assertThat(URLDecoder.decode(noPlaces.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
        .contains("Мест: обязательное поле");
    // fewer places than persons placed today
    HttpResponse<String> smaller = send(admin, formPost("/centres/" + centre, "name=" + URLEncoder.encode(
        "ЦВР-малый-" + centre, StandardCharsets.UTF_8) + "&address=A&capacity=0&contact=C" + csrf));
    String location = smaller.headers().firstValue("Location").orElseThrow();
    assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).contains("Мест: в центре размещено 1 человек");
    assertThat(HtmlUtils.htmlUnescape(send(admin, HttpRequest.newBuilder(uri(location.replaceAll("^https?://[^/]+",
        ""))).GET()).body())).contains("Не сохранено:", "Мест: в центре размещено 1 человек");
    assertThat(jdbc.queryForObject("select count(*) from accommodation_centre", Integer.class)).isEqualTo(centres);
    assertThat(jdbc.queryForObject("select capacity from accommodation_centre where id = ?", Integer.class, centre))
        .isEqualTo(3);
    // case work reads the centres through the API, never this page
    assertThat(send(login("caseworker"), HttpRequest.newBuilder(uri("/centres")).GET()).statusCode()).isEqualTo(403);
  }

  private HttpClient login(String user) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var page = send(client, HttpRequest.newBuilder(uri("/login")).GET());
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    var login = send(client, formPost("/login", "username=" + user + "&password=demo&_csrf="
        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
    assertThat(login.statusCode()).isEqualTo(302);
    return client;
  }

  private HttpRequest.Builder formPost(String path, String form) {
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private long centre(int capacity) {
    String name = "ЦВР-" + System.nanoTime() + "-" + ThreadLocalRandom.current().nextInt(1000);
    ResponseEntity<Map> created = http.withBasicAuth("admin", "demo").postForEntity("/api/centres",
        centreBody(name, capacity), Map.class);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private static Map<String, Object> centreBody(String name, int capacity) {
    return Map.of("name", name, "address", "Алматы, ул. Тестовая, 1", "capacity", capacity,
        "contact", "+7 727 000-00-00");
  }

  /** The placements made (a list), or the problem (a map). */
  private ResponseEntity<Object> place(String caseNumber, long centre, LocalDate on, List<Long> persons) {
    Map<String, Object> body = new HashMap<>(Map.of("centreId", centre, "placedOn", on.toString()));
    if (persons != null) {
      body.put("personIds", persons);
    }
    return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/placements", body, Object.class,
        caseNumber);
  }

  private int placements(String caseNumber) {
    return jdbc.queryForObject("""
        select count(*) from placement p join family_case c on c.id = p.case_id where c.case_number = ?
        """, Integer.class, caseNumber);
  }

  private long openPlacement(String caseNumber) {
    return jdbc.queryForObject("""
        select p.id from placement p join family_case c on c.id = p.case_id
         where c.case_number = ? and p.left_on is null""", Long.class, caseNumber);
  }

  private int occupied(long centre) {
    return jdbc.queryForObject("""
        select count(*) from placement where centre_id = ? and placed_on <= ? and (left_on is null or left_on > ?)
        """, Integer.class, centre, today, today);
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  /** Head and spouse, unique names and passports. */
  static Map<String, Object> couple() {
    Map<String, Object> family = new HashMap<>(CaseSteps.family());
    Map<String, Object> head = ((List<Map<String, Object>>) family.get("members")).get(0);
    Map<String, Object> spouse = new HashMap<>(head);
    spouse.putAll(Map.of("role", "spouse", "givenName", "Малика", "sex", "female", "dateOfBirth", "1985-05-05",
        "documentNumber", "S" + ThreadLocalRandom.current().nextInt(1_000_000_000)));
    family.put("members", List.of(head, spouse));
    return family;
  }
}
