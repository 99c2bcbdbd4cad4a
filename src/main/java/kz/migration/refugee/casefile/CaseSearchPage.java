package kz.migration.refugee.casefile;

import static kz.migration.refugee.shared.FormText.DATE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.LegacyReference;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.InputText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search page's one field: a name fragment in any script or a transliteration, a document number, a case
 * number or a historic archive's number for the case (or part of either), a certificate number, or a date of birth
 * (ДД.ММ.ГГГГ or ГГГГ-ММ-ДД).
 */
@Service
@Transactional(readOnly = true)
class CaseSearchPage {

  static final int LIMIT = 50;
  private static final Pattern CERTIFICATE = Pattern.compile("(?i)(AS|RC)-\\d{4}-\\d{6}");
  private static final Pattern DAY = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");

  record Person(String name, String born, String citizenship, String caseNumber) {}

  record Case(String caseNumber, String legacyReference, String head, String status, int members,
      String registeredOn) {}

  record Results(String query, String message, List<Person> persons, List<Case> cases) {

    public boolean empty() {
      return persons.isEmpty() && cases.isEmpty();
    }
  }

  private final CaseSearch search;

  CaseSearchPage(CaseSearch search) {
    this.search = search;
  }

  Results search(String query) {
    // as the domain API's search refuses it: the database would fail on a NUL
    if (InputText.hasControlCharacter(query)) {
      throw FieldErrors.of("q", "управляющие символы не допускаются");
    }
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return new Results("", null, List.of(), List.of());
    }
    if (q.length() < 2 || q.length() > 100) {
      return new Results(q, "Введите от 2 до 100 символов.", List.of(), List.of());
    }
    Map<String, Case> cases = new LinkedHashMap<>();
    List<PersonView> persons = new ArrayList<>();
    LocalDate born = date(q);
    if (born != null) {
      persons.addAll(search.searchPersonsBornOn(born, LIMIT));
    } else if (CERTIFICATE.matcher(q).matches()) {
      search.caseOfCertificate(q).ifPresent(c -> cases.put(c.caseNumber(), row(c)));
    } else {
      persons.addAll(search.searchPersons(q, LIMIT));
      if (q.length() <= LegacyReference.MAX_LENGTH) {
        search.searchCases(q, LIMIT).forEach(c -> cases.put(c.caseNumber(), row(c)));
      }
    }
    return new Results(q, null, persons.stream().map(p -> new Person(CasePages.name(p),
        p.dateOfBirth() == null ? "—" : DATE.format(p.dateOfBirth()), CasePages.citizenship(p.citizenship()),
        p.caseNumber())).toList(), List.copyOf(cases.values()));
  }

  private static Case row(CaseSummary c) {
    return new Case(c.caseNumber(), c.legacyReference() == null ? "—" : c.legacyReference(), c.headName() == null ? "—" : c.headName(), status(c.status()), c.members(),
        c.registeredOn() == null ? "—" : DATE.format(c.registeredOn()));
  }

  private static String status(CaseStatus status) {
    return status == null ? "—" : switch (status) {
      case INTAKE -> "приём ходатайства";
      case MERGED -> "объединено с другим делом";
      case REGISTERED -> "зарегистрировано";
      case UNDER_REVIEW -> "на рассмотрении";
      case GRANTED -> "статус беженца присвоен";
      case REFUSED -> "отказано";
      case APPEAL -> "обжалование";
      case CLOSED -> "закрыто";
      case DEREGISTERED -> "семья снята с учёта";
    };
  }

  private static LocalDate date(String q) {
    try {
      if (DAY.matcher(q).matches()) {
        return LocalDate.parse(q, DATE);
      }
      if (q.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(q);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
