package kz.migration.refugee.repatriation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.migration.refugee.shared.ConflictException;

/** A family's (or some members') voluntary return, from the written request to departure or withdrawal. */
@Entity
@Table(name = "voluntary_return")
class VoluntaryReturn {

  enum Outcome { RETURNED, WITHDRAWN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  /** The case id while the return is open, null once finished: one open return per family (unique). */
  @Column(name = "open_case_id")
  private Long openCaseId;
  private LocalDate requestedOn;
  private String requestReference;
  private boolean wholeFamily;
  private String requestedBy;
  private Instant requestedAt;
  private LocalDate interviewDate;
  private String interviewSummary;
  private Boolean voluntarinessConfirmed;
  private String confirmedBy;
  private Instant confirmedAt;
  private LocalDate departureOn;
  private String departureConfirmedBy;
  private LocalDate withdrawnOn;
  private String withdrawalReason;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private Instant completedAt;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "voluntary_return_member", joinColumns = @JoinColumn(name = "return_id"))
  @Column(name = "person_id")
  private Set<Long> members = new LinkedHashSet<>();

  protected VoluntaryReturn() {}

  static VoluntaryReturn requested(long caseId, LocalDate on, String reference, boolean wholeFamily, String by,
      Instant at) {
    VoluntaryReturn r = new VoluntaryReturn();
    r.caseId = caseId;
    r.openCaseId = caseId;
    r.requestedOn = on;
    r.requestReference = reference;
    r.wholeFamily = wholeFamily;
    r.requestedBy = by;
    r.requestedAt = at;
    return r;
  }

  /** The interview: voluntariness confirmed, and who of the family returns (none listed: the whole family). */
  void interviewed(LocalDate on, String summary, boolean voluntary, Collection<Long> returning, String by, Instant at) {
    requireOpen();
    interviewDate = on;
    interviewSummary = summary;
    voluntarinessConfirmed = voluntary;
    confirmedBy = by;
    confirmedAt = at;
    members.clear();
    members.addAll(returning);
  }

  void departureConfirmed(LocalDate on, String by) {
    requireOpen();
    departureOn = on;
    departureConfirmedBy = by;
  }

  /** The persons have left the register: the return is done. */
  void returned(Instant at) {
    requireOpen();
    if (departureOn == null) {
      throw new IllegalStateException("return " + id + " has no confirmed departure");
    }
    finish(Outcome.RETURNED, at);
  }

  /** The refugee withdrew the request: nothing changes for the family's status. */
  void withdrawn(LocalDate on, String reason, Instant at) {
    requireOpen();
    withdrawnOn = on;
    withdrawalReason = reason;
    departureOn = null;
    departureConfirmedBy = null;
    finish(Outcome.WITHDRAWN, at);
  }

  boolean isOpen() {
    return openCaseId != null;
  }

  /** The travellers' ids; empty when the whole family returns. */
  Set<Long> returningPersonIds() {
    return wholeFamily ? Set.of() : Set.copyOf(members);
  }

  String reference() {
    return "VR-" + id;
  }

  private void finish(Outcome o, Instant at) {
    outcome = o;
    completedAt = at;
    openCaseId = null;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new ConflictException("voluntary return " + id + " is already " + outcome);
    }
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public LocalDate getRequestedOn() { return requestedOn; }
  public String getRequestReference() { return requestReference; }
  public boolean isWholeFamily() { return wholeFamily; }
  public String getRequestedBy() { return requestedBy; }
  public LocalDate getInterviewDate() { return interviewDate; }
  public Boolean getVoluntarinessConfirmed() { return voluntarinessConfirmed; }
  public String getConfirmedBy() { return confirmedBy; }
  public LocalDate getDepartureOn() { return departureOn; }
  public String getDepartureConfirmedBy() { return departureConfirmedBy; }
  public LocalDate getWithdrawnOn() { return withdrawnOn; }
  public Outcome getOutcome() { return outcome; }
  public Instant getCompletedAt() { return completedAt; }
  public Set<Long> getMembers() { return Set.copyOf(members); }
}
