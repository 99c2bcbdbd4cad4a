package kz.migration.refugee.caseload;

import java.io.IOException;
import java.security.Principal;
import kz.migration.refugee.shared.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Historic caseload import by two people: an administrator submits the CSV (as the request body, or as an uploaded
 * file), which is checked whole and kept; a manager confirms it, and only then is it imported.
 */
@RestController
@RequestMapping("/api/import/caseload")
class CaseloadController {

  private final CaseloadSubmissions submissions;
  private final CaseloadImport caseload;

  CaseloadController(CaseloadSubmissions submissions, CaseloadImport caseload) {
    this.submissions = submissions;
    this.caseload = caseload;
  }

  @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasRole('admins')")
  CaseloadSubmissionView submitCsv(@RequestBody byte[] csv, Principal user) {
    return submissions.submit(csv, user.getName());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasRole('admins')")
  CaseloadSubmissionView submitUpload(@RequestPart("file") MultipartFile file, Principal user) throws IOException {
    if (file.isEmpty()) {
      throw FieldErrors.of("file", "файл пуст");
    }
    return submissions.submit(file.getBytes(), user.getName());
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('admins','managers')")
  CaseloadSubmissionView submission(@PathVariable long id) {
    return submissions.view(id);
  }

  /** A manager, other than the submitter, confirms the file: its cases enter the register now. */
  @PostMapping("/{id}/confirmation")
  @PreAuthorize("hasRole('managers')")
  ImportReport confirm(@PathVariable long id, Principal user) {
    return submissions.confirm(id, user.getName());
  }

  /** The import running on this node, if any: families done of the families in its file. */
  @GetMapping("/progress")
  @PreAuthorize("hasAnyRole('admins','managers')")
  CaseloadImport.Progress progress() {
    return caseload.progress();
  }
}
