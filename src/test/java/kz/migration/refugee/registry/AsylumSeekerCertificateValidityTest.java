package kz.migration.refugee.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * An asylum-seeker certificate is valid for {@code refugee.procedure.asylum-seeker-certificate-validity} (P3M) from
 * its issue; its reissue gives a new number and supersedes the old one; a grant ends it. Each is announced. The
 * registry's JPA slice, as {@link CertificateNumberSeriesTest}.
 */
@DataJpaTest
@ContextConfiguration(classes = CertificateNumberSeriesTest.Registry.class)
@RecordApplicationEvents
class AsylumSeekerCertificateValidityTest {

  @Autowired FamilyCases cases;
  @Autowired Certificates certificates;
  @Autowired CaseSearch search;
  @Autowired ApplicationEvents events;

  @Test
  void issuedForThreeMonthsReissuedWithANewNumberAndEndedByAGrant() {
    LocalDate registered = LocalDate.of(2033, 3, 1);
    CaseNumber number = cases.register(cases.takeIn(family()), registered);
    List<CertificateView> issued = search.view(number).certificates();
    assertThat(issued).hasSize(2).allSatisfy(c -> {
      assertThat(c.issuedOn()).isEqualTo(registered);
      assertThat(c.validUntil()).isEqualTo(LocalDate.of(2033, 6, 1));
    });
    List<AsylumSeekerCertificateIssued> announced = events.stream(AsylumSeekerCertificateIssued.class).toList();
    assertThat(announced).hasSize(2).allSatisfy(e -> {
      assertThat(e.reissue()).isFalse();
      assertThat(e.caseNumber()).isEqualTo(number.value());
      assertThat(e.validUntil()).isEqualTo(LocalDate.of(2033, 6, 1));
    });

    long headsCertificate = announced.get(0).certificateId();
    AsylumSeekerCertificate renewed = certificates.reissueAsylumSeeker(headsCertificate, LocalDate.of(2033, 5, 18));
    assertThat(renewed.number()).isNotEqualTo(issued.get(0).number());
    assertThat(renewed.issuedOn()).isEqualTo(LocalDate.of(2033, 5, 18));
    assertThat(renewed.validUntil()).isEqualTo(LocalDate.of(2033, 8, 18));
    assertThat(renewed.personIds()).isEqualTo(announced.get(0).personIds());
    assertThat(certificates.asylumSeekerCertificate(headsCertificate).orElseThrow().inForce()).isFalse();
    assertThat(events.stream(AsylumSeekerCertificateIssued.class).filter(AsylumSeekerCertificateIssued::reissue))
        .singleElement().satisfies(e -> assertThat(e.certificateId()).isEqualTo(renewed.id()));
    // a reissue is not an end: the old certificate's process ends by itself
    assertThat(events.stream(AsylumSeekerCertificateEnded.class)).isEmpty();
    assertThatThrownBy(() -> certificates.reissueAsylumSeeker(headsCertificate, LocalDate.of(2033, 5, 19)))
        .isInstanceOf(ConflictException.class);

    long caseId = search.summary(number).caseId();
    cases.startReview(caseId);
    long head = search.view(number).members().get(0).id();
    cases.grant(caseId, List.of(head), Map.of(), LocalDate.of(2033, 6, 10));
    assertThat(events.stream(AsylumSeekerCertificateEnded.class)).singleElement()
        .satisfies(e -> assertThat(e.certificateId()).isEqualTo(renewed.id()));
  }

  private static NewFamily family() {
    var head = new NewPerson(FamilyRole.HEAD, "Самади", "Навид", null, LocalDate.of(1980, 5, 1), Sex.MALE, "AF", null,
        null, null, null);
    var spouse = new NewPerson(FamilyRole.SPOUSE, "Самади", "Мариам", null, LocalDate.of(1984, 2, 3), Sex.FEMALE, "AF",
        null, null, null, null);
    return new NewFamily(LocalDate.of(2033, 2, 25), "г. Алматы", List.of(head, spouse));
  }
}
