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
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import kz.migration.refugee.shared.ConflictException;

/** A member of a family case. Names are kept as written, in any script. */
@Entity
@Table(name = "person")
class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private FamilyCase familyCase;

  @Enumerated(EnumType.STRING)
  private FamilyRole role;
  private String surname;
  private String givenName;
  private String patronymic;
  private LocalDate dateOfBirth;
  @Enumerated(EnumType.STRING)
  private Sex sex;
  private String citizenship;
  private String ethnicity;
  private String languages;
  @Enumerated(EnumType.STRING)
  private DocumentType documentType;
  private String documentNumber;
  private String searchName;
  private String surnameKey;
  private String givenNameKey;
  private LocalDate deregisteredOn;
  private String deregistrationReason;
  /** The day this person's grant took effect; null while not recognised (an applicant, refused, or joined later). */
  private LocalDate recognisedOn;
  /** The document number while this person is in an open case and on the register; unique (V7). */
  private String openDocument;

  protected Person() {}

  static Person from(NewPerson p) {
    Person person = new Person();
    person.role = p.role();
    person.surname = p.surname().strip();
    person.givenName = p.givenName().strip();
    person.patronymic = p.patronymic() == null || p.patronymic().isBlank() ? null : p.patronymic().strip();
    person.dateOfBirth = p.dateOfBirth();
    person.sex = p.sex();
    person.citizenship = p.citizenship();
    person.ethnicity = p.ethnicity();
    person.languages = p.languages() == null ? null : String.join(",", p.languages());
    person.documentType = p.documentType();
    person.documentNumber = normalizedDocument(p.documentNumber());
    person.searchName = NameKey.searchable(person.surname, person.givenName, person.patronymic);
    person.surnameKey = NameKey.of(person.surname);
    person.givenNameKey = NameKey.of(person.givenName);
    return person;
  }

  /** The same person for another case (a merge): the intake's own row goes with the merged intake. */
  Person copy() {
    Person p = new Person();
    p.role = role;
    p.surname = surname;
    p.givenName = givenName;
    p.patronymic = patronymic;
    p.dateOfBirth = dateOfBirth;
    p.sex = sex;
    p.citizenship = citizenship;
    p.ethnicity = ethnicity;
    p.languages = languages;
    p.documentType = documentType;
    p.documentNumber = documentNumber;
    p.searchName = searchName;
    p.surnameKey = surnameKey;
    p.givenNameKey = givenNameKey;
    return p;
  }

  static String normalizedDocument(String number) {
    return number == null || number.isBlank() ? null : number.replaceAll("[\\s-]", "").toUpperCase();
  }

  void joinCase(FamilyCase c) {
    this.familyCase = c;
  }

  /** The same human being, as far as the bank can tell. */
  boolean sameAs(Person other) {
    if (documentNumber != null && documentNumber.equals(other.documentNumber)) {
      return true;
    }
    return surnameKey.equals(other.surnameKey) && givenNameKey.equals(other.givenNameKey)
        && dateOfBirth.equals(other.dateOfBirth) && citizenship.equals(other.citizenship);
  }

  void deregister(DeregistrationReason reason, LocalDate on) {
    if (!isRegistered()) {
      throw new ConflictException("person " + id + " already deregistered");
    }
    this.deregisteredOn = on;
    this.deregistrationReason = reason.code();
    this.openDocument = null;
  }

  /** Returns to the register (a case closed as abandoned is reopened). */
  void reregister() {
    this.deregisteredOn = null;
    this.deregistrationReason = null;
  }

  /** Takes or gives up this person's hold on their identity document (see {@link FamilyCase#holdDocuments()}). */
  void holdDocument(boolean hold) {
    openDocument = hold ? documentNumber : null;
  }

  /** A decision granted this person status, taking effect on {@code on}. */
  void recognise(LocalDate on) {
    if (!isRegistered()) {
      throw new ConflictException("person " + id + " is not on the register");
    }
    if (recognisedOn == null) {
      recognisedOn = on;
    }
  }

  boolean isRecognised() {
    return recognisedOn != null;
  }

  boolean isRegistered() {
    return deregisteredOn == null;
  }

  boolean isAdultOn(LocalDate date, int adultAge) {
    return Period.between(dateOfBirth, date).getYears() >= adultAge;
  }

  public String getFullName() {
    return patronymic == null ? surname + " " + givenName : surname + " " + givenName + " " + patronymic;
  }

  public Long getId() { return id; }
  public FamilyCase getFamilyCase() { return familyCase; }
  public FamilyRole getRole() { return role; }
  public String getSurname() { return surname; }
  public String getGivenName() { return givenName; }
  public String getPatronymic() { return patronymic; }
  public LocalDate getDateOfBirth() { return dateOfBirth; }
  public Sex getSex() { return sex; }
  public String getCitizenship() { return citizenship; }
  public String getEthnicity() { return ethnicity; }
  public String getLanguages() { return languages; }
  public DocumentType getDocumentType() { return documentType; }
  public String getDocumentNumber() { return documentNumber; }
  public String getSurnameKey() { return surnameKey; }
  public String getGivenNameKey() { return givenNameKey; }
  public LocalDate getDeregisteredOn() { return deregisteredOn; }
  public LocalDate getRecognisedOn() { return recognisedOn; }
  public String getDeregistrationReason() { return deregistrationReason; }

  @Override
  public boolean equals(Object o) {
    return o instanceof Person p && id != null && id.equals(p.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
