package kz.migration.refugee.review;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Read by the model: {@code camunda:failedJobRetryTimeCycle="${agencyCheckSettings.retryCycle}"}. */
@Component
public class AgencyCheckSettings {

  private final String retryCycle;

  AgencyCheckSettings(@Value("${refugee.agency-checks.retry-cycle:R3/PT5M}") String retryCycle) {
    this.retryCycle = retryCycle;
  }

  public String getRetryCycle() {
    return retryCycle;
  }
}
