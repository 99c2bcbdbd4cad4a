package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding families and persons in the data bank, and reading a case as it stands. */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

  private final FamilyCaseRepository cases;
  private final PersonRepository persons;
  private final CertificateRepository certificates;
  private final RegistryMapper mapper;
  private final CaseIds caseIds;

  CaseSearch(FamilyCaseRepository cases, PersonRepository persons, CertificateRepository certificates,
      RegistryMapper mapper, CaseIds caseIds) {
    this.cases = cases;
    this.caseIds = caseIds;
    this.persons = persons;
    this.certificates = certificates;
    this.mapper = mapper;
  }

  public CaseSummary summary(long caseId) {
    return summary(cases.load(caseId));
  }

  /**
   * The id of the case with this number, as {@link CaseIds} knows it or else from the data bank (without the case's
   * members: a step that needs the case or its members reads them by this id, one that does not never does).
   */
  public long caseId(CaseNumber number) {
    return caseIds.of(number, n -> cases.load(n).getId());
  }

  public CaseSummary summary(CaseNumber number) {
    return summary(cases.load(caseId(number)));
  }

  /**
   * The family's name as Tasklist shows it beside the case's tasks: the head's surname and given name (no
   * patronymic, to keep the list short); null if the family has no head on record.
   */
  public String familyName(long caseId) {
    // from the family as the command already holds it (a registration names its process and its certificate's)
    return cases.load(caseId).headOnRecord().map(head -> head.getSurname() + " " + head.getGivenName()).orElse(null);
  }

  /** {@link #familyName} of several families in one query, by case id. */
  public Map<Long, String> familyNames(Collection<Long> caseIds) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (caseIds.isEmpty()) {
      return names;
    }
    for (Person head : persons.findHeads(caseIds)) {
      names.putIfAbsent(head.getFamilyCase().getId(), head.getSurname() + " " + head.getGivenName());
    }
    return names;
  }

  /** Persons whose name (any script, any fragment, or a transliteration) or document matches. */
  public List<PersonView> searchPersons(String query, int limit) {
    String q = query.strip();
    String key = NameKey.of(q);
    return mapper.toPersonViews(persons.search(NameKey.searchable(q), Person.normalizedDocument(q),
        key.isEmpty() ? PersonRepository.NO_DOCUMENT : key, PageRequest.of(0, limit)));
  }

  /** Cases whose number or archive number (any case of letters) holds the fragment. */
  public List<CaseSummary> searchCases(String fragment, int limit) {
    return cases.findByCaseNumberContainingOrLegacyReferenceKeyContainingOrderByCaseNumber(
            fragment.strip().toUpperCase(), LegacyReference.searchKey(fragment), PageRequest.of(0, limit))
        .stream().map(this::summary).toList();
  }

  /** Persons born on a date, in cases not merged away. */
  public List<PersonView> searchPersonsBornOn(LocalDate born, int limit) {
    return mapper.toPersonViews(persons.findBornOn(born, PageRequest.of(0, limit)));
  }

  /** The case holding a certificate of this number (as printed, any case of letters). */
  public Optional<CaseSummary> caseOfCertificate(String number) {
    return certificates.findByNumber(number.strip().toUpperCase()).map(c -> summary(c.getCaseId()));
  }

  public CaseView view(CaseNumber number) {
    return view(cases.load(caseId(number)));
  }

  /** {@link #view(CaseNumber)} of a case known by its id (found in the session if this transaction read it). */
  public CaseView view(long caseId) {
    return view(cases.load(caseId));
  }

  private CaseView view(FamilyCase c) {
    return mapper.toView(c, certificates.findByCaseIdOrderById(c.getId()));
  }

  private CaseSummary summary(FamilyCase c) {
    Person head = c.head();
    return new CaseSummary(c.getId(), c.getCaseNumber(), c.getStatus(), c.getRegisteredOn(),
        head == null ? null : head.getFullName(), c.getMembers().size(), c.getLegacyReference());
  }
}
