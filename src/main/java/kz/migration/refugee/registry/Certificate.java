package kz.migration.refugee.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A document issued to a holder; children and dependants are recorded on it as members. */
@Entity
@Table(name = "certificate")
class Certificate {

  enum Status { VALID, SUPERSEDED, INVALIDATED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Enumerated(EnumType.STRING)
  private CertificateType type;

  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id")
  private Person holder;

  private LocalDate issuedOn;
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  private Status status;

  @ManyToMany
  @JoinTable(name = "certificate_member", joinColumns = @JoinColumn(name = "certificate_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> members = new LinkedHashSet<>();

  protected Certificate() {}

  static Certificate issue(CertificateType type, String number, Person holder, Set<Person> members,
      LocalDate issuedOn, LocalDate validUntil) {
    Certificate c = new Certificate();
    c.caseId = holder.getFamilyCase().getId();
    c.type = type;
    c.number = number;
    c.holder = holder;
    c.members.addAll(members);
    c.issuedOn = issuedOn;
    c.validUntil = validUntil;
    c.status = Status.VALID;
    return c;
  }

  /** An asylum-seeker certificate ends with the decision. */
  void supersede() {
    if (status == Status.VALID) {
      status = Status.SUPERSEDED;
    }
  }

  /** Status ended for the holder, or the document replaced by an extension. */
  void invalidate() {
    if (status == Status.VALID) {
      status = Status.INVALIDATED;
    }
  }

  void addMember(Person person) {
    members.add(person);
  }

  void removeMember(Person person) {
    members.remove(person);
  }

  boolean isValidRefugeeCertificate() {
    return type == CertificateType.REFUGEE && status == Status.VALID;
  }

  public Long getId() { return id; }
  Long getCaseId() { return caseId; }
  public CertificateType getType() { return type; }
  public String getNumber() { return number; }
  public Person getHolder() { return holder; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public LocalDate getValidUntil() { return validUntil; }
  public Status getStatus() { return status; }
  public Set<Person> getMembers() { return members; }
}
