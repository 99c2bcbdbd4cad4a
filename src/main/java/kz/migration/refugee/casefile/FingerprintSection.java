package kz.migration.refugee.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.migration.refugee.certification.FingerprintView;
import kz.migration.refugee.certification.Fingerprints;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.registry.CertificateType;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.StaffNames;
import org.springframework.stereotype.Component;

/**
 * The case page's asylum-seeker certificates in force with their expiry and the day their reissue is due, and each
 * person's fingerprinting (date, place, the national system's reference, who recorded it).
 */
@Component
class FingerprintSection {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String DASH = "—";

  record Reissue(String number, String holder, String validUntil, String preparedFrom) {}

  record PersonRow(String name, String takenOn, String place, String reference, String recordedBy) {}

  record Section(List<Reissue> reissues, List<PersonRow> persons) {}

  private final Fingerprints fingerprints;
  private final CaseSearch caseSearch;
  private final ProcedureProperties procedure;
  private final StaffNames staff;

  FingerprintSection(Fingerprints fingerprints, CaseSearch caseSearch, ProcedureProperties procedure,
      StaffNames staff) {
    this.fingerprints = fingerprints;
    this.caseSearch = caseSearch;
    this.procedure = procedure;
    this.staff = staff;
  }

  Section of(CaseNumber number) {
    CaseView c = caseSearch.view(number);
    List<Reissue> reissues = c.certificates().stream()
        .filter(x -> x.type() == CertificateType.ASYLUM_SEEKER && "VALID".equals(x.status()) && x.validUntil() != null)
        .map(x -> new Reissue(x.number(), x.holder(), date(x.validUntil()),
            date(x.validUntil().minus(procedure.asylumSeekerCertificateReissueLead()))))
        .toList();
    List<FingerprintView> taken = fingerprints.ofCase(number);
    StaffNames.Names names = staff.of(taken.stream().map(FingerprintView::recordedBy).collect(Collectors.toSet()));
    Map<Long, FingerprintView> byPerson = taken.stream()
        .collect(Collectors.toMap(FingerprintView::personId, f -> f, (a, b) -> a));
    List<PersonRow> persons = c.members().stream().map(p -> {
      FingerprintView f = byPerson.get(p.id());
      String name = p.surname() + " " + p.givenName();
      return f == null ? new PersonRow(name, "не проводилась", DASH, DASH, DASH)
          : new PersonRow(name, date(f.takenOn()), f.place(),
              f.nationalReference() == null ? "передаётся в национальную систему" : f.nationalReference(),
              names.of(f.recordedBy()));
    }).toList();
    return new Section(reissues, persons);
  }

  private static String date(LocalDate d) {
    return d == null ? DASH : DATE.format(d);
  }
}
