package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what. Users and groups are Camunda's (Admin webapp), so one login serves Tasklist,
 * Cockpit, engine REST and the domain API.
 * <ul>
 *   <li>{@code /api/**}: HTTP basic against Camunda's identity service; the user's Camunda groups
 *       become roles ({@code ROLE_caseworkers}, ...). Stateless, hence no CSRF token: cross-site writes are
 *       refused by {@link ApiWriteGuard}; pages get a Content-Security-Policy ({@link PagePolicy}). Which roles reach
 *       which paths is decided here, before any input is read (so a forbidden role gets 403, never a
 *       validation answer); the controllers' {@code @PreAuthorize} repeat it where they are.</li>
 *   <li>{@code /cases/**}, {@code /search}: the product's pages, HTTP basic for now (see {@link #productPages}).</li>
 *   <li>{@code /engine-rest/**}: the same HTTP basic login, every path included (Camunda's own engine REST filter
 *       let the list of engines through without one); the user becomes the engine's current user.</li>
 *   <li>{@code /camunda/**}: the webapps' own session login and CSRF filter.</li>
 *   <li>Actuator: health only.</li>
 *   <li>Every login path: failed logins throttled by source address ({@link LoginThrottle}).</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  /** The product's pages use none of these browser features. */
  static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
      + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

  @Bean
  @Order(1)
  SecurityFilterChain domainApi(HttpSecurity http, IdentityService identityService, PagePolicy pagePolicy,
      @Value("${refugee.web.allowed-origins:}") List<String> allowedOrigins) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a
            .requestMatchers("/api/audit/**").hasAnyRole(Roles.AUDITORS, Roles.MANAGERS)
            // a caseload file: submitted by an administrator, confirmed by a manager (two people)
            .requestMatchers(HttpMethod.POST, "/api/import/caseload/*/confirmation").hasRole(Roles.MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/import/caseload/**").hasAnyRole(Roles.ADMINS, Roles.MANAGERS)
            .requestMatchers("/api/import/**").hasRole(Roles.ADMINS)
            .requestMatchers("/api/statistics/**").hasAnyRole(Roles.AUDITORS, Roles.MANAGERS)
            .requestMatchers(HttpMethod.POST, "/api/rechecks/runs").hasRole(Roles.MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/cases/*/voluntary-return")
                .hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS, Roles.AUDITORS)
            .anyRequest().hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS))
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No CSRF token (stateless, HTTP basic); a browser's cached credentials are guarded by ApiWriteGuard.
        .csrf(c -> c.disable())
        .addFilterBefore(new ApiWriteGuard(allowedOrigins), BasicAuthenticationFilter.class)
        .headers(h -> h
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(c -> c.policyDirectives(pagePolicy.directives()))
            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
        .authenticationProvider(camundaIdentity(identityService))
        .addFilterAfter(new EngineAuthenticationBridge(identityService), AuthorizationFilter.class)
        .build();
  }

  /**
   * The product's own pages: the case page, its certificates, the search. HTTP basic as for the domain API for
   * now; GET only, stateless, hence no CSRF token yet (the header's logout form carries one once there is).
   * No engine user is set: the page only reads, and its timeline is the whole case's. Its paths meet no other
   * chain's; it only has to come before the webapps' catch-all.
   */
  @Bean
  @Order(0)
  SecurityFilterChain productPages(HttpSecurity http, IdentityService identityService, PagePolicy pagePolicy)
      throws Exception {
    return http.securityMatcher("/cases/**", "/search")
        .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS, Roles.AUDITORS))
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .headers(h -> h
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(c -> c.policyDirectives(pagePolicy.directives()))
            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
        .authenticationProvider(camundaIdentity(identityService))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRest(HttpSecurity http, IdentityService identityService) throws Exception {
    // matched on the whole path: engine REST is a servlet of its own, beside Spring MVC's
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.realmName("default"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless HTTP basic, no cookie to ride on: no CSRF token, as for the domain API.
        .csrf(c -> c.disable())
        .authenticationProvider(camundaIdentity(identityService))
        .addFilterAfter(new EngineAuthenticationBridge(identityService), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
            .anyRequest().denyAll())
        .csrf(c -> c.disable())
        .build();
  }

  /**
   * The Admin webapp offers anyone to create a first administrator while camunda-admin has no member.
   * The first administrator comes from the environment (or the demo users), so the offer stays closed.
   */
  @Bean
  @Order(4)
  SecurityFilterChain adminSetup(HttpSecurity http) throws Exception {
    return http.securityMatcher("/camunda/api/admin/setup/**")
        .authorizeHttpRequests(a -> a.anyRequest().denyAll())
        .csrf(c -> c.disable())
        .build();
  }

  /** The webapps authenticate through Camunda's own session login (see class comment). */
  @Bean
  @Order(5)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  /** Before Spring Security and Camunda's filters: a refused address reaches no password check. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.addUrlPatterns(LoginThrottleFilter.URL_PATTERNS);
    registration.setName("login-throttle");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 50);
    return registration;
  }

  /** {@code /error} is where the container forwards errors; asked for directly, it is not found. */
  @Bean
  FilterRegistrationBean<DirectErrorRequests> directErrorRequests() {
    var registration = new FilterRegistrationBean<>(new DirectErrorRequests());
    registration.addUrlPatterns("/error", "/error/*");
    registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST);
    registration.setName("direct-error-requests");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 60);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestGuard> engineRestGuard() {
    var registration = new FilterRegistrationBean<>(new EngineRestGuard());
    registration.addUrlPatterns(ENGINE_REST);
    registration.setName("engine-rest-guard");
    registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 90);
    return registration;
  }

  private static AuthenticationProvider camundaIdentity(IdentityService identityService) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (user == null || password == null || !identityService.checkPassword(user, password.toString())) {
          throw new BadCredentialsException("Bad credentials");
        }
        List<GrantedAuthority> roles = identityService.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId).<GrantedAuthority>map(g -> new SimpleGrantedAuthority("ROLE_" + g)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }

  /** Makes the logged-in user the engine's current user, so that starts and completions carry the user id. */
  static final class EngineAuthenticationBridge extends OncePerRequestFilter {
    private final IdentityService identityService;

    EngineAuthenticationBridge(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth == null || !auth.isAuthenticated()) {
        chain.doFilter(request, response);
        return;
      }
      List<String> groups = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
      identityService.setAuthentication(auth.getName(), groups);
      try {
        chain.doFilter(request, response);
      } finally {
        identityService.clearAuthentication();
      }
    }
  }
}
