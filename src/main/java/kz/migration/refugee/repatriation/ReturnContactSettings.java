package kz.migration.refugee.repatriation;

import java.util.Arrays;
import java.util.List;
import kz.migration.refugee.shared.ProcedureProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read by the model: the bodies contacted ({@code camunda:collection}), the adapter's retry cycle
 * ({@code camunda:failedJobRetryTimeCycle}), the reminder cycle and the reply timeout of each contact.
 * Periods come from {@link ProcedureProperties}.
 */
@Component
public class ReturnContactSettings {

  private final String retryCycle;
  private final ProcedureProperties procedure;

  ReturnContactSettings(@Value("${refugee.voluntary-return.retry-cycle:R3/PT10M}") String retryCycle,
      ProcedureProperties procedure) {
    this.retryCycle = retryCycle;
    this.procedure = procedure;
  }

  public String getRetryCycle() {
    return retryCycle;
  }

  /** Repeats until the contact is answered or times out, e.g. {@code R/P7D}. */
  public String getReminderCycle() {
    return "R/" + procedure.returnReminderInterval();
  }

  public String getReplyTimeout() {
    return procedure.returnReplyTimeout().toString();
  }

  public List<String> getContactBodies() {
    return Arrays.stream(ContactBody.values()).map(Enum::name).toList();
  }
}
