package kz.migration.refugee.repatriation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import kz.migration.refugee.shared.ConflictException;

/** One body's part in a return: our request (and resends), reminders, and its reply. */
@Entity
@Table(name = "return_contact")
class ReturnContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "return_id")
  private Long returnId;
  @Enumerated(EnumType.STRING)
  private ContactBody body;
  /** The body's reference for our request. */
  private String reference;
  private int requests;
  private Instant requestedAt;
  private int reminders;
  private Instant repliedAt;
  private LocalDate repliedOn;
  private String replyReference;
  private String travelDocuments;
  private String transport;
  private String reception;
  private String remarks;
  private String recordedBy;
  /** When the caseworker decided to go on without this body's reply. */
  private Instant withoutReplyAt;

  protected ReturnContact() {}

  static ReturnContact of(long returnId, ContactBody body) {
    ReturnContact c = new ReturnContact();
    c.returnId = returnId;
    c.body = body;
    return c;
  }

  /** Sent (again): a resend awaits a fresh reply. */
  void requested(String bodyReference, Instant at) {
    reference = bodyReference;
    requests++;
    requestedAt = at;
    withoutReplyAt = null;
  }

  void reminded() {
    reminders++;
  }

  boolean isAwaitingReply() {
    return requestedAt != null && repliedAt == null && withoutReplyAt == null;
  }

  void replied(ReplyRequest reply, String by, Instant at) {
    if (!isAwaitingReply()) {
      throw new ConflictException("no reply awaited from " + body);
    }
    repliedAt = at;
    repliedOn = reply.repliedOn();
    replyReference = reply.replyReference();
    travelDocuments = reply.travelDocuments();
    transport = reply.transport();
    reception = reply.reception();
    remarks = reply.remarks();
    recordedBy = by;
  }

  void goOnWithoutReply(String by, Instant at) {
    recordedBy = by;
    withoutReplyAt = at;
  }

  public ContactBody getBody() { return body; }
  public String getReference() { return reference; }
  public int getRequests() { return requests; }
  public Instant getRequestedAt() { return requestedAt; }
  public int getReminders() { return reminders; }
  public LocalDate getRepliedOn() { return repliedOn; }
  public String getReplyReference() { return replyReference; }
  public String getTravelDocuments() { return travelDocuments; }
  public String getTransport() { return transport; }
  public String getReception() { return reception; }
  public String getRemarks() { return remarks; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getWithoutReplyAt() { return withoutReplyAt; }
}
