package kz.migration.refugee.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.shared.ProcedureProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Certificate numbers run per type and year, from 000001, on the data bank's own schema (Flyway on an embedded H2
 * of its own). Only the registry's JPA slice: no process engine, so it runs beside the shared application context.
 */
@DataJpaTest
@ContextConfiguration(classes = CertificateNumberSeriesTest.Registry.class)
class CertificateNumberSeriesTest {

  @Autowired FamilyCases cases;
  @Autowired CaseSearch search;

  @Test
  void eachCertificateTypeCountsItsOwnNumbersWithinTheYearOfIssue() {
    CaseNumber first = register(family("Ахмади", true), LocalDate.of(2031, 3, 1));
    CaseNumber second = register(family("Карими", false), LocalDate.of(2031, 3, 2));

    assertThat(numbers(first)).containsExactly("AS-2031-000001", "AS-2031-000002");
    assertThat(numbers(second)).containsExactly("AS-2031-000003");

    long firstId = search.summary(first).caseId();
    cases.startReview(firstId);
    long head = search.view(first).members().get(0).id();
    assertThat(cases.grant(firstId, List.of(head), Map.of(), LocalDate.of(2031, 6, 1)).get(0).number())
        .as("refugee certificates have a series of their own").isEqualTo("RC-2031-000001");

    CaseNumber nextYear = register(family("Рахими", false), LocalDate.of(2032, 1, 10));
    assertThat(numbers(nextYear)).as("a new year starts its series again").containsExactly("AS-2032-000001");
    assertThat(List.of(first.value(), second.value(), nextYear.value()))
        .containsExactly("RS-2031-000001", "RS-2031-000002", "RS-2032-000001");
  }

  private CaseNumber register(NewFamily family, LocalDate on) {
    return cases.register(cases.takeIn(family), on);
  }

  private List<String> numbers(CaseNumber number) {
    return search.view(number).certificates().stream().map(CertificateView::number).toList();
  }

  /** A head of family, with a spouse (an adult: a certificate of their own) if asked. */
  private static NewFamily family(String surname, boolean withSpouse) {
    var head = person(FamilyRole.HEAD, surname, "Навид", LocalDate.of(1980, 5, 1), Sex.MALE);
    var spouse = person(FamilyRole.SPOUSE, surname, "Мариам", LocalDate.of(1984, 2, 3), Sex.FEMALE);
    return new NewFamily(LocalDate.of(2031, 2, 20), "г. Алматы", withSpouse ? List.of(head, spouse) : List.of(head));
  }

  private static NewPerson person(FamilyRole role, String surname, String givenName, LocalDate born, Sex sex) {
    return new NewPerson(role, surname, givenName, null, born, sex, "AF", null, null, null, null);
  }

  /** Not a {@code @Configuration}: the application's component scan, which reaches test classes, must not find it. */
  @AutoConfigurationPackage
  @EnableConfigurationProperties(ProcedureProperties.class)
  @Import({FamilyCases.class, Certificates.class, CaseSearch.class, CaseIds.class, RegistryMapperImpl.class})
  static class Registry {

    @Bean
    Clock clock() {
      return Clock.system(ZoneId.of("Asia/Almaty"));
    }
  }
}
