package kz.migration.refugee.caseload;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FourEyes;

/** A caseload file submitted for import, waiting for (or given) a second person's confirmation. */
@Entity
@Table(name = "caseload_submission")
class CaseloadSubmission {

  enum Status { SUBMITTED, CONFIRMED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String sha256;
  private String content;
  private int families;
  private int persons;
  private String submittedBy;
  private Instant submittedAt;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String confirmedBy;
  private Instant confirmedAt;

  protected CaseloadSubmission() {}

  static CaseloadSubmission submitted(String content, String sha256, int families, int persons, String by, Instant at) {
    CaseloadSubmission s = new CaseloadSubmission();
    s.content = content;
    s.sha256 = sha256;
    s.families = families;
    s.persons = persons;
    s.submittedBy = by;
    s.submittedAt = at;
    s.status = Status.SUBMITTED;
    return s;
  }

  /** The second person takes responsibility for the file; refused to its submitter and once confirmed. */
  void confirm(String by, Instant at) {
    if (status != Status.SUBMITTED) {
      throw new ConflictException("файл уже импортирован " + confirmedAt);
    }
    FourEyes.require(by, submittedBy, "Импорт архива дел");
    status = Status.CONFIRMED;
    confirmedBy = by;
    confirmedAt = at;
  }

  public Long getId() { return id; }
  public String getSha256() { return sha256; }
  public String getContent() { return content; }
  public int getFamilies() { return families; }
  public int getPersons() { return persons; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Status getStatus() { return status; }
  public String getConfirmedBy() { return confirmedBy; }
  public Instant getConfirmedAt() { return confirmedAt; }
}
