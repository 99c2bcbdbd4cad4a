package kz.migration.refugee.needs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.registry.MembersMerged;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.TransactionMemo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The specific needs of the persons of a case: recorded at intake, replaced as a whole at any step, every
 * replacement kept with its date and author. The best-interests note of an unaccompanied child's case is kept here
 * too, as the need is what requires it.
 */
@Service
@Transactional
public class SpecificNeeds {

  /** The most codes a person may be given: each category once. */
  private static final int MAX_CODES = SpecificNeed.values().length;

  public record Need(String code, String label) {
    static Need of(SpecificNeed n) {
      return new Need(n.code(), n.label());
    }
  }

  public record Change(List<Need> needs, Instant changedAt, String changedBy) {}

  /** A person's needs now and, oldest first, every change of them. */
  public record PersonNeeds(long personId, List<Need> needs, List<Change> history) {}

  public record Note(String note, Instant recordedAt, String recordedBy) {}

  /** A person's needs were changed after intake. */
  /** A person's needs were changed after the intake (inside the change's transaction). */
  public record Changed(long caseId, CaseNumber caseNumber) {}

  /**
   * The needs read within this transaction, by the members asked about: every task a registration creates asks for
   * the family's. Forgotten whenever this transaction writes needs.
   */
  private final TransactionMemo<List<Long>, Set<SpecificNeed>> read = new TransactionMemo<>();
  private final PersonNeedRepository current;
  private final SpecificNeedChangeRepository changes;
  private final BestInterestsNoteRepository notes;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final NeedsProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  SpecificNeeds(PersonNeedRepository current, SpecificNeedChangeRepository changes, BestInterestsNoteRepository notes,
      FamilyCases familyCases, CaseSearch caseSearch, NeedsProperties properties, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.current = current;
    this.changes = changes;
    this.notes = notes;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The codes as the categories they name; an unknown code, or one given twice, is refused naming the field (the
   * list, as the forms label it; the message says which entry).
   */
  public static Set<SpecificNeed> parse(String field, List<String> codes) {
    Set<SpecificNeed> needs = EnumSet.noneOf(SpecificNeed.class);
    if (codes == null) {
      return needs;
    }
    if (codes.size() > MAX_CODES) {
      throw FieldErrors.of(field, "не более " + MAX_CODES + " категорий");
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      var need = SpecificNeed.ofCode(code == null ? "" : code.strip());
      if (need.isEmpty()) {
        throw FieldErrors.of(field, "неизвестная категория особых потребностей «" + code + "» (№ " + (i + 1) + ")");
      }
      if (!needs.add(need.get())) {
        throw FieldErrors.of(field, "категория «" + code + "» указана дважды");
      }
    }
    return needs;
  }

  /** At intake: the members' needs, in the order the members were filed (each list may be empty). */
  public void recordAtIntake(long caseId, List<List<String>> perMember, String by) {
    List<Long> persons = familyCases.memberIds(caseId);
    if (persons.size() != perMember.size()) {
      throw new IllegalStateException("intake of case " + caseId + " has " + persons.size() + " persons, "
          + perMember.size() + " needs lists");
    }
    for (int i = 0; i < persons.size(); i++) {
      Set<SpecificNeed> needs = parse("members[" + i + "].specificNeeds", perMember.get(i));
      if (!needs.isEmpty()) {
        replace(caseId, persons.get(i), needs, by);
      }
    }
  }

  /** Replaces a person's needs with the full set given; returns them with their history. */
  public PersonNeeds change(CaseNumber number, long personId, List<String> codes, String by) {
    if (codes == null) {
      throw FieldErrors.of("specificNeeds", "укажите полный перечень особых потребностей (пустой — если их нет)");
    }
    Set<SpecificNeed> needs = parse("specificNeeds", codes);
    long caseId = caseSearch.caseId(number);
    if (!familyCases.memberIds(caseId).contains(personId)) {
      throw new NotFoundException("person of case " + number.value(), personId);
    }
    replace(caseId, personId, needs, by);
    // inside this transaction: the case's open tasks move up with it (WorkOrder), or nothing is kept
    events.publishEvent(new Changed(caseId, number));
    return ofCase(caseId).get(personId);
  }

  private void replace(long caseId, long personId, Set<SpecificNeed> needs, String by) {
    read.clear();
    current.deleteOfPerson(personId);
    needs.forEach(n -> current.save(new PersonNeed(personId, n)));
    changes.save(SpecificNeedChange.of(personId, caseId, needs, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), by));
  }

