package kz.migration.refugee.registry;

import java.util.List;
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

  CaseSearch(FamilyCaseRepository cases, PersonRepository persons, CertificateRepository certificates,
      RegistryMapper mapper) {
    this.cases = cases;
    this.persons = persons;
    this.certificates = certificates;
    this.mapper = mapper;
  }

  public CaseSummary summary(long caseId) {
    return summary(cases.load(caseId));
  }

  public CaseSummary summary(CaseNumber number) {
    return summary(cases.load(number));
  }

  /** Persons whose name (any script, any fragment, or a transliteration) or document matches. */
  public List<PersonView> searchPersons(String query, int limit) {
    String q = query.strip();
    String key = NameKey.of(q);
    return mapper.toPersonViews(persons.search(NameKey.searchable(q), Person.normalizedDocument(q),
        key.isEmpty() ? PersonRepository.NO_DOCUMENT : key, PageRequest.of(0, limit)));
  }

  public List<CaseSummary> searchCases(String fragment, int limit) {
    return cases.findByCaseNumberContainingOrderByCaseNumber(fragment.strip().toUpperCase(), PageRequest.of(0, limit))
        .stream().map(this::summary).toList();
  }

  public CaseView view(CaseNumber number) {
    FamilyCase c = cases.load(number);
    return mapper.toView(c, certificates.findByCaseIdOrderById(c.getId()));
  }

  private CaseSummary summary(FamilyCase c) {
    Person head = c.head();
    return new CaseSummary(c.getId(), c.getCaseNumber(), c.getStatus(), c.getRegisteredOn(),
        head == null ? null : head.getFullName(), c.getMembers().size());
  }
}
