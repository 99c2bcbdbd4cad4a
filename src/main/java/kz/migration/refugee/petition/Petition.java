package kz.migration.refugee.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import kz.migration.refugee.shared.ConflictException;

/**
 * The petition of a family: how and when it was filed, and the decision deadline it runs under. A refusal overturned
 * on appeal reopens the examination under a deadline of its own; the first examination's deadline is kept as it was.
 */
@Entity
@Table(name = "petition")
class Petition {

  enum DuplicateResolution { MERGE, PROCEED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  private LocalDate filedOn;
  private String language;
  private String interpreter;
  private String representative;
  private boolean filedLate;
  private String lateFilingReason;
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private DuplicateResolution duplicateResolution;
  private String duplicateReason;
  private LocalDate decisionDueOn;
  private boolean deadlineExtended;
  private String extensionReason;
  private String extendedBy;
  private boolean deadlineMissed;
  private LocalDate reopenedOn;
  private LocalDate reexaminationDueOn;
  private boolean reexaminationDeadlineMissed;

  protected Petition() {}

  static Petition filed(long caseId, PetitionIntake intake, boolean late) {
    Petition p = new Petition();
    p.caseId = caseId;
    p.filedOn = intake.filingDate();
    p.language = intake.language();
    p.interpreter = intake.interpreter();
    p.representative = intake.representative();
    p.filedLate = late;
    p.lateFilingReason = late ? intake.lateFilingReason() : null;
    return p;
  }

  /** A petition from a historic caseload: language and representation were not recorded then. */
  static Petition imported(long caseId, LocalDate filedOn, boolean late, LocalDate decisionDueOn) {
    Petition p = new Petition();
    p.caseId = caseId;
    p.filedOn = filedOn;
    p.language = "und";
    p.filedLate = late;
    p.lateFilingReason = late ? "не указана (архивные данные)" : null;
    p.decisionDueOn = decisionDueOn;
    return p;
  }

  void resolveDuplicate(DuplicateResolution resolution, String reason) {
    this.duplicateResolution = resolution;
    this.duplicateReason = reason;
  }

  void registered(LocalDate decisionDueOn) {
    this.decisionDueOn = decisionDueOn;
  }

  /**
   * A case closed as abandoned is reopened: the examination resumes under a new decision deadline (the months the
   * applicant was out of contact do not count against the office).
   */
  void resumedAfterAbandonment(LocalDate decisionDueOn) {
    this.decisionDueOn = decisionDueOn;
  }

  /** The deadline the examination runs under now was missed. */
  void deadlineMissed() {
    if (isReopened()) {
      this.reexaminationDeadlineMissed = true;
    } else {
      this.deadlineMissed = true;
    }
  }

  /**
   * A refusal overturned on appeal: the petition is examined again, to be decided within the period from the
   * reopening. The original deadline passed long ago and would make the new decision overdue on arrival.
   */
  void reopenExamination(LocalDate on, Period period) {
    this.reopenedOn = on;
    this.reexaminationDueOn = on.plus(period);
    this.reexaminationDeadlineMissed = false;
  }

  /**
   * One extension per petition, with a reason, of the deadline it runs under now, never beyond the latest date the
   * law allows.
   */
  void extendDeadline(LocalDate until, String reason, String by, LocalDate latestAllowed) {
    if (deadlineExtended) {
      throw new ConflictException("срок рассмотрения уже продлевался");
    }
    LocalDate current = getDecisionDueOn();
    if (!until.isAfter(current) || until.isAfter(latestAllowed)) {
      throw new IllegalArgumentException("новый срок должен быть позже " + current + " и не позже " + latestAllowed);
    }
    if (isReopened()) {
      this.reexaminationDueOn = until;
    } else {
      this.decisionDueOn = until;
    }
    this.deadlineExtended = true;
    this.extensionReason = reason;
    this.extendedBy = by;
  }

  /**
   * Needs found after registration call for the accelerated period: the deadline the examination runs under comes
   * forward to {@code until}, never back, and not one a manager extended on purpose. Whether it moved.
   */
  boolean accelerate(LocalDate until) {
    LocalDate current = getDecisionDueOn();
    if (deadlineExtended || current == null || !until.isBefore(current)) {
      return false;
    }
    if (isReopened()) {
      this.reexaminationDueOn = until;
    } else {
      this.decisionDueOn = until;
    }
    return true;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public LocalDate getFiledOn() { return filedOn; }
  public String getLanguage() { return language; }
  public String getInterpreter() { return interpreter; }
  public String getRepresentative() { return representative; }
  public boolean isFiledLate() { return filedLate; }
  public String getLateFilingReason() { return lateFilingReason; }
  public DuplicateResolution getDuplicateResolution() { return duplicateResolution; }
  public String getDuplicateReason() { return duplicateReason; }
  boolean isReopened() { return reopenedOn != null; }
  /** The decision deadline the examination runs under now: the re-examination's once reopened. */
  public LocalDate getDecisionDueOn() { return isReopened() ? reexaminationDueOn : decisionDueOn; }
  public boolean isDeadlineExtended() { return deadlineExtended; }
  public String getExtensionReason() { return extensionReason; }
  public String getExtendedBy() { return extendedBy; }
  /** Whether the deadline the examination runs under now was missed. */
  public boolean isDeadlineMissed() { return isReopened() ? reexaminationDeadlineMissed : deadlineMissed; }
  public LocalDate getReopenedOn() { return reopenedOn; }
  /** The first examination's deadline (as extended then), whatever came after. */
  public LocalDate getInitialDecisionDueOn() { return decisionDueOn; }
  public boolean isInitialDeadlineMissed() { return deadlineMissed; }
}
