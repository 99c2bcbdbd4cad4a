package kz.migration.refugee.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.migration.refugee.shared.ConflictException;

/** The petition of a family: how and when it was filed, and the decision deadline it runs under. */
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

  void deadlineMissed() {
    this.deadlineMissed = true;
  }

  /** One extension, with a reason, never beyond the latest date the law allows. */
  void extendDeadline(LocalDate until, String reason, String by, LocalDate latestAllowed) {
    if (deadlineExtended) {
      throw new ConflictException("срок рассмотрения уже продлевался");
    }
    if (!until.isAfter(decisionDueOn) || until.isAfter(latestAllowed)) {
      throw new IllegalArgumentException("новый срок должен быть позже " + decisionDueOn + " и не позже " + latestAllowed);
    }
    this.decisionDueOn = until;
    this.deadlineExtended = true;
    this.extensionReason = reason;
    this.extendedBy = by;
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
  public LocalDate getDecisionDueOn() { return decisionDueOn; }
  public boolean isDeadlineExtended() { return deadlineExtended; }
  public String getExtensionReason() { return extensionReason; }
  public String getExtendedBy() { return extendedBy; }
  public boolean isDeadlineMissed() { return deadlineMissed; }
}
