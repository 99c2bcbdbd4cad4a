package kz.migration.refugee.registry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.migration.refugee.shared.ConflictException;

/** A family: the unit of a case. Status is decided per person, but the case moves as one. */
@Entity
@Table(name = "family_case")
class FamilyCase {

  /**
   * A case in these states is open: registered and not yet finally refused, or recognised. Its members on the
   * register hold their identity documents, so that no second open case can take the same document. An intake
   * waiting for duplicate review is not open yet; a merged, closed or deregistered case no longer is.
   */
  static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.UNDER_REVIEW, CaseStatus.REFUSED,
      CaseStatus.APPEAL, CaseStatus.GRANTED);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_number")
  private String caseNumber;

  /** The number in a historic archive's own numbering, when the case came from one (see V14). */
  private String legacyReference;
  private String legacyReferenceKey;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  private LocalDate arrivalDate;
  private LocalDate registeredOn;
  private String address;

  @Column(name = "merged_into_case_id")
  private Long mergedIntoCaseId;

  /** Why the case closed, a {@link ClosureReason} code; null while open (and for cases closed before V15). */
  private String closureReason;

  private Instant createdAt;

  /**
   * An appeal is pending: against the refusal (status {@link CaseStatus#APPEAL}), or against a confirmed end of status
   * while the family is still recognised. Nothing closes the case or removes anyone meanwhile.
   */
  private boolean appealPending;

  @Version
  private long version;

  @OneToMany(mappedBy = "familyCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Person> members = new ArrayList<>();

  protected FamilyCase() {}

  static FamilyCase takeIn(LocalDate arrivalDate, String address, Instant now) {
    FamilyCase c = new FamilyCase();
    c.status = CaseStatus.INTAKE;
    c.arrivalDate = arrivalDate;
    c.address = address;
    c.createdAt = now;
    return c;
  }

  /**
   * A family from a historic caseload, with its number and final status as recorded then, and its number in the
   * archive's own numbering if it had one (null otherwise).
   */
  static FamilyCase imported(CaseNumber number, LegacyReference legacy, CaseStatus status, LocalDate arrivalDate,
      LocalDate registeredOn, Instant now) {
    FamilyCase c = new FamilyCase();
    c.caseNumber = number.value();
    if (legacy != null) {
      c.legacyReference = legacy.value();
      c.legacyReferenceKey = legacy.key();
    }
    c.status = status;
    c.arrivalDate = arrivalDate;
    c.registeredOn = registeredOn;
    c.address = "не указан (архивные данные)";
    c.createdAt = now;
    return c;
  }

  void add(Person person) {
    person.joinCase(this);
    members.add(person);
    holdDocuments();
  }

  void register(CaseNumber number, LocalDate on) {
    require(EnumSet.of(CaseStatus.INTAKE));
    this.caseNumber = number.value();
    this.registeredOn = on;
    this.status = CaseStatus.REGISTERED;
    holdDocuments();
  }

  /**
   * Returns the persons added to {@code target}: not recognised there, whatever the family's status; {@code copies}
   * receives each intake person's id with the person that takes their place in {@code target}.
   */
  List<Person> mergeInto(FamilyCase target, Map<Long, Person> copies) {
    require(EnumSet.of(CaseStatus.INTAKE));
    List<Person> joining = joining(target);
    List<Person> added = new ArrayList<>();
    for (Person p : List.copyOf(members)) {
      members.remove(p);
      if (joining.contains(p)) {
        Person copy = p.copy();
        copies.put(p.getId(), copy);
        target.add(copy);
        added.add(copy);
      }
    }
    this.mergedIntoCaseId = target.id;
    this.status = CaseStatus.MERGED;
    return added;
  }

  void startReview() {
    // a recognised family examining a member who joined later stays recognised meanwhile
    if (status != CaseStatus.UNDER_REVIEW && status != CaseStatus.GRANTED) {
      require(EnumSet.of(CaseStatus.REGISTERED, CaseStatus.APPEAL));
      status = CaseStatus.UNDER_REVIEW;
    }
  }

  /**
   * A decision granted these members status: they are recognised, and the family with them. A family already
   * recognised takes in members decided later (re-examined after an appeal, joined later).
   */
  void grant(Collection<Person> granted, LocalDate on) {
    require(EnumSet.of(CaseStatus.UNDER_REVIEW, CaseStatus.GRANTED));
    granted.forEach(p -> p.recognise(on));
    status = CaseStatus.GRANTED;
  }

  /** Somebody of the family is recognised: a refusal then concerns the members it names, not the case. */
  boolean isRecognised() {
    return status == CaseStatus.GRANTED;
  }

  List<Long> memberIds() {
    return members.stream().map(Person::getId).toList();
  }

  /** Members on the register not recognised: the persons a decision on the family is still to cover. */
  List<Person> undecidedMembers() {
    return members.stream().filter(p -> p.isRegistered() && !p.isRecognised()).toList();
  }

  Person member(long personId) {
    return members.stream().filter(p -> p.getId() == personId).findFirst()
        .orElseThrow(() -> new kz.migration.refugee.shared.NotFoundException("person of case " + caseNumber, personId));
  }

  void refuse() {
    require(EnumSet.of(CaseStatus.UNDER_REVIEW));
    status = CaseStatus.REFUSED;
  }

  void appeal() {
    require(EnumSet.of(CaseStatus.REFUSED));
    status = CaseStatus.APPEAL;
    appealPending = true;
  }

  /**
   * An appeal was lodged while the family is recognised (against a confirmed end of status, or a member's refusal):
   * the family stays as it is until it is decided.
   */
  void appealLodgedWhileRecognised() {
    requireRecognised();
    appealPending = true;
  }

  /**
   * After the internal appeal upheld the refusal the applicant went to court: until the court decides, the case stays
   * as it is (under appeal, or recognised with its refused members on the register) and nothing closes it.
   */
  void courtAppealLodged() {
    require(EnumSet.of(CaseStatus.APPEAL, CaseStatus.GRANTED));
    appealPending = true;
  }

  /**
   * The refusal became final (the case closed as refused, or the refused members of a recognised family
   * deregistered as refused): a late appeal may then be lodged against it.
   */
  boolean refusalFinal(Collection<Long> refusedPersonIds) {
    if (status == CaseStatus.CLOSED) {
      return ClosureReason.REFUSED.code().equals(closureReason);
    }
    return status == CaseStatus.GRANTED && !appealPending && members.stream()
        .filter(p -> refusedPersonIds.contains(p.getId())).noneMatch(Person::isRegistered);
  }

  /**
   * A manager accepted an appeal lodged after the window: the refusal is no longer final while it is decided. A family
   * closed as refused reopens as refused (its appeal is then opened as one in time); in a recognised family the members
   * refused, deregistered as refused, return to the register. Returns those back on the register whose asylum-seeker
   * certificates are to be issued again.
   */
  List<Person> reinstateForLateAppeal(Collection<Long> refusedPersonIds) {
    if (!refusalFinal(refusedPersonIds)) {
      throw new ConflictException("отказ по делу " + caseNumber + " не вступил в силу: поздняя жалоба не нужна");
    }
    List<Person> back;
    if (status == CaseStatus.CLOSED) {
      back = registeredMembers();
      status = CaseStatus.REFUSED;
      closureReason = null;
    } else {
      // those who left otherwise since (departed, died) stay off the register
      back = members.stream().filter(p -> refusedPersonIds.contains(p.getId())
          && DeregistrationReason.REFUSED.code().equals(p.getDeregistrationReason())).toList();
      back.forEach(Person::reregister);
    }
    holdDocuments();
    return back;
  }

  /** The pending appeal was decided: what follows (closure, re-examination, end of status) may go on. */
  void appealDecided() {
    appealPending = false;
  }

  /**
   * The one rule of non-refoulement: while an appeal is pending, nothing closes the case, ends the procedure or removes
   * anyone from the register (voluntary-return departure, deregistration, withdrawal, closure).
   */
  void assertNoAppealPending() {
    if (appealPending) {
      throw new ConflictException("по делу " + caseNumber + " подана жалоба: пока она не рассмотрена, "
          + "дело не может быть закрыто и никто не снимается с учёта");
    }
  }

  void close() {
    assertNoAppealPending();
    require(EnumSet.of(CaseStatus.REFUSED, CaseStatus.APPEAL));
    status = CaseStatus.CLOSED;
    closureReason = ClosureReason.REFUSED.code();
    holdDocuments();
  }

  /** Before a decision, the petition may end without one; an appeal pending stops it (non-refoulement). */
  void requireUndecided() {
    assertNoAppealPending();
    if (status == CaseStatus.GRANTED || status == CaseStatus.REFUSED || status == CaseStatus.CLOSED
        || status == CaseStatus.DEREGISTERED) {
      throw new ConflictException("решение по ходатайству уже принято (дело " + caseNumber + "): отзыв "
          + "ходатайства и снятие с учёта в ходе процедуры больше невозможны");
    }
    if (status != CaseStatus.REGISTERED && status != CaseStatus.UNDER_REVIEW) {
      throw new ConflictException("дело " + (caseNumber == null ? id : caseNumber) + " не находится на рассмотрении");
    }
  }

  /**
   * The applicant withdrew the petition in writing: everyone still on the register leaves it, and the case closes
   * without a decision.
   */
  List<Person> withdraw(LocalDate on) {
    requireUndecided();
    List<Person> leaving = registeredMembers();
    leaving.forEach(p -> p.deregister(DeregistrationReason.WITHDRAWN, on));
    closeWithoutDecision(ClosureReason.WITHDRAWN);
    return leaving;
  }

  /**
   * The applicant missed the interview and made no contact: everyone still on the register leaves it with the
   * reason «abandoned», and the case closes without a decision.
   */
  List<Person> abandon(LocalDate on) {
    requireUndecided();
    List<Person> leaving = registeredMembers();
    leaving.forEach(p -> p.deregister(DeregistrationReason.ABANDONED, on));
    closeWithoutDecision(ClosureReason.ABANDONED);
    return leaving;
  }

  /**
   * A case closed as abandoned is reopened on the applicant's request: the members it closed with return to the
   * register and the examination resumes.
   */
  List<Person> reopenAbandoned() {
    if (status != CaseStatus.CLOSED || !ClosureReason.ABANDONED.code().equals(closureReason)) {
      throw new ConflictException("дело " + caseNumber + " не закрыто как оставленное заявителем: возобновить его "
          + "по заявлению нельзя");
    }
    List<Person> returning = members.stream()
        .filter(p -> DeregistrationReason.ABANDONED.code().equals(p.getDeregistrationReason())).toList();
    returning.forEach(Person::reregister);
    status = CaseStatus.UNDER_REVIEW;
    closureReason = null;
    holdDocuments();
    return returning;
  }

  /** Nobody of the family is on the register any more (departed, died): the petition ends without a decision. */
  void closeEmptied(ClosureReason reason) {
    requireUndecided();
    if (!registeredMembers().isEmpty()) {
      throw new IllegalStateException("case " + caseNumber + " still has members on the register");
    }
    closeWithoutDecision(reason);
  }

  private void closeWithoutDecision(ClosureReason reason) {
    status = CaseStatus.CLOSED;
    closureReason = reason.code();
    holdDocuments();
  }

  /** The last registered member has gone: the family leaves the register. */
  void deregister() {
    assertNoAppealPending();
    require(EnumSet.of(CaseStatus.GRANTED));
    status = CaseStatus.DEREGISTERED;
    holdDocuments();
  }

  /**
   * Members on the register of an open case hold their document numbers, the first member with a number for the
   * family (members are in id order, so a hold passing to a relative is flushed after its release).
   */
  void holdDocuments() {
    boolean open = OPEN.contains(status);
    Set<String> held = new HashSet<>();
    for (Person p : members) {
      p.holdDocument(open && p.isRegistered() && p.getDocumentNumber() != null && held.add(p.getDocumentNumber()));
    }
  }

  /**
   * A spouse or child arriving later joins the case, through a merge or on their own request: only a case under
   * examination or recognised takes members, and none while an appeal is pending. The joiner is not recognised
   * until a decision covers them.
   */
  void requireJoinable() {
    assertNoAppealPending();
    if (!JOINABLE.contains(status)) {
      throw new ConflictException("дело " + caseNumber + " не рассматривается и не признано: присоединить к нему "
          + "члена семьи нельзя");
    }
  }

  /** The states in which a later spouse or child joins the case and is examined (see {@link #requireJoinable}). */
  static final Set<CaseStatus> JOINABLE = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.UNDER_REVIEW,
      CaseStatus.GRANTED);

  /** The members a merge into {@code target} would add to it: those not already there. */
  List<Person> joining(FamilyCase target) {
    return members.stream().filter(p -> target.members.stream().noneMatch(existing -> existing.sameAs(p))).toList();
  }

  List<Person> registeredMembers() {
    return members.stream().filter(Person::isRegistered).toList();
  }

  void requireRecognised() {
    if (status != CaseStatus.GRANTED) {
      throw new ConflictException("case " + caseNumber + " is " + status + ", not a recognised family");
    }
  }

  private void require(Set<CaseStatus> allowed) {
    if (!allowed.contains(status)) {
      throw new ConflictException("case " + (caseNumber == null ? id : caseNumber) + " is " + status
          + ", expected one of " + allowed);
    }
  }

  /** The member recorded as the family's head, the first by id if several; none if no one is. */
  Optional<Person> headOnRecord() {
    return members.stream().filter(p -> p.getRole() == FamilyRole.HEAD).findFirst();
  }

  Person head() {
    return headOnRecord().orElse(members.isEmpty() ? null : members.get(0));
  }

  public Long getId() { return id; }
  public String getCaseNumber() { return caseNumber; }
  public String getLegacyReference() { return legacyReference; }
  public CaseStatus getStatus() { return status; }
  public LocalDate getArrivalDate() { return arrivalDate; }
  public LocalDate getRegisteredOn() { return registeredOn; }
  public String getAddress() { return address; }
  public List<Person> getMembers() { return Collections.unmodifiableList(members); }
  public Long getMergedIntoCaseId() { return mergedIntoCaseId; }
  public String getClosureReason() { return closureReason; }
  public boolean isAppealPending() { return appealPending; }
}
