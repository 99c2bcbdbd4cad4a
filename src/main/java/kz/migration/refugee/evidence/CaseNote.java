package kz.migration.refugee.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A caseworker's dated note on a case. Append-only: no setters; a correction is a new note naming this one. */
@Entity
@Table(name = "case_note")
class CaseNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long caseId;
  @Column(name = "text")
  private String text;
  private Long correctsId;
  private String writtenBy;
  private Instant writtenAt;

  protected CaseNote() {}

  CaseNote(long caseId, String text, Long correctsId, String writtenBy, Instant writtenAt) {
    this.caseId = caseId;
    this.text = text;
    this.correctsId = correctsId;
    this.writtenBy = writtenBy;
    this.writtenAt = writtenAt;
  }

  public Long getId() { return id; }
  public long getCaseId() { return caseId; }
  public String getText() { return text; }
  public Long getCorrectsId() { return correctsId; }
  public String getWrittenBy() { return writtenBy; }
  public Instant getWrittenAt() { return writtenAt; }
}
