package kz.migration.refugee.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read of a file's personal data: who, when, through what, which case (or which search). */
@Entity
@Table(name = "personal_data_read")
class PersonalDataRead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant readAt;
  private String userId;
  private String what;
  private String caseNumber;
  private String search;

  protected PersonalDataRead() {}

  static PersonalDataRead of(Instant at, String user, String what, String caseNumber, String search) {
    PersonalDataRead r = new PersonalDataRead();
    r.readAt = at;
    r.userId = user;
    r.what = truncate(what, 200);
    r.caseNumber = caseNumber == null || caseNumber.length() > 20 ? null : caseNumber;
    r.search = truncate(search, 200);
    return r;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() { return id; }
  public Instant getReadAt() { return readAt; }
  public String getUserId() { return userId; }
  public String getWhat() { return what; }
  public String getCaseNumber() { return caseNumber; }
  public String getSearch() { return search; }
}
