package kz.migration.refugee.casefile;

import kz.migration.refugee.registry.CaseNumber;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case page, its printable certificates, and the search that leads to it. Read-only: the page's placement forms
 * post to {@code reception}'s own controller.
 */
@Controller
@ProductPage
@PreAuthorize("hasAnyRole('caseworkers','managers','auditors')")
class CasePageController {

  private final CasePages pages;
  private final CaseSearchPage search;
  private final CertificateRenderer certificates;

  CasePageController(CasePages pages, CaseSearchPage search, CertificateRenderer certificates) {
    this.pages = pages;
    this.search = search;
    this.certificates = certificates;
  }

  @GetMapping("/cases/{caseNumber}")
  String casePage(@PathVariable CaseNumber caseNumber, Model model, Authentication user,
      jakarta.servlet.http.HttpServletRequest request) {
    model.addAttribute("page", pages.page(caseNumber));
    // the decision notice is the domain API's, which auditors do not reach
    model.addAttribute("mayPrintNotice", user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals("ROLE_" + Roles.CASEWORKERS) || a.equals("ROLE_" + Roles.MANAGERS)));
    // the placement forms carry the CSRF token of a browser's session; HTTP basic (no session) only reads the page
    model.addAttribute("mayPlace", request.getSession(false) != null && user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals("ROLE_" + Roles.CASEWORKERS) || a.equals("ROLE_" + Roles.MANAGERS)));
    return "casefile/case";
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
