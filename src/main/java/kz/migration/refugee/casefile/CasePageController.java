package kz.migration.refugee.casefile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kz.migration.refugee.evidence.Evidence;
import kz.migration.refugee.evidence.NewNote;
import kz.migration.refugee.evidence.Uploads;
import java.security.Principal;
import java.util.List;
import kz.migration.refugee.needs.SpecificNeeds;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.PageHeader;
import kz.migration.refugee.shared.ProductPage;
import kz.migration.refugee.shared.Roles;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page, its printable certificates, and the search that leads to it; the page's forms add a file or a
 * note to the case, change a person's specific needs or record a best-interests note (case roles only; auditors
 * read); its placement forms post to {@code reception}'s own controller.
 */
@Controller
@ProductPage
@PreAuthorize("hasAnyRole('caseworkers','managers','auditors')")
class CasePageController {

  /** The forms' fields as the page labels them, to name a refused one. */
  private static final Map<String, String> FORM_LABELS = Map.of("file", "Файл", "type", "Вид документа",
      "personId", "Лицо", "note", "Примечание", "text", "Текст заметки", "corrects", "Исправляет заметку №");

  private final CasePages pages;
  private final CaseSearchPage search;
  private final CertificateRenderer certificates;
  private final Evidence evidence;
  private final NeedsSection needsSection;
  private final SpecificNeeds needs;
  private final FingerprintSection fingerprintSection;
  private final SchoolSection schoolSection;

  CasePageController(CasePages pages, CaseSearchPage search, CertificateRenderer certificates, Evidence evidence,
      NeedsSection needsSection, SpecificNeeds needs, FingerprintSection fingerprintSection,
      SchoolSection schoolSection) {
    this.fingerprintSection = fingerprintSection;
    this.schoolSection = schoolSection;
    this.needsSection = needsSection;
    this.needs = needs;
    this.pages = pages;
    this.search = search;
    this.certificates = certificates;
    this.evidence = evidence;
  }

  @GetMapping("/cases/{caseNumber}")
  String casePage(@PathVariable CaseNumber caseNumber, Model model, Authentication user, HttpServletRequest request) {
    return page(caseNumber, model, user, request, Map.of(), null);
  }

