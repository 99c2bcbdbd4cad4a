package kz.migration.refugee.audit;

import kz.migration.refugee.shared.EnginePath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records reads of personal data: successful GETs of the domain API and of the product's pages (case page, its
 * certificates, search) that show a case, its people or documents, and the opening of a task's form (Tasklist, or engine REST) with the family's data.
 */
@Configuration
class PersonalDataReadRecording implements WebMvcConfigurer {

  /** Domain API paths that show personal data; statistics or run progress do not. */
  private static final Set<String> PERSONAL = Set.of("/api/petitions/{caseNumber}", "/api/registry/persons",
      "/api/registry/cases", "/api/registry/cases/{caseNumber}", "/api/cases/{caseNumber}/decisions",
      "/api/cases/{caseNumber}/decision-notice", "/api/cases/{caseNumber}/rechecks", "/api/cases/{caseNumber}/voluntary-return",
      "/api/audit/cases/{caseNumber}", "/cases/{caseNumber}", "/cases/{caseNumber}/certificates/{number}.pdf",
      "/search", "/api/cases/{caseNumber}/attachments", "/api/cases/{caseNumber}/attachments/{id}",
      "/api/cases/{caseNumber}/notes", "/api/cases/{caseNumber}/fingerprints");

  /** On the engine path, whichever spelling of it was used (engine name prefix, trailing slash). */
  private static final Pattern TASK_FORM = Pattern.compile(
      "^/task/([^/]+)/(?:form-variables|variables|rendered-form|deployed-form)$");

  private final PersonalDataReads reads;

  PersonalDataReadRecording(PersonalDataReads reads) {
    this.reads = reads;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var user = SecurityContextHolder.getContext().getAuthentication();
        if ("GET".equals(request.getMethod()) && response.getStatus() < 300 && pattern != null
            && PERSONAL.contains(pattern.toString()) && user != null && !emptySearch(pattern.toString(), request)) {
          @SuppressWarnings("unchecked")
          Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
          reads.record(user.getName(), "GET " + pattern, variables == null ? null : variables.get("caseNumber"),
              request.getParameter("q"));
        }
      }
    }).addPathPatterns("/api/**", "/cases/**", "/search");
  }

  /** The search page without a query shows only its form. */
  private static boolean emptySearch(String pattern, HttpServletRequest request) {
    return "/search".equals(pattern) && (request.getParameter("q") == null || request.getParameter("q").isBlank());
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taskFormReads(HistoryService history, IdentityService identity) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = EnginePath.of(request);
        Matcher task = TASK_FORM.matcher(path == null ? "" : path);
        if (!"GET".equals(request.getMethod()) || !task.matches()) {
          chain.doFilter(request, response);
          return;
        }
        // Runs inside the authentication filters (lowest precedence): the user is known here.
        String user = currentUser(identity);
        chain.doFilter(request, response);
        if (response.getStatus() < 300 && user != null) {
          reads.record(user, "task form", caseOf(history, task.group(1)), null);
        }
      }
    });
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("personal-data-reads");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  private static String currentUser(IdentityService identity) {
    var engineUser = identity.getCurrentAuthentication();
    if (engineUser != null) {
      return engineUser.getUserId();
    }
    Authentications webapp = Authentications.getCurrent();
    if (webapp != null) {
      for (UserAuthentication a : webapp.getAuthentications()) {
        return a.getIdentityId();
      }
    }
    return null;
  }

  private static String caseOf(HistoryService history, String taskId) {
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return null;
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
