package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.AuthenticatedPrincipal;
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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what. Users and groups are Camunda's (Admin webapp); one login serves Tasklist, Cockpit, Admin,
 * the product's pages and the domain API.
 * <ul>
 *   <li>Browsers log in once at {@code /login} (the product's form, {@link LoginPage}) into an HTTP session,
 *       checked against Camunda's identity service; the user's Camunda groups become roles
 *       ({@code ROLE_caseworkers}, ...). {@code POST /logout} (CSRF token) ends it for everything, and so does the
 *       webapps' own logout ({@link WebappLogout}).</li>
 *   <li>{@code /camunda/**}: the webapps take that login through Camunda's container-based authentication
 *       ({@link SpringSecurityWebappAuthentication}); their own login is closed. Their CSRF protection stays
 *       Camunda's ({@code CsrfPreventionFilter}); anonymous pages are sent to the login page, their API gets 401.</li>
 *   <li>{@code /api/**}: HTTP basic for machine clients (no session created), or the browser's session; a write
 *       made with the session needs Spring's CSRF token. Cross-site writes are refused by {@link ApiWriteGuard}
 *       either way; pages get a Content-Security-Policy ({@link PagePolicy}). Which roles reach which paths is
 *       decided here, before any input is read (so a forbidden role gets 403, never a validation answer); the
 *       controllers' {@code @PreAuthorize} repeat it where they are.</li>
 *   <li>{@code /cases/**}, {@code /search}: the product's case pages, as the domain API: the browser's session or
 *       HTTP basic; Tasklist frames them in its «Дело» tab, so this origin may frame them.</li>
 *   <li>{@code /engine-rest/**}: HTTP basic only, stateless, every path included (Camunda's own engine REST filter
 *       let the list of engines through without one); the user becomes the engine's current user.</li>
 *   <li>Actuator: health for anyone, Prometheus metrics for the operators; the OpenAPI description of {@code /api}
 *       and its Swagger UI for anyone logged in (HTTP basic or the browser's session).</li>
 *   <li>Every login path: failed logins throttled by source address ({@link LoginThrottle}).</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  /** The webapps' own login form's endpoint, closed: they take the product's login. */
  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/*/login/**";
  /** The product's pages use none of these browser features. */
  static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
      + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

  @Bean
  @Order(1)
  SecurityFilterChain domainApi(HttpSecurity http, IdentityService identityService, PagePolicy pagePolicy,
      @Value("${refugee.web.allowed-origins:}") List<String> allowedOrigins) throws Exception {
    // the pages (dashboard, audit) come back after the login; JSON calls are not remembered
    var pages = new HttpSessionRequestCache();
    pages.setRequestMatcher(r -> "GET".equals(r.getMethod()) && r.getRequestURI().endsWith(".html"));
    pages.setMatchingRequestParameterName(null);
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a
            .requestMatchers("/api/audit/**").hasAnyRole(Roles.AUDITORS, Roles.MANAGERS)
            // a caseload file: submitted by an administrator, confirmed by a manager (two people)
            .requestMatchers(HttpMethod.POST, "/api/import/caseload/*/confirmation").hasRole(Roles.MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/import/caseload/**").hasAnyRole(Roles.ADMINS, Roles.MANAGERS)
            .requestMatchers("/api/import/**").hasRole(Roles.ADMINS)
            .requestMatchers("/api/statistics/**").hasAnyRole(Roles.AUDITORS, Roles.MANAGERS)
            .requestMatchers(HttpMethod.POST, "/api/rechecks/runs").hasRole(Roles.MANAGERS)
            // accommodation centres are reference data: administrators keep them, case work reads them
            .requestMatchers(HttpMethod.GET, "/api/centres")
                .hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS, Roles.ADMINS)
            .requestMatchers("/api/centres", "/api/centres/**").hasRole(Roles.ADMINS)
            .requestMatchers(HttpMethod.GET, "/api/cases/*/voluntary-return")
                .hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS, Roles.AUDITORS)
            // a case's evidence and notes: auditors read them (each download recorded as a read), case roles add
            .requestMatchers(HttpMethod.GET, "/api/cases/*/attachments", "/api/cases/*/attachments/*",
                "/api/cases/*/notes", "/api/cases/*/fingerprints")
                .hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS, Roles.AUDITORS)
            .anyRequest().hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS))
        .httpBasic(Customizer.withDefaults())
        // the browser's login is read from its HTTP session; HTTP basic never creates one
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        // A write riding on the session cookie needs the CSRF token; one with its own credentials (HTTP basic)
        // has no cookie to ride on. ApiWriteGuard refuses cross-site writes either way (cached basic credentials).
        .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::sessionWrite))
        .requestCache(c -> c.requestCache(pages))
        .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()))
        .addFilterBefore(new ApiWriteGuard(allowedOrigins), CsrfFilter.class)
        .headers(h -> h
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(c -> c.policyDirectives(pagePolicy.directives()))
            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
        .authenticationProvider(camundaIdentity(identityService))
        .addFilterAfter(new EngineAuthenticationBridge(identityService), AuthorizationFilter.class)
        .build();
  }

  /**
   * The product's case pages: the case page, its certificates, the search, the way from a task or a filing to its
   * case. Read as the domain API is: the browser's session (pages come back after the login) or HTTP basic. They
   * read, but for the case page's small forms (caseworkers and managers, with the CSRF token); no engine user is
   * set, and a page's timeline is the whole case's. Tasklist shows the case page in its «Дело» tab, so this origin, and only this one, may frame them.
   */
  @Bean
  @Order(0)
  SecurityFilterChain productPages(HttpSecurity http, IdentityService identityService, PagePolicy pagePolicy,
      @Value("${refugee.web.allowed-origins:}") List<String> allowedOrigins) throws Exception {
    var pages = new HttpSessionRequestCache();
    pages.setMatchingRequestParameterName(null);
    return http.securityMatcher("/cases/**", "/search", "/centres", "/centres/**")
        .authorizeHttpRequests(a -> a
            // the centres' page: administrators keep the reference data
            .requestMatchers("/centres", "/centres/**").hasRole(Roles.ADMINS)
            // the case page's forms (a note, a file, a person's specific needs, a best-interests note) add to the
            // case: the case roles, not auditors
            .requestMatchers(HttpMethod.POST, "/cases/*/notes", "/cases/*/attachments",
                "/cases/*/persons/*/specific-needs", "/cases/*/best-interests-note")
                .hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS)
            .anyRequest().hasAnyRole(Roles.CASEWORKERS, Roles.MANAGERS, Roles.AUDITORS))
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::sessionWrite))
        .requestCache(c -> c.requestCache(pages))
        .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()))
        // the forms' writes: cross-site ones refused, as the API's (a browser's cached HTTP basic credentials)
        .addFilterBefore(ApiWriteGuard.writesOnly(allowedOrigins), CsrfFilter.class)
        .headers(h -> h
            .frameOptions(f -> f.sameOrigin())
            // not no-referrer: under it a browser sends its forms' posts with "Origin: null", which the write guard
            // must refuse; same-origin still sends nothing (a case number in an address) to another site
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .contentSecurityPolicy(c -> c.policyDirectives(pagePolicy.framedBySelf()))
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

  /**
   * Actuator: health for anyone (load balancers); the Prometheus metrics for the operators, with HTTP basic (the
   * scraper) or the browser's session, as the domain API; nothing else.
   */
  @Bean
  @Order(3)
  SecurityFilterChain actuator(HttpSecurity http, IdentityService identityService) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
            .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(Roles.OPERATORS)
            .anyRequest().denyAll())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()))
        .csrf(c -> c.disable())
        .authenticationProvider(camundaIdentity(identityService))
        .build();
  }

  /**
   * The domain API's OpenAPI description and its Swagger UI: for anyone logged in, with HTTP basic (a client's code
   * generator) or the browser's session; anonymous pages go to the login page, calls get 401. Read-only.
   */
  @Bean
  @Order(3)
  SecurityFilterChain openApiDocuments(HttpSecurity http, IdentityService identityService) throws Exception {
    return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
        .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET).authenticated().anyRequest().denyAll())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()))
        .csrf(c -> c.disable())
        .authenticationProvider(camundaIdentity(identityService))
        .build();
  }

  /**
   * The Admin webapp offers anyone to create a first administrator while camunda-admin has no member.
   * The first administrator comes from the environment (or the demo users), so the offer stays closed. The
   * webapps' own login is closed too: they take the product's login, which is throttled, logged and the one
   * that {@code /logout} ends.
   */
  @Bean
  @Order(4)
  SecurityFilterChain closedWebappEndpoints(HttpSecurity http) throws Exception {
    return http.securityMatcher("/camunda/api/admin/setup/**", WEBAPP_LOGIN)
        .authorizeHttpRequests(a -> a.anyRequest().denyAll())
        .csrf(c -> c.disable())
        .build();
  }

  /** Browsers: the login form, the webapps and the product's other pages (see class comment). */
  @Bean
  @Order(5)
  SecurityFilterChain browser(HttpSecurity http, IdentityService identityService, LoginPage loginPage,
      PagePolicy pagePolicy) throws Exception {
    var ownPages = new OrRequestMatcher(get("/login"), get("/logout"));
    // back to the page asked for after the login, at its own address (no "?continue" marker)
    var requestCache = new HttpSessionRequestCache();
    requestCache.setMatchingRequestParameterName(null);
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers(ownPages, get("/webjars/**"), get("/favicon.ico")).permitAll()
            // the container's error page for an answer already decided (e.g. the webapps' CSRF filter's 403), which
            // would otherwise turn into 401; asked for directly, /error is not found (DirectErrorRequests)
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/error")).permitAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").failureHandler(loginPage)
            .defaultSuccessUrl("/camunda/app/welcome/default/"))
        .logout(l -> l.logoutRequestMatcher(post("/logout")).logoutSuccessUrl("/login?logout"))
        // Camunda's CsrfPreventionFilter guards the webapps (their pages hand out its token); Spring's the rest
        .csrf(c -> c.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")))
        .requestCache(c -> c.requestCache(requestCache))
        .exceptionHandling(e -> e.authenticationEntryPoint(browserEntryPoint()))
        .authenticationProvider(camundaIdentity(identityService))
        .addFilterAfter(new WebappLogout(), AuthorizationFilter.class)
        .headers(h -> h.frameOptions(f -> f.sameOrigin())
            // the webapps send their own policy; a second header would be enforced as well
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(ownPages,
                new StaticHeadersWriter("Content-Security-Policy", pagePolicy.directives()))))
        .build();
  }

  /**
   * Tasklist, Cockpit and Admin take the user of the HTTP session from Spring Security: after its filter chain
   * (which sets the user), before Camunda's own authentication filter and the engine API allow-list (which read the
   * webapps' authentication from the HTTP session), as Camunda's OAuth2 starter registers it.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityWebappAuthentication.class.getName()));
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setName("webapp-container-authentication");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
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

  /** A write to the domain API carried by the browser's session cookie rather than by its own credentials. */
  static boolean sessionWrite(HttpServletRequest request) {
    return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null;
  }

  /** A browser navigating to a page (not a script's call, nor a client asking for anything). */
  private static RequestMatcher pageRequest() {
    var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);
    html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    return new AndRequestMatcher(r -> "GET".equals(r.getMethod()), html,
        r -> !"XMLHttpRequest".equals(r.getHeader("X-Requested-With")));
  }

  /** Anonymous: a page is sent to the login page; a call is 401, with a basic challenge only for clients. */
  private static AuthenticationEntryPoint apiEntryPoint() {
    var basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("Realm");
    var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
    entryPoints.put(pageRequest(), new LoginUrlAuthenticationEntryPoint("/login"));
    // a page's script whose HTTP session has ended: a basic challenge would open the browser's login dialog
    entryPoints.put(r -> r.getHeader(HttpHeaders.AUTHORIZATION) == null && r.getRequestedSessionId() != null,
        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
    var delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
    delegating.setDefaultEntryPoint(basic);
    return delegating;
  }

  private static AuthenticationEntryPoint browserEntryPoint() {
    var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
    entryPoints.put(pageRequest(), new LoginUrlAuthenticationEntryPoint("/login"));
    var delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
    // the webapps' API (their scripts go to the login page on a 401), and anything not a page
    delegating.setDefaultEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
    return delegating;
  }

  private static RequestMatcher get(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
  }

  private static RequestMatcher post(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
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
        User account = identityService.createUserQuery().userId(user).singleResult();
        String name = account == null ? "" : StaffNames.fullName(account);
        return UsernamePasswordAuthenticationToken.authenticated(new StaffMember(user, name.isEmpty() ? user : name),
            null, roles);
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }

  /**
   * Who logged in: the login ({@link #getName()}, what the engine, the records and the logs know) and the name the
   * pages greet them with, read once at login.
   */
  record StaffMember(String login, String displayName) implements AuthenticatedPrincipal, java.io.Serializable {
    @Override
    public String getName() {
      return login;
    }
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

  /**
   * The webapps' logout ({@code POST /camunda/api/admin/auth/user/{engine}/logout}) ends the product's login too,
   * once Camunda has accepted it (its CSRF token checked by its own filter): otherwise the next request would log
   * the webapps in again from the HTTP session.
   */
  static final class WebappLogout extends OncePerRequestFilter {
    private static final Pattern PATH = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/logout/?$");
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod())
          || !PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      chain.doFilter(request, response);
      if (response.getStatus() < 300) {
        logout.logout(request, response, auth);
      }
    }
  }
}
