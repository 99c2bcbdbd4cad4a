package kz.migration.refugee.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.migration.refugee.registry.AsylumSeekerCertificate;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.Certificates;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprinting of the persons on an asylum-seeker certificate: who is due (on the register, of
 * {@code refugee.fingerprinting.min-age} on the certificate's issue day, not fingerprinted yet), the prints taken
 * (date, place, who recorded them), and their registration in the national system ({@link FingerprintRegistry}).
 * A person is fingerprinted once.
 */
@Service
@Transactional
public class Fingerprints {

  static final int MAX_PLACE = 300;

  private final FingerprintRepository fingerprints;
  private final FingerprintRegistry nationalSystem;
  private final Certificates certificates;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final FingerprintingProperties properties;
  private final Clock clock;

  Fingerprints(FingerprintRepository fingerprints, FingerprintRegistry nationalSystem, Certificates certificates,
      FamilyCases familyCases, CaseSearch caseSearch, FingerprintingProperties properties, Clock clock) {
    this.fingerprints = fingerprints;
    this.nationalSystem = nationalSystem;
    this.certificates = certificates;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.properties = properties;
    this.clock = clock;
  }

  /** The persons on the certificate still to be fingerprinted, in the certificate's order (holder first). */
  @Transactional(readOnly = true)
  public List<FamilyMember> due(AsylumSeekerCertificate certificate) {
    Map<Long, FamilyMember> registered = familyCases.registeredMembers(certificate.caseId()).stream()
        .collect(Collectors.toMap(FamilyMember::personId, Function.identity()));
    Set<Long> done = fingerprints.findByPersonIdIn(certificate.personIds()).stream().map(Fingerprint::getPersonId)
        .collect(Collectors.toSet());
    return certificate.personIds().stream().filter(registered::containsKey).filter(id -> !done.contains(id))
        .map(registered::get)
        .filter(p -> Period.between(p.dateOfBirth(), certificate.issuedOn()).getYears() >= properties.minAge())
        .toList();
  }

  /** The last day fingerprinting is due: {@code refugee.fingerprinting.period} from the certificate's issue. */
  public LocalDate dueOn(AsylumSeekerCertificate certificate) {
    return certificate.issuedOn().plus(properties.period());
  }

  /**
   * Records the prints taken of everyone on the certificate still due, on {@code takenOn} at {@code place}, by
   * {@code by}; they are sent to the national system afterwards ({@link #sendPending}). Returns how many.
   */
  public int taken(AsylumSeekerCertificate certificate, LocalDate takenOn, String place, String by) {
    if (takenOn == null) {
      throw FieldErrors.of("fingerprintsTakenOn", "укажите дату дактилоскопии");
    }
    if (takenOn.isAfter(LocalDate.now(clock))) {
      throw FieldErrors.of("fingerprintsTakenOn", "дата дактилоскопии не может быть в будущем");
    }
    if (takenOn.isBefore(certificate.issuedOn())) {
      throw FieldErrors.of("fingerprintsTakenOn", "дата дактилоскопии раньше выдачи свидетельства");
    }
    String where = place == null ? "" : place.strip();
    if (where.isEmpty() || where.length() > MAX_PLACE) {
      throw FieldErrors.of("fingerprintsPlace", "укажите место (не более " + MAX_PLACE + " символов)");
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    List<FamilyMember> due = due(certificate);
    due.forEach(p -> fingerprints.save(Fingerprint.taken(p.personId(), certificate.caseId(), takenOn, where, by, now)));
    return due.size();
  }

  /**
   * Sends the case's prints not yet registered to the national system and keeps each reference. A retry sends again
   * only those still without one. Returns how many were registered now.
   */
  public int sendPending(long caseId, String caseNumber) {
    int sent = 0;
    for (Fingerprint f : fingerprints.findByCaseIdOrderById(caseId)) {
      if (!f.isRegistered()) {
        f.registered(nationalSystem.register(
            new FingerprintRegistry.Submission(caseNumber, f.getPersonId(), f.getTakenOn(), f.getPlace())));
        sent++;
      }
    }
    return sent;
  }

  /** The fingerprinting of the case's persons, in the order recorded. */
  @Transactional(readOnly = true)
  public List<FingerprintView> ofCase(CaseNumber number) {
    long caseId = caseSearch.caseId(number);
    Map<Long, String> names = caseSearch.view(caseId).members().stream()
        .collect(Collectors.toMap(PersonView::id, p -> p.surname() + " " + p.givenName(), (a, b) -> a));
    return fingerprints.findByCaseIdOrderById(caseId).stream()
        .map(f -> new FingerprintView(f.getPersonId(), names.getOrDefault(f.getPersonId(), ""), f.getTakenOn(),
            f.getPlace(), f.getNationalReference(), f.getRecordedBy(), f.getRecordedAt()))
        .toList();
  }

  /** The certificate the process works on; not found is a fault of the process, not of a person. */
  @Transactional(readOnly = true)
  public AsylumSeekerCertificate certificate(long certificateId) {
    return certificates.asylumSeekerCertificate(certificateId)
        .orElseThrow(() -> new NotFoundException("asylum-seeker certificate", certificateId));
  }
}
