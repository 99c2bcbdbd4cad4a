package kz.migration.refugee.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure of the statistics endpoints over {@link StatisticsRegister}, through HTTP as a manager or an
 * auditor would ask. Run on H2 ({@link StatisticsTest}) and PostgreSQL ({@link StatisticsPostgresTest}).
 */
abstract class StatisticsContract {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired Statistics statistics;
  private final ObjectMapper json = new ObjectMapper();
  private JsonNode deadlinesBefore;

  @BeforeEach
  void register() throws Exception {
    var register = new StatisticsRegister(jdbc);
    register.remove();
    deadlinesBefore = get("manager", "/api/statistics/deadlines");
    register.write1990();
    register.writeDeadlines(LocalDate.now());
  }

  @Test
  void refugeesOnADateAreCountedAsPersonsAndFamiliesByCitizenshipAndEthnicity() throws Exception {
    JsonNode r = get("auditor", "/api/statistics/refugees?date=1990-06-01");
    assertThat(r.get("date").asText()).isEqualTo("1990-06-01");
    assertThat(r.get("families").asLong()).isEqualTo(3);
    assertThat(r.get("persons").asLong()).isEqualTo(6);
    assertThat(shares(r.get("byCitizenship"))).containsExactly(
        Map.entry("AF", "3/5/83.3"), Map.entry("IR", "1/1/16.7"));
    assertThat(shares(r.get("byEthnicity"))).containsOnly(
        Map.entry(StatisticsRegister.TAJIK, "2/2/33.3"), Map.entry(StatisticsRegister.HAZARA, "1/2/33.3"),
        Map.entry(StatisticsRegister.PASHTUN, "1/1/16.7"), Map.entry(StatisticsRegister.UZBEK, "1/1/16.7"));
  }

  @Test
  void aPersonDeregisteredOnTheDateNoLongerCounts() throws Exception {
    // A3 and D1 leave on 06-01: counted on 05-31, not on 06-01
    assertThat(totals("1990-05-31")).isEqualTo("3/8");
    assertThat(totals("1990-06-01")).isEqualTo("3/6");
  }

  @Test
  void aFamilyGrantedOnTheDateCountsFromThatDay() throws Exception {
    // ST-1990-000001 granted on 03-01 at 23:30; ST-1990-000004 on 02-15
    assertThat(totals("1990-02-28")).isEqualTo("1/3");
    assertThat(totals("1990-03-01")).isEqualTo("2/6");
  }

  @Test
  void aRefusalOverturnedOnAppealCountsFromTheLaterGrant() throws Exception {
    assertThat(totals("1990-05-14")).isEqualTo("2/6");
    assertThat(totals("1990-05-15")).isEqualTo("3/8");
  }

  @Test
  void aFamilyCountsWhileOneMemberStillDoes() throws Exception {
    // ST-1990-000004: D1 left on 06-01, D2 on 06-30; D3 remains
    JsonNode r = get("manager", "/api/statistics/refugees?date=1990-06-30");
    assertThat(r.get("families").asLong()).isEqualTo(3);
    assertThat(r.get("persons").asLong()).isEqualTo(5);
    assertThat(shares(r.get("byCitizenship"))).containsExactly(Map.entry("AF", "3/5/100.0"));
  }

  @Test
  void theCensusFromItsReadModelEqualsTheRecountOfEveryPersonOnEveryDayAsTheRegisterChangesAlsoBackdated() {
    var register = new StatisticsRegister(jdbc);
    List<Long> persons = register.writeVaried(32, 60);
    sameAsRecount(StatisticsRegister.VARIED_FROM.minusDays(2), StatisticsRegister.VARIED_FROM.plusDays(1105));
    for (int round = 1; round <= 2; round++) {
      register.changeVaried(round, persons, 60);
      sameAsRecount(StatisticsRegister.VARIED_FROM.minusDays(2), StatisticsRegister.VARIED_FROM.plusDays(1105));
    }
    // removed again (as before each test): nothing of it is left in the census
    register.remove();
    sameAsRecount(LocalDate.of(1989, 12, 31), StatisticsRegister.VARIED_FROM.plusDays(1105));
    assertThat(statistics.refugees(LocalDate.now())).isEqualTo(statistics.recount(LocalDate.now()));
  }

