package kz.migration.refugee.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an {@link Attachment}, apart so that listing a case's files never loads them. A plain {@code byte[]}:
 * Hibernate maps it to {@code bytea} on PostgreSQL and to binary varying on H2 ({@code @Lob} would be a large object
 * (oid) on PostgreSQL, kept outside the row and outside its transaction's cleanup).
 */
@Entity
@Table(name = "attachment_content")
class AttachmentContent {

  @Id
  private Long attachmentId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AttachmentContent() {}

  AttachmentContent(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content;
  }

  byte[] content() {
    return content;
  }
}
