package kz.migration.refugee.caseload;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.TextDigest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two people enter a historic caseload: an administrator submits the file, which is checked whole and kept
 * unchanged; a manager confirms it, and only then are its cases, petitions and decisions written, in one
 * transaction, with both names in the decision log. A recognised refugee never enters the register on one
 * person's word.
 */
@Service
class CaseloadSubmissions {

  private final CaseloadSubmissionRepository submissions;
  private final CaseloadImport caseload;
  private final CaseloadMapper mapper;
  private final Clock clock;

  CaseloadSubmissions(CaseloadSubmissionRepository submissions, CaseloadImport caseload, CaseloadMapper mapper,
      Clock clock) {
    this.submissions = submissions;
    this.caseload = caseload;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Transactional
  CaseloadSubmissionView submit(byte[] content, String by) {
    List<CaseloadFile.Family> families = caseload.check(content);
    String text = new String(content, StandardCharsets.UTF_8);
    int persons = families.stream().mapToInt(f -> f.family().members().size()).sum();
    return mapper.toView(submissions.save(CaseloadSubmission.submitted(text, TextDigest.sha256(text), families.size(),
        persons, by, Instant.now(clock).truncatedTo(ChronoUnit.MICROS))));
  }

  @Transactional
  ImportReport confirm(long id, String by) {
    CaseloadSubmission submission = load(id);
    submission.confirm(by, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    return caseload.importFile(submission.getContent().getBytes(StandardCharsets.UTF_8), submission.getSubmittedBy(), by);
  }

  @Transactional(readOnly = true)
  CaseloadSubmissionView view(long id) {
    return mapper.toView(load(id));
  }

  private CaseloadSubmission load(long id) {
    return submissions.findById(id).orElseThrow(() -> new NotFoundException("caseload submission", id));
  }
}
