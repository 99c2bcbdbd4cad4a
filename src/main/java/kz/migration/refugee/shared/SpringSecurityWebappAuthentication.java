package kz.migration.refugee.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the product's login (Spring Security's HTTP session) to Tasklist, Cockpit and Admin through Camunda's
 * container-based authentication: the webapps take the user from here instead of from their own login form. The
 * groups are read from the engine, as the webapps' own login does. Public, with a public constructor: Camunda's
 * filter instantiates it by its class name.
 */
public class SpringSecurityWebappAuthentication extends ContainerBasedAuthenticationProvider {

  public SpringSecurityWebappAuthentication() {
    // instantiated by ContainerBasedAuthenticationFilter
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    String user = auth.getName();
    AuthenticationResult result = AuthenticationResult.successful(user);
    result.setGroups(engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList());
    result.setTenants(engine.getIdentityService().createTenantQuery().userMember(user).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList());
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // no challenge: a Basic one would open the browser's login dialog; the login is the product's page
  }
}
