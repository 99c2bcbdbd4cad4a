package kz.migration.refugee.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header of the product's pages needs: who is logged in, and which of the pages they may open, so that
 * nobody is offered a link that answers 403. The logout form's CSRF token is the request's own {@code _csrf}.
 */
@ControllerAdvice(annotations = ProductPage.class)
public class PageHeader {

  /** The model attribute the header reads. */
  public static final String ATTRIBUTE = "header";

  /** The header's model: the user's name and the pages offered to them. */
  public record Header(String user, boolean casePages, boolean statistics, boolean audit, boolean centres) {}

  @ModelAttribute(ATTRIBUTE)
  Header header(Authentication authentication) {
    return of(authentication);
  }

  /** For a page rendered outside the controller's model (an exception handler's, an error page's). */
  public static Header of(Authentication authentication) {
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
      return new Header(null, false, false, false, false);
    }
    boolean caseworker = has(authentication, Roles.CASEWORKERS);
    boolean manager = has(authentication, Roles.MANAGERS);
    boolean auditor = has(authentication, Roles.AUDITORS);
    String name = authentication.getPrincipal() instanceof SecurityConfiguration.StaffMember staff
        ? staff.displayName() : authentication.getName();
    return new Header(name, caseworker || manager || auditor, manager || auditor,
        manager || auditor, has(authentication, Roles.ADMINS));
  }

  private static boolean has(Authentication authentication, String role) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(("ROLE_" + role)::equals);
  }
}