  /** Every person of the case, in intake order, with their needs and history (none: empty lists). */
  @Transactional(readOnly = true)
  public Map<Long, PersonNeeds> ofCase(long caseId) {
    List<Long> persons = familyCases.memberIds(caseId);
    Map<Long, List<Need>> now = new LinkedHashMap<>();
    Map<Long, List<Change>> history = new LinkedHashMap<>();
    persons.forEach(p -> {
      now.put(p, new ArrayList<>());
      history.put(p, new ArrayList<>());
    });
    current.findByPersonIdIn(persons).stream()
        .map(n -> Map.entry(n.getPersonId(), SpecificNeed.ofCode(n.getNeed()).orElseThrow()))
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> now.get(e.getKey()).add(Need.of(e.getValue())));
    changes.findByPersonIdInOrderById(persons).forEach(c -> history.get(c.getPersonId()).add(new Change(
        c.needList().stream().map(Need::of).toList(), c.getChangedAt(), c.getChangedBy())));
    Map<Long, PersonNeeds> result = new LinkedHashMap<>();
    persons.forEach(p -> result.put(p, new PersonNeeds(p, List.copyOf(now.get(p)), List.copyOf(history.get(p)))));
    return result;
  }

  /**
   * Needs and their history follow a person whose intake was merged into an existing case (the intake's person rows
   * go; the history is copied as it was, with its dates and authors, to the person that takes their place).
   */
  @EventListener
  void membersMerged(MembersMerged merged) {
    read.clear();
    List<Long> from = List.copyOf(merged.personIds().keySet());
    current.findByPersonIdIn(from).forEach(n -> {
      current.save(new PersonNeed(merged.personIds().get(n.getPersonId()), SpecificNeed.ofCode(n.getNeed()).orElseThrow()));
      current.delete(n);
    });
    changes.findByPersonIdInOrderById(from).forEach(c -> changes.save(SpecificNeedChange.of(
        merged.personIds().get(c.getPersonId()), merged.caseId(), c.needList(), c.getChangedAt(), c.getChangedBy())));
  }

  /** The needs of the family's members on the register, together. */
  @Transactional(readOnly = true)
  public Set<SpecificNeed> ofFamily(long caseId) {
    List<Long> registered = familyCases.registeredMembers(caseId).stream().map(FamilyMember::personId).toList();
    return read.get(registered, persons -> {
      Set<SpecificNeed> needs = EnumSet.noneOf(SpecificNeed.class);
      current.findByPersonIdIn(persons).forEach(n -> needs.add(SpecificNeed.ofCode(n.getNeed()).orElseThrow()));
      return Collections.unmodifiableSet(needs);
    });
  }

  /** A caseworker's best-interests note on the case. */
  public Note recordBestInterests(CaseNumber number, String text, String by) {
    String note = text == null ? "" : text.strip();
    if (note.length() < properties.bestInterestsNoteMinLength()) {
      throw FieldErrors.of("note", note.isEmpty() ? "обязательное поле"
          : "не менее " + properties.bestInterestsNoteMinLength() + " символов");
    }
    if (note.length() > properties.bestInterestsNoteMaxLength()) {
      throw FieldErrors.of("note", "не более " + properties.bestInterestsNoteMaxLength() + " символов");
    }
    long caseId = caseSearch.caseId(number);
    BestInterestsNote saved = notes.save(
        BestInterestsNote.of(caseId, note, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), by));
    return new Note(saved.getNote(), saved.getRecordedAt(), saved.getRecordedBy());
  }

  @Transactional(readOnly = true)
  public List<Note> bestInterestsNotes(long caseId) {
    return notes.findByCaseIdOrderById(caseId).stream()
        .map(n -> new Note(n.getNote(), n.getRecordedAt(), n.getRecordedBy())).toList();
  }

  /**
   * A family with an unaccompanied child is decided only once a best-interests note is on the case (UNHCR: the
   * child's best interests are determined before a decision affecting the child).
   */
  @Transactional(readOnly = true)
  public void requireBestInterestsNote(long caseId) {
    if (ofFamily(caseId).contains(SpecificNeed.UNACCOMPANIED_CHILD) && !notes.existsByCaseId(caseId)) {
      throw FieldErrors.of("bestInterestsNote", "в семье есть ребёнок с особой потребностью «"
          + SpecificNeed.UNACCOMPANIED_CHILD.label() + "»: до решения внесите в дело заключение о наилучших "
          + "интересах ребёнка (страница дела)");
    }
  }
}
