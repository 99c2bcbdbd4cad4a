package kz.migration.refugee.shared;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Engine calls of the application's own services made while a user is logged in (the domain API starting a
 * petition, correlating an appeal the service has checked and recorded). The engine's generic API refuses
 * such operations to people ({@link ClientCommandGuard}); here the domain service has already applied the
 * procedure's rules, so the call runs as the application: the user stays recorded as the one acting, the
 * roles' engine authorizations are not consulted.
 */
@Component
public class EngineCalls {

  private final ProcessEngineConfigurationImpl engine;

  EngineCalls(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  public <T> T asApplication(Supplier<T> call) {
    Command<T> command = context -> context.runWithoutAuthorization(call::get);
    return engine.getCommandExecutorTxRequired().execute(command);
  }

  public void asApplication(Runnable call) {
    asApplication(() -> {
      call.run();
      return null;
    });
  }
}
