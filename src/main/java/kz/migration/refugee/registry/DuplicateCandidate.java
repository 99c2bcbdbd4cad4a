package kz.migration.refugee.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person already in the bank who looked like a member of an intake, as found at that intake (V8). */
@Entity
@Table(name = "duplicate_candidate")
class DuplicateCandidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The intake under review. */
  private Long caseId;
  private String newcomer;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matched_case_id")
  private FamilyCase matchedCase;
  private String matchedPerson;
  private LocalDate matchedBirthDate;
  private String matchedCitizenship;
  @Enumerated(EnumType.STRING)
  private DuplicateMatch.Reason reason;
  private Instant foundAt;

  protected DuplicateCandidate() {}

  static DuplicateCandidate found(long caseId, Person newcomer, Person known, DuplicateMatch.Reason reason, Instant at) {
    DuplicateCandidate d = new DuplicateCandidate();
    d.caseId = caseId;
    d.newcomer = newcomer.getFullName();
    d.matchedCase = known.getFamilyCase();
    d.matchedPerson = known.getFullName();
    d.matchedBirthDate = known.getDateOfBirth();
    d.matchedCitizenship = known.getCitizenship();
    d.reason = reason;
    d.foundAt = at;
    return d;
  }

  public String getNewcomer() { return newcomer; }
  public FamilyCase getMatchedCase() { return matchedCase; }
  public String getMatchedPerson() { return matchedPerson; }
  public LocalDate getMatchedBirthDate() { return matchedBirthDate; }
  public String getMatchedCitizenship() { return matchedCitizenship; }
  public DuplicateMatch.Reason getReason() { return reason; }
}
