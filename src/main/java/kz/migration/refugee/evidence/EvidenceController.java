package kz.migration.refugee.evidence;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Roles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's evidence and notes on the domain API. Case roles add; auditors read too. Notes are never changed or
 * removed: there is no PUT, PATCH or DELETE here.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@PreAuthorize("hasAnyRole('caseworkers','managers','auditors')")
class EvidenceController {

  private final Evidence evidence;

  EvidenceController(Evidence evidence) {
    this.evidence = evidence;
  }

  /** Multipart: {@code file}, {@code type}, optional {@code personId} and {@code note}; 201 with the file's record. */
  @PostMapping(value = "/attachments")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(Roles.CASE_WORK)
  AttachmentView upload(@PathVariable("caseNumber") CaseNumber number,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "personId", required = false) Long personId,
      @RequestParam(name = "note", required = false) String note, Principal user) throws IOException {
    return evidence.upload(number, Uploads.of(evidence, file, type, personId, note), user.getName());
  }

  @GetMapping("/attachments")
  List<AttachmentView> attachments(@PathVariable("caseNumber") CaseNumber number) {
    return evidence.attachments(number);
  }

  /** The file itself, to be saved rather than shown: the browser must not guess another type from its bytes. */
  @GetMapping("/attachments/{id}")
  ResponseEntity<byte[]> download(@PathVariable("caseNumber") CaseNumber number, @PathVariable("id") long id) {
    Download file = evidence.download(number, id);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(file.contentType()))
        .contentLength(file.content().length)
        .body(file.content());
  }

  @PostMapping("/notes")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(Roles.CASE_WORK)
  CaseNoteView addNote(@PathVariable("caseNumber") CaseNumber number, @Valid @RequestBody NewNote note,
      Principal user) {
    return evidence.addNote(number, note, user.getName());
  }

  @GetMapping("/notes")
  List<CaseNoteView> notes(@PathVariable("caseNumber") CaseNumber number) {
    return evidence.notes(number);
  }
}
