package kz.migration.refugee.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row (id 1) that remembers the last entry; its row lock serialises appends. */
@Entity
@Table(name = "decision_log_head")
class DecisionLogHead {

  static final int ID = 1;

  @Id
  private Integer id;
  @Column(name = "last_sequence_no", nullable = false)
  private long lastSequenceNo;
  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected DecisionLogHead() {}

  void advance(long sequenceNo, String hash) {
    if (sequenceNo != lastSequenceNo + 1) {
      throw new IllegalStateException("decision log head at " + lastSequenceNo + " cannot advance to " + sequenceNo);
    }
    this.lastSequenceNo = sequenceNo;
    this.lastHash = hash;
  }

  long getLastSequenceNo() { return lastSequenceNo; }
  String getLastHash() { return lastHash; }
}