  /** The page's file form (multipart); back to the page's list, or the page with the refused field in Russian. */
  @PostMapping("/cases/{caseNumber}/attachments")
  @PreAuthorize(Roles.CASE_WORK)
  Object addAttachment(@PathVariable CaseNumber caseNumber,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "personId", required = false) String personId,
      @RequestParam(name = "note", required = false) String note,
      Model model, Authentication user, HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Long person = personId == null || personId.isBlank() ? null : parsePerson(personId);
      evidence.upload(caseNumber, Uploads.of(evidence, file, type, person, note), user.getName());
    } catch (FieldErrors e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(caseNumber, model, user, request, e.errors(), null);
    }
    return new RedirectView(back(caseNumber, request, "documents-materials"), false, false, false);
  }

  /** The page's note form; a correction names the note it corrects. */
  @PostMapping("/cases/{caseNumber}/notes")
  @PreAuthorize(Roles.CASE_WORK)
  Object addNote(@PathVariable CaseNumber caseNumber, @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "corrects", required = false) String corrects, Model model, Authentication user,
      HttpServletRequest request, HttpServletResponse response) {
    try {
      Long corrected = corrects == null || corrects.isBlank() ? null : parseNote(corrects);
      evidence.addNote(caseNumber, new NewNote(text, corrected), user.getName());
    } catch (FieldErrors e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(caseNumber, model, user, request, e.errors(), text);
    }
    return new RedirectView(back(caseNumber, request, "notes"), false, false, false);
  }

  /** A file over the multipart limits: the page, naming the file field. */
  @ExceptionHandler(MultipartException.class)
  ModelAndView uploadTooLarge(MultipartException e, HttpServletRequest request, Authentication user) {
    var model = new org.springframework.ui.ExtendedModelMap();
    Object pattern = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String number = pattern instanceof Map<?, ?> variables ? String.valueOf(variables.get("caseNumber")) : "";
    ModelAndView page = new ModelAndView(page(new CaseNumber(number), model, user, request,
        Map.of("file", e instanceof MaxUploadSizeExceededException ? Evidence.tooLarge(evidence.maxSize())
            : "файл не выбран"), null), model);
    page.setStatus(HttpStatus.BAD_REQUEST);
    page.addObject(PageHeader.ATTRIBUTE, PageHeader.of(user));
    return page;
  }

  /**
   * The page again at the form's section; in Tasklist's «Дело» tab ({@code framed}, a field of the forms there) the
   * framed page, so that the tab keeps showing the case without a second header.
   */
  private static String back(CaseNumber caseNumber, HttpServletRequest request, String section) {
    return "/cases/" + caseNumber.value() + (request.getParameter("framed") == null ? "" : "?framed") + "#" + section;
  }

  private static Long parsePerson(String id) {
    try {
      return Long.valueOf(id.strip());
    } catch (NumberFormatException e) {
      throw FieldErrors.of("personId", "такого лица нет в деле");
    }
  }

  private static Long parseNote(String id) {
    try {
      return Long.valueOf(id.strip().replaceFirst("^№\\s*", ""));
    } catch (NumberFormatException e) {
      throw FieldErrors.of("corrects", "номер заметки — число");
    }
  }

  private String page(CaseNumber caseNumber, Model model, Authentication user, HttpServletRequest request,
      Map<String, String> errors, String noteText) {
    model.addAttribute("page", pages.page(caseNumber));
    model.addAttribute("needs", needsSection.of(caseNumber));
    model.addAttribute("fingerprints", fingerprintSection.of(caseNumber));
    model.addAttribute("schooling", schoolSection.of(caseNumber));
    boolean caseWork = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals("ROLE_" + Roles.CASEWORKERS) || a.equals("ROLE_" + Roles.MANAGERS));
    // the decision notice is the domain API's, which auditors do not reach; auditors add nothing
    model.addAttribute("mayPrintNotice", caseWork);
    model.addAttribute("mayAdd", caseWork);
    model.addAttribute("errors", errors.entrySet().stream()
        .map(e -> FORM_LABELS.getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue()).toList());
    model.addAttribute("noteText", noteText);
    // the forms' CSRF token only for a browser's session (HTTP basic clients have none, and get no session made)
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    model.addAttribute("csrf", token != null && request.getSession(false) != null ? token : null);
    // the placement forms likewise: a browser's session only, HTTP basic only reads the page
    model.addAttribute("mayPlace", caseWork && request.getSession(false) != null);
    return "casefile/case";
  }

  /** The person's full set of needs from the page's checkboxes (none ticked: none); back to the page. */
  @PostMapping("/cases/{caseNumber}/persons/{personId}/specific-needs")
  @PreAuthorize(Roles.CASE_WORK)
  String changeNeeds(@PathVariable CaseNumber caseNumber, @PathVariable long personId,
      @RequestParam(name = "specificNeeds", required = false) List<String> codes, Principal user,
      RedirectAttributes redirect, HttpServletRequest request) {
    try {
      needs.change(caseNumber, personId, codes == null ? List.of() : codes, user.getName());
      redirect.addFlashAttribute("needsMessage", "Особые потребности изменены");
    } catch (FieldErrors e) {
      redirect.addFlashAttribute("needsError", String.join("; ", e.errors().values()));
    }
    return "redirect:" + back(caseNumber, request, "needs");
  }

  @PostMapping("/cases/{caseNumber}/best-interests-note")
  @PreAuthorize(Roles.CASE_WORK)
  String bestInterests(@PathVariable CaseNumber caseNumber, @RequestParam(name = "note", required = false) String note,
      Principal user, RedirectAttributes redirect, HttpServletRequest request) {
    try {
      needs.recordBestInterests(caseNumber, note, user.getName());
      redirect.addFlashAttribute("needsMessage", "Заключение о наилучших интересах ребёнка внесено");
    } catch (FieldErrors e) {
      redirect.addFlashAttribute("needsError", String.join("; ", e.errors().values()));
    }
    return "redirect:" + back(caseNumber, request, "needs");
  }

  @GetMapping(value = "/cases/{caseNumber}/certificates/{number}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> certificate(@PathVariable CaseNumber caseNumber, @PathVariable String number) {
    byte[] pdf = certificates.render(pages.certificate(caseNumber, number));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(number + ".pdf").build().toString())
        .contentType(MediaType.APPLICATION_PDF).body(pdf);
  }

  @GetMapping("/search")
  String search(@RequestParam(name = "q", required = false) String q, Model model) {
    model.addAttribute("results", search.search(q));
    return "casefile/search";
  }

  /** A malformed or unknown case number, or a certificate not of the case: a Russian page, 404. */
  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  ModelAndView notFound(Exception e, Authentication user) throws Exception {
    if (e instanceof MethodArgumentTypeMismatchException
        && !(NestedExceptionUtils.getMostSpecificCause(e) instanceof NotFoundException)) {
      throw e;
    }
    ModelAndView page = new ModelAndView("casefile/not-found");
    page.setStatus(HttpStatus.NOT_FOUND);
    page.addObject(PageHeader.ATTRIBUTE, PageHeader.of(user));
    return page;
  }
}
