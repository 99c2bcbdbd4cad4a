package kz.migration.refugee.caseload;

import java.io.IOException;
import java.security.Principal;
import kz.migration.refugee.shared.FieldErrors;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Historic caseload import (administrators): the CSV as the request body, or as an uploaded file. */
@RestController
@RequestMapping("/api/import/caseload")
@PreAuthorize("hasRole('admins')")
class CaseloadController {

  private final CaseloadImport caseload;

  CaseloadController(CaseloadImport caseload) {
    this.caseload = caseload;
  }

  @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  ImportReport importCsv(@RequestBody byte[] csv, Principal user) {
    return caseload.importFile(csv, user.getName());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importUpload(@RequestPart("file") MultipartFile file, Principal user) throws IOException {
    if (file.isEmpty()) {
      throw FieldErrors.of("file", "файл пуст");
    }
    return caseload.importFile(file.getBytes(), user.getName());
  }

  /** The import running on this node, if any: families done of the families in its file. */
  @GetMapping("/progress")
  CaseloadImport.Progress progress() {
    return caseload.progress();
  }
}
