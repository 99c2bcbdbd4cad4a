package kz.migration.refugee.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

  List<Attachment> findByCaseIdOrderByUploadedAtAscIdAsc(long caseId);

  Optional<Attachment> findByIdAndCaseId(long id, long caseId);

  Optional<Attachment> findFirstByCaseIdAndPersonIdAndKindOrderByUploadedAtDescIdDesc(long caseId, long personId,
      AttachmentKind kind);
}

interface AttachmentContentRepository extends JpaRepository<AttachmentContent, Long> {}

/** Notes are only added and read: no update or delete is offered anywhere. */
interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

  List<CaseNote> findByCaseIdOrderByWrittenAtAscIdAsc(long caseId);

  boolean existsByIdAndCaseId(long id, long caseId);
}
