package kz.migration.refugee.caseload;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import kz.migration.refugee.recheck.RecheckScheduler;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.repatriation.ReturnRequests;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo cases of a department that worked before the system: a small archive imported as an office would import
 * it, dated relative to today, so that the demo shows a petition near its decision deadline, a family in its
 * annual recheck and a family returning home. Only on a fresh demo database, after the new petitions.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "refugee.demo.cases", havingValue = "true", matchIfMissing = true)
@Order(20)
class DemoCaseload implements ApplicationRunner {

  private final CaseloadImport caseload;
  private final FamilyCases familyCases;
  private final RecheckScheduler rechecks;
  private final ReturnRequests returns;
  private final Clock clock;

  DemoCaseload(CaseloadImport caseload, FamilyCases familyCases, RecheckScheduler rechecks, ReturnRequests returns,
      Clock clock) {
    this.caseload = caseload;
    this.familyCases = familyCases;
    this.rechecks = rechecks;
    this.returns = returns;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear() - 1;
    String nearDeadline = "RS-%d-900001".formatted(year);
    if (familyCases.exists(new CaseNumber(nearDeadline))) {
      return;
    }
    String inRecheck = "RS-%d-900002".formatted(year);
    String returning = "RS-%d-900003".formatted(year);
    LocalDate filed = today.minusDays(80);
    LocalDate grantedLastYear = today.minusYears(1).plusDays(12);
    LocalDate grantedEarlier = today.minusYears(2).minusDays(40);
    String csv = String.join("\n", CaseloadFile.COLUMNS.stream().reduce((a, b) -> a + "," + b).orElseThrow(),
        row(nearDeadline, "head", "Мурадов", "Саид", "1983-05-14", "male", "AF", "узбеки", filed.minusDays(2), filed, "pending", null),
        row(nearDeadline, "spouse", "Мурадова", "Гульнара", "1987-09-01", "female", "AF", "узбеки", filed.minusDays(2), filed, "pending", null),
        row(inRecheck, "head", "Азизи", "Омид", "1976-02-20", "male", "AF", "таджики", grantedLastYear.minusDays(75),
            grantedLastYear.minusDays(73), "granted", grantedLastYear),
        row(inRecheck, "spouse", "Азизи", "Нахид", "1979-11-03", "female", "AF", "таджики", grantedLastYear.minusDays(75),
            grantedLastYear.minusDays(73), "granted", grantedLastYear),
        row(inRecheck, "child", "Азизи", "Басир", today.minusYears(18).plusDays(5).toString(), "male", "AF", "таджики",
            grantedLastYear.minusDays(75), grantedLastYear.minusDays(73), "granted", grantedLastYear),
        row(returning, "head", "Самади", "Джавед", "1969-07-30", "male", "AF", "пуштуны", grantedEarlier.minusDays(100),
            grantedEarlier.minusDays(98), "granted", grantedEarlier),
        row(returning, "spouse", "Самади", "Сорая", "1972-01-12", "female", "AF", "пуштуны", grantedEarlier.minusDays(100),
            grantedEarlier.minusDays(98), "granted", grantedEarlier)) + "\n";
    caseload.importFile(csv.getBytes(StandardCharsets.UTF_8), "demo");
    rechecks.run();
    returns.request(returning, today.minusDays(3), "Заявление № 14/" + today.getYear(), true);
  }

  private static String row(String caseNumber, String role, String surname, String givenName, String born, String sex,
      String citizenship, String ethnicity, LocalDate arrival, LocalDate petition, String decision, LocalDate decided) {
    return String.join(",", caseNumber, role, surname, givenName, born, sex, citizenship, ethnicity, arrival.toString(),
        petition.toString(), decision, decided == null ? "" : decided.toString(), "", "");
  }
}
