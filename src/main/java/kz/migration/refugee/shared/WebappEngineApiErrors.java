package kz.migration.refugee.shared;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Tasklist and Cockpit do not call {@code /engine-rest}: they call the webapps' own JAX-RS application
 * ({@code /camunda/api/engine/*}, servlet "Engine Api", {@link EngineRestApplication}), which has no extension
 * point and none of engine REST's customizers. Its servlet takes extra providers by Jersey's
 * {@code jersey.config.server.provider.classnames} init parameter: the same exception mappers as engine REST
 * ({@link EngineRestErrors}), so that a rejected form answers 400 and a lost race 409 in Tasklist as well.
 * <p>
 * Camunda's initializer creates the servlet only if none of that name exists, and the order of the two
 * initializers is not defined: whichever runs first, the registration ends up with Camunda's application and
 * these providers.
 */
@Component
class WebappEngineApiErrors implements ServletContextInitializer {

  static final String SERVLET = "Engine Api";

  private final CamundaBpmProperties camunda;

  WebappEngineApiErrors(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void onStartup(ServletContext context) {
    ServletRegistration engineApi = context.getServletRegistration(SERVLET);
    if (engineApi == null) {
      engineApi = context.addServlet(SERVLET, ServletContainer.class);
      engineApi.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
      engineApi.setInitParameter("jakarta.ws.rs.Application", EngineRestApplication.class.getName());
    }
    engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
        EngineRestErrors.MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
  }
}
