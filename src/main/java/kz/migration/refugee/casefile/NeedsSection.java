package kz.migration.refugee.casefile;

import static kz.migration.refugee.shared.FormText.DATE_TIME;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.migration.refugee.needs.SpecificNeed;
import kz.migration.refugee.needs.SpecificNeeds;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.shared.StaffNames;
import org.springframework.stereotype.Component;

/** The case page's specific needs: each person's now, their history, the form to change them; best-interests notes. */
@Component
class NeedsSection {

  record Option(String code, String label, boolean checked) {}

  record PersonRow(long personId, String name, String needs, List<Option> options, List<String> history) {}

  record Section(List<PersonRow> persons, List<String> notes, boolean unaccompanied) {}

  private final SpecificNeeds needs;
  private final CaseSearch caseSearch;
  private final StaffNames staff;
  private final Clock clock;

  NeedsSection(SpecificNeeds needs, CaseSearch caseSearch, StaffNames staff, Clock clock) {
    this.needs = needs;
    this.caseSearch = caseSearch;
    this.staff = staff;
    this.clock = clock;
  }

  Section of(CaseNumber number) {
    long caseId = caseSearch.caseId(number);
    CaseView c = caseSearch.view(caseId);
    Map<Long, SpecificNeeds.PersonNeeds> byPerson = needs.ofCase(caseId);
    List<SpecificNeeds.Note> notes = needs.bestInterestsNotes(caseId);
    Set<String> logins = new HashSet<>();
    byPerson.values().forEach(p -> p.history().forEach(h -> logins.add(h.changedBy())));
    notes.forEach(n -> logins.add(n.recordedBy()));
    StaffNames.Names names = staff.of(logins);
    List<PersonRow> rows = new ArrayList<>();
    boolean unaccompanied = false;
    for (PersonView p : c.members()) {
      SpecificNeeds.PersonNeeds n = byPerson.get(p.id());
      if (n == null) {
        continue;
      }
      Set<String> now = n.needs().stream().map(SpecificNeeds.Need::code).collect(Collectors.toSet());
      unaccompanied |= p.deregisteredOn() == null && now.contains(SpecificNeed.UNACCOMPANIED_CHILD.code());
      List<Option> options = Arrays.stream(SpecificNeed.values())
          .map(s -> new Option(s.code(), s.label(), now.contains(s.code()))).toList();
      List<String> history = n.history().stream().map(h -> at(h.changedAt()) + " — " + names.of(h.changedBy()) + ": "
          + labels(h.needs())).toList();
      rows.add(new PersonRow(p.id(), CasePages.name(p), labels(n.needs()), options, history));
    }
    return new Section(rows, notes.stream()
        .map(x -> at(x.recordedAt()) + " — " + names.of(x.recordedBy()) + ":\n" + x.note()).toList(), unaccompanied);
  }

  private static String labels(List<SpecificNeeds.Need> list) {
    return list.isEmpty() ? "нет" : list.stream().map(SpecificNeeds.Need::label).collect(Collectors.joining(", "));
  }

  private String at(Instant instant) {
    return DATE_TIME.format(instant.atZone(clock.getZone()));
  }
}
