package kz.migration.refugee.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the decision log. Written once, never updated by the application. */
@Entity
@Immutable
@Table(name = "decision_log")
class DecisionLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "sequence_no", nullable = false, updatable = false)
  private long sequenceNo;
  @Column(nullable = false, updatable = false, length = 32)
  private String kind;
  @Column(name = "case_number", updatable = false, length = 20)
  private String caseNumber;
  @Column(updatable = false, length = 64)
  private String actor;
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;
  @Column(nullable = false, updatable = false, length = 4000)
  private String content;
  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  private String previousHash;
  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  protected DecisionLogEntry() {}

  DecisionLogEntry(long sequenceNo, String kind, String caseNumber, String actor, Instant occurredAt, String content,
      String previousHash, String hash) {
    this.sequenceNo = sequenceNo;
    this.kind = kind;
    this.caseNumber = caseNumber;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.content = content;
    this.previousHash = previousHash;
    this.hash = hash;
  }

  DecisionLogEntryView toView() {
    return new DecisionLogEntryView(sequenceNo, kind, caseNumber, actor, occurredAt, content, previousHash, hash);
  }

  long getSequenceNo() { return sequenceNo; }
  String getKind() { return kind; }
  String getCaseNumber() { return caseNumber; }
  String getActor() { return actor; }
  Instant getOccurredAt() { return occurredAt; }
  String getContent() { return content; }
  String getPreviousHash() { return previousHash; }
  String getHash() { return hash; }
}