  @Test
  void aFamilyGrantedThroughTheProcessCountsInTheCensusFromTheDayOfItsDecisionAsTheRecountCountsIt() {
    LocalDate today = statistics.today();
    Statistics.Refugees before = statistics.refugees(today);
    new CaseSteps(http, runtime, tasks, management, identity).grant(CaseSteps.family());
    Statistics.Refugees after = statistics.refugees(today);
    assertThat(after.families()).isEqualTo(before.families() + 1);
    assertThat(after.persons()).isGreaterThan(before.persons());
    assertThat(after).isEqualTo(statistics.recount(today));
    assertThat(statistics.refugees(today.minusDays(1))).isEqualTo(statistics.recount(today.minusDays(1)));
  }

  private void sameAsRecount(LocalDate from, LocalDate to) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      assertThat(statistics.refugees(day)).as("census on %s", day).isEqualTo(statistics.recount(day));
    }
  }

  @Test
  void occupancyCountsThePersonsPresentOnTheDayAndTheirFamiliesPerCentre() throws Exception {
    assertThat(occupancy(get("manager", "/api/statistics/occupancy?date=1990-05-31"))).containsEntry(
        "ST-Центр 1", "4/4/0/2").containsEntry("ST-Центр 2", "2/1/1/1");
    // the day of leaving frees the place
    assertThat(occupancy(get("auditor", "/api/statistics/occupancy?date=1990-06-01"))).containsEntry(
        "ST-Центр 1", "4/2/2/1").containsEntry("ST-Центр 2", "2/1/1/1");
    assertThat(occupancy(get("manager", "/api/statistics/occupancy?date=1990-02-19"))).containsEntry(
        "ST-Центр 1", "4/0/4/0").containsEntry("ST-Центр 2", "2/0/2/0");
    assertThat(csv("manager", "/api/statistics/occupancy.csv?date=1990-05-31"))
        .contains("1990-05-31,\"ST-Центр 1\",4,4,0,2\r\n");
    assertThat(problem("/api/statistics/occupancy?date=31.05.1990").toString()).contains("date");
  }

  /** Centre name → places/occupied/free/families. */
  private static Map<String, String> occupancy(JsonNode o) {
    Map<String, String> rows = new java.util.TreeMap<>();
    o.get("centres").forEach(c -> rows.put(c.get("name").asText(), c.get("places").asLong() + "/"
        + c.get("occupied").asLong() + "/" + c.get("free").asLong() + "/" + c.get("families").asLong()));
    return rows;
  }

  @Test
  void refugeesAsCsvCarryTheSameFigures() throws Exception {
    String csv = csv("auditor", "/api/statistics/refugees.csv?date=1990-06-01");
    assertThat(csv).startsWith("date,breakdown,key,families,persons,percent\r\n1990-06-01,total,,3,6,100.0\r\n"
        + "1990-06-01,citizenship,AF,3,5,83.3\r\n1990-06-01,citizenship,IR,1,1,16.7\r\n");
    assertThat(csv).contains("1990-06-01,ethnicity," + StatisticsRegister.TAJIK + ",2,2,33.3\r\n",
        "1990-06-01,ethnicity," + StatisticsRegister.UZBEK + ",1,1,16.7\r\n");
    assertThat(csv.split("\r\n")).hasSize(8);
    assertThat(accept("manager", "/api/statistics/refugees?date=1990-06-01", "text/csv")).isEqualTo(csv);
  }

  @Test
  void petitionsReceivedAndDecidedInAPeriodIncludeBothEnds() throws Exception {
    assertThat(petitions("1990-01-10", "1990-01-31")).isEqualTo("2/5 0/0 0/0");
    assertThat(petitions("1990-01-11", "1990-01-30")).isEqualTo("0/0 0/0 0/0");
    assertThat(petitions("1990-03-01", "1990-03-31")).isEqualTo("0/0 1/3 1/2");
    assertThat(petitions("1990-03-02", "1990-03-30")).isEqualTo("0/0 0/0 0/0");
    assertThat(petitions("1990-01-01", "1990-12-31")).isEqualTo("5/12 4/10 3/4");
  }

  @Test
  void aFamilyPartlyGrantedCountsWithTheGrantedAndTheRefusedAndEachPersonByTheirOwnDecision() throws Exception {
    // ST-1990-000005: the head and the child following him granted, the adult son refused, in one decision
    assertThat(petitions("1990-07-01", "1990-07-31")).isEqualTo("1/3 1/2 1/1");
    assertThat(petitions("1990-07-20", "1990-07-20")).isEqualTo("0/0 1/2 1/1");
  }

  @Test
  void onlyTheMembersOfAPartlyGrantedFamilyWhoWereGrantedAreRecognised() throws Exception {
    assertThat(totals("1990-07-19")).isEqualTo("3/5");
    JsonNode r = get("manager", "/api/statistics/refugees?date=1990-07-20");
    assertThat(count(r)).isEqualTo("4/7");
    assertThat(shares(r.get("byEthnicity"))).containsOnly(
        Map.entry(StatisticsRegister.TAJIK, "2/2/28.6"), Map.entry(StatisticsRegister.UZBEK, "2/2/28.6"),
        Map.entry(StatisticsRegister.HAZARA, "1/2/28.6"), Map.entry(StatisticsRegister.PASHTUN, "1/1/14.3"));
  }

  @Test
  void aRefusedMemberOfARecognisedFamilyLeavesTheRegisterNeverHavingBeenRecognised() throws Exception {
    JsonNode d = get("auditor", "/api/statistics/deregistrations?from=1990-08-01&to=1990-08-31");
    assertThat(count(d.get("total"))).isEqualTo("1/1");
    assertThat(reasons(d)).containsEntry("refused", "1/1").containsEntry("voluntary_return", "0/0");
    assertThat(count(d.get("previouslyRecognised"))).isEqualTo("0/0");
    assertThat(totals("1990-08-20")).isEqualTo("4/7");
  }

  @Test
  void petitionsAsCsvCarryTheSameFigures() throws Exception {
    assertThat(csv("manager", "/api/statistics/petitions.csv?from=1990-01-01&to=1990-12-31")).isEqualTo("""
        from,to,measure,families,persons\r
        1990-01-01,1990-12-31,received,5,12\r
        1990-01-01,1990-12-31,granted,4,10\r
        1990-01-01,1990-12-31,refused,3,4\r
        """);
  }

  @Test
  void petitionsAndDecisionsAreCountedPerMonth() throws Exception {
    JsonNode months = get("manager", "/api/statistics/monthly?year=1990").get("months");
    assertThat(months).hasSize(12);
    assertThat(month(months.get(0))).isEqualTo("3/8 0/0 0/0");
    assertThat(month(months.get(1))).isEqualTo("1/1 1/3 0/0");
    assertThat(month(months.get(2))).isEqualTo("0/0 1/3 1/2");
    assertThat(month(months.get(3))).isEqualTo("0/0 0/0 1/1");
    assertThat(month(months.get(4))).isEqualTo("0/0 1/2 0/0");
    assertThat(month(months.get(5))).isEqualTo("0/0 0/0 0/0");
    assertThat(month(months.get(6))).isEqualTo("1/3 1/2 1/1");
    assertThat(month(months.get(7))).isEqualTo("0/0 0/0 0/0");
    assertThat(csv("auditor", "/api/statistics/monthly.csv?year=1990")).contains("1990,3,0,0,1,3,1,2\r\n",
        "1990,7,1,3,1,2,1,1\r\n");
  }

  @Test
  void eachMonthOfTheYearCountsAsThePetitionsOfThatMonthAlone() {
    for (int year : List.of(1989, 1990, 1991)) {
      List<Statistics.Month> months = statistics.monthly(year).months();
      assertThat(months).hasSize(12);
      for (int m = 1; m <= 12; m++) {
        LocalDate first = LocalDate.of(year, m, 1);
        Statistics.Petitions p = statistics.petitions(first, first.plusMonths(1).minusDays(1));
        assertThat(months.get(m - 1)).as("%d-%02d", year, m)
            .isEqualTo(new Statistics.Month(m, p.received(), p.granted(), p.refused()));
      }
    }
  }

  @Test
  void deregistrationsInAPeriodAreCountedByReasonWithThoseWhoHadBeenRecognised() throws Exception {
    JsonNode d = get("auditor", "/api/statistics/deregistrations?from=1990-06-01&to=1990-06-30");
    assertThat(count(d.get("total"))).isEqualTo("3/4");
    assertThat(reasons(d)).containsExactly(Map.entry("voluntary_return", "1/1"), Map.entry("cessation", "1/1"),
        Map.entry("cancellation", "0/0"), Map.entry("deprivation", "0/0"), Map.entry("termination", "0/0"),
        Map.entry("left_country", "1/1"), Map.entry("death", "1/1"), Map.entry("withdrawn", "0/0"),
        Map.entry("abandoned", "0/0"), Map.entry("refused", "0/0"), Map.entry("other", "0/0"));
    // A3 and D1, D2 had been recognised; C1 had been refused
    assertThat(count(d.get("previouslyRecognised"))).isEqualTo("2/3");
  }

  @Test
  void deregistrationPeriodsIncludeBothEnds() throws Exception {
    JsonNode inner = get("manager", "/api/statistics/deregistrations?from=1990-06-02&to=1990-06-29");
    assertThat(count(inner.get("total"))).isEqualTo("0/0");
    JsonNode lastDay = get("manager", "/api/statistics/deregistrations?from=1990-06-30&to=1990-06-30");
    assertThat(count(lastDay.get("total"))).isEqualTo("2/2");
    assertThat(count(lastDay.get("previouslyRecognised"))).isEqualTo("1/1");
  }

  @Test
  void deregistrationsAsCsvCarryTheSameFigures() throws Exception {
    assertThat(csv("auditor", "/api/statistics/deregistrations.csv?from=1990-06-01&to=1990-06-30")).isEqualTo("""
        from,to,group,key,families,persons\r
        1990-06-01,1990-06-30,total,,3,4\r
        1990-06-01,1990-06-30,reason,voluntary_return,1,1\r
        1990-06-01,1990-06-30,reason,cessation,1,1\r
        1990-06-01,1990-06-30,reason,cancellation,0,0\r
        1990-06-01,1990-06-30,reason,deprivation,0,0\r
        1990-06-01,1990-06-30,reason,termination,0,0\r
        1990-06-01,1990-06-30,reason,left_country,1,1\r
        1990-06-01,1990-06-30,reason,death,1,1\r
        1990-06-01,1990-06-30,reason,withdrawn,0,0\r
        1990-06-01,1990-06-30,reason,abandoned,0,0\r
        1990-06-01,1990-06-30,reason,refused,0,0\r
        1990-06-01,1990-06-30,reason,other,0,0\r
        1990-06-01,1990-06-30,previously_recognised,,2,3\r
        """);
  }

  @Test
  void petitionsNearAndPastTheirDeadlineAndRechecksDueAndOverdueAreCounted() throws Exception {
    JsonNode d = get("manager", "/api/statistics/deadlines");
    assertThat(d.get("date").asText()).isEqualTo(LocalDate.now().toString());
    assertThat(d.get("warnUntil").asText()).isEqualTo(LocalDate.now().plusDays(14).toString());
    assertThat(added(d, "petitionsNearDeadline")).isEqualTo(2);
    assertThat(added(d, "petitionsPastDeadline")).isEqualTo(1);
    assertThat(added(d, "rechecksDue")).isEqualTo(1);
    assertThat(added(d, "rechecksOverdue")).isEqualTo(1);
    assertThat(csv("auditor", "/api/statistics/deadlines.csv"))
        .startsWith("date,warn_until,petitions_near_deadline,petitions_past_deadline,rechecks_due,rechecks_overdue\r\n"
            + LocalDate.now() + "," + LocalDate.now().plusDays(14) + "," + d.get("petitionsNearDeadline").asLong() + ",");
  }

  @Test
  void openCasesWithSpecificNeedsAreCountedByNeedAsFamiliesAndPersons() throws Exception {
    JsonNode before = get("manager", "/api/statistics/needs");
    new StatisticsRegister(jdbc).writeNeeds();
    JsonNode after = get("auditor", "/api/statistics/needs");
    assertThat(after.get("total").get("families").asLong() - before.get("total").get("families").asLong()).isEqualTo(2);
    assertThat(after.get("total").get("persons").asLong() - before.get("total").get("persons").asLong()).isEqualTo(3);
    assertThat(needAdded(before, after, "unaccompanied_child")).isEqualTo("1/1");
    assertThat(needAdded(before, after, "disability")).isEqualTo("2/2");
    assertThat(needAdded(before, after, "survivor_of_torture_or_violence")).isEqualTo("1/1");
    assertThat(needAdded(before, after, "other")).as("deregistered: no longer counted").isEqualTo("0/0");
    assertThat(after.get("byNeed")).hasSize(10);
    assertThat(after.get("byNeed").get(0).get("label").asText()).isEqualTo("Несопровождаемый ребёнок");
    assertThat(csv("manager", "/api/statistics/needs.csv")).startsWith("kind,key,families,persons\r\ntotal,,")
        .contains("need,disability," + need(after, "disability").get("families").asLong() + ",");
  }

  private static JsonNode need(JsonNode needs, String code) {
    for (JsonNode n : needs.get("byNeed")) {
      if (n.get("key").asText().equals(code)) {
        return n;
      }
    }
    throw new AssertionError("no need " + code);
  }

  private static String needAdded(JsonNode before, JsonNode after, String code) {
    return (need(after, code).get("families").asLong() - need(before, code).get("families").asLong()) + "/"
        + (need(after, code).get("persons").asLong() - need(before, code).get("persons").asLong());
  }

  @Test
  void openTasksAreCountedPerCandidateGroupUntilClaimedAndThenPerCaseworker() throws Exception {
    JsonNode before = get("auditor", "/api/statistics/workload");
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());
    JsonNode filed = get("auditor", "/api/statistics/workload");
    // the interview and the fingerprinting of the person certified
    assertThat(filed.get("openTasks").asLong()).isEqualTo(before.get("openTasks").asLong() + 2);
    assertThat(filed.get("unassignedTasks").asLong()).isEqualTo(before.get("unassignedTasks").asLong() + 2);
    assertThat(group(filed, "caseworkers")).isEqualTo(group(before, "caseworkers") + 2);
    assertThat(group(filed, "managers")).isEqualTo(group(before, "managers") + 2);

    tasks.claim(steps.task(caseNumber, "Task_InterviewApplicant").getId(), "caseworker");
    JsonNode claimed = get("manager", "/api/statistics/workload");
    assertThat(assignee(claimed, "caseworker")).isEqualTo(assignee(before, "caseworker") + 1);
    assertThat(group(claimed, "caseworkers")).isEqualTo(group(before, "caseworkers") + 1);
    assertThat(claimed.get("assignedTasks").asLong()).isEqualTo(before.get("assignedTasks").asLong() + 1);
    assertThat(csv("manager", "/api/statistics/workload.csv")).startsWith("kind,key,open_tasks\r\ntotal,,")
        .contains("assignee,caseworker," + assignee(claimed, "caseworker") + "\r\n");
  }

  @Test
  void badParametersAreAnswered400NamingTheParameter() throws Exception {
    assertThat(problem("/api/statistics/petitions?from=1990-02-01&to=1990-01-31")).containsKey("to");
    assertThat(problem("/api/statistics/deregistrations?from=1990-02-01&to=1990-01-31")).containsKey("to");
    assertThat(problem("/api/statistics/refugees?date=1990-13-01")).containsKey("date");
    assertThat(problem("/api/statistics/petitions?from=01.02.1990&to=1990-03-01")).containsKey("from");
    assertThat(problem("/api/statistics/deregistrations?from=1990-01-01")).containsKey("to");
    assertThat(problem("/api/statistics/monthly?year=nineteen")).containsKey("year");
    assertThat(problem("/api/statistics/petitions.csv?from=1990-02-01&to=1990-01-31")).containsKey("to");
  }

  @Test
  void theDashboardIsServedToManagersAndAuditorsAndRefusedToCaseworkers() {
    ResponseEntity<String> page = http.withBasicAuth("manager", "demo")
        .getForEntity("/api/statistics/dashboard.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("Статистика по беженцам", "/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(http.withBasicAuth("auditor", "demo").getForEntity("/api/statistics/dashboard.html", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/statistics/dashboard.html", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/statistics/dashboard.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> library = http.getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class);
    assertThat(library.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private String totals(String date) throws Exception {
    return count(get("manager", "/api/statistics/refugees?date=" + date));
  }

  private String petitions(String from, String to) throws Exception {
    JsonNode p = get("manager", "/api/statistics/petitions?from=" + from + "&to=" + to);
    assertThat(p.get("from").asText()).isEqualTo(from);
    assertThat(p.get("to").asText()).isEqualTo(to);
    return count(p.get("received")) + " " + count(p.get("granted")) + " " + count(p.get("refused"));
  }

  private static String month(JsonNode m) {
    return count(m.get("received")) + " " + count(m.get("granted")) + " " + count(m.get("refused"));
  }

  private static String count(JsonNode node) {
    return node.get("families").asLong() + "/" + node.get("persons").asLong();
  }

  private static Map<String, String> shares(JsonNode rows) {
    Map<String, String> result = new LinkedHashMap<>();
    rows.forEach(r -> result.put(r.get("key").asText(), count(r) + "/" + r.get("percent").decimalValue().toPlainString()));
    return result;
  }

  private static Map<String, String> reasons(JsonNode d) {
    Map<String, String> result = new LinkedHashMap<>();
    d.get("byReason").forEach(r -> result.put(r.get("key").asText(), count(r)));
    return result;
  }

  private long added(JsonNode after, String field) {
    return after.get(field).asLong() - deadlinesBefore.get(field).asLong();
  }

  private static long group(JsonNode workload, String group) {
    for (JsonNode g : workload.get("byGroup")) {
      if (group.equals(g.get("groupId").asText())) {
        return g.get("unassignedTasks").asLong();
      }
    }
    return 0;
  }

  private static long assignee(JsonNode workload, String user) {
    for (JsonNode a : workload.get("byAssignee")) {
      if (user.equals(a.get("userId").asText())) {
        return a.get("openTasks").asLong();
      }
    }
    return 0;
  }

  private JsonNode get(String user, String path) throws Exception {
    String body = accept(user, path, "application/json");
    return json.readTree(body);
  }

  private String csv(String user, String path) {
    ResponseEntity<String> response = exchange(user, path, "text/csv");
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    return response.getBody();
  }

  private String accept(String user, String path, String mediaType) {
    ResponseEntity<String> response = exchange(user, path, mediaType);
    assertThat(response.getStatusCode()).as("%s %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private Map<String, Object> problem(String path) throws Exception {
    ResponseEntity<String> response = exchange("manager", path, "application/json, application/problem+json, text/csv");
    assertThat(response.getStatusCode()).as("%s %s", path, response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    Map<String, Object> errors = json.readValue(response.getBody(), Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) errors.get("errors");
    return fields;
  }

  private ResponseEntity<String> exchange(String user, String path, String mediaType) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, mediaType);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
