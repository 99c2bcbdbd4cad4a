package kz.migration.refugee.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file filed with a case, without its content ({@link AttachmentContent}): what lists and pages show. */
@Entity
@Table(name = "attachment")
class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long caseId;
  private Long personId;
  @Enumerated(EnumType.STRING)
  private AttachmentKind kind;
  private String fileName;
  private String contentType;
  @Column(name = "size_bytes")
  private long size;
  private String sha256;
  private String note;
  private String uploadedBy;
  private Instant uploadedAt;

  protected Attachment() {}

  Attachment(long caseId, Long personId, AttachmentKind kind, String fileName, FileType type, long size,
      String sha256, String note, String uploadedBy, Instant uploadedAt) {
    this.caseId = caseId;
    this.personId = personId;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = type.mediaType();
    this.size = size;
    this.sha256 = sha256;
    this.note = note;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public long getCaseId() { return caseId; }
  public Long getPersonId() { return personId; }
  public AttachmentKind getKind() { return kind; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public String getSha256() { return sha256; }
  public String getNote() { return note; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
