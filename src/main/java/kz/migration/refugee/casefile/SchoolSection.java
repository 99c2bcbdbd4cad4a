package kz.migration.refugee.casefile;

import static kz.migration.refugee.shared.FormText.DATE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.schooling.SchoolReferralView;
import kz.migration.refugee.schooling.SchoolReferrals;
import kz.migration.refugee.shared.StaffNames;
import org.springframework.stereotype.Component;

/** The case page's «Школа»: each child's referrals to school, oldest first, in Russian. */
@Component
class SchoolSection {

  private static final String DASH = "—";
  private static final Map<String, String> TRIGGER = Map.of("REGISTRATION", "регистрация ходатайства",
      "RECOGNITION", "признание беженцем", "RECHECK", "ежегодная перерегистрация");
  private static final Map<String, String> OUTCOME = Map.of("ENROLLED", "зачислен(а)",
      "REFUSED", "в зачислении отказано", "NOT_NEEDED", "направление не требуется",
      "CANCELLED", "направление прекращено");

  record Row(String child, String trigger, String school, String referredOn, String outcome, String outcomeOn,
      String reason, String recordedBy) {}

  private final SchoolReferrals referrals;
  private final CaseSearch caseSearch;
  private final StaffNames staff;

  SchoolSection(SchoolReferrals referrals, CaseSearch caseSearch, StaffNames staff) {
    this.referrals = referrals;
    this.caseSearch = caseSearch;
    this.staff = staff;
  }

  List<Row> of(CaseNumber number) {
    List<SchoolReferralView> found = referrals.ofCase(number);
    if (found.isEmpty()) {
      return List.of();
    }
    CaseView c = caseSearch.view(number);
    Map<Long, String> children = new HashMap<>();
    c.members().forEach(p -> children.put(p.id(), CasePages.name(p)));
    Set<String> logins = new HashSet<>();
    found.forEach(r -> logins.add(r.recordedBy()));
    logins.remove(null);
    StaffNames.Names names = staff.of(logins);
    return found.stream().map(r -> new Row(children.getOrDefault(r.personId(), DASH),
        TRIGGER.getOrDefault(r.trigger(), r.trigger()), r.schoolName() == null ? DASH : r.schoolName(),
        date(r.referredOn()), r.outcome() == null ? (r.referredOn() == null ? "ожидает направления"
            : "ожидается ответ школы") : OUTCOME.getOrDefault(r.outcome(), r.outcome()),
        date(r.outcomeOn()), r.outcomeReason() == null ? DASH : r.outcomeReason(),
        r.recordedBy() == null ? DASH : names.of(r.recordedBy()))).toList();
  }

  private static String date(LocalDate day) {
    return day == null ? DASH : DATE.format(day);
  }
}
