package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CASE_NUMBER;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.KEY;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.WHOLE_FAMILY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.migration.refugee.shared.FieldErrors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** A refugee's written request to return home starts the {@code voluntary-return} process, checked as the start form is. */
@Service
public class ReturnRequests {

  private final RuntimeService runtime;

  ReturnRequests(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Returns the process instance id; bad input is reported field by field. */
  public String request(String caseNumber, LocalDate requestedOn, String requestReference, Boolean wholeFamily) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER.name(), caseNumber);
    variables.put("requestedOn", requestedOn == null ? null : requestedOn.toString());
    variables.put("requestReference", requestReference);
    variables.put(WHOLE_FAMILY.name(), wholeFamily);
    try {
      return runtime.startProcessInstanceByKey(KEY, variables).getId();
    } catch (BadUserRequestException e) {
      if (e.getCause() instanceof FieldErrors errors) {
        throw errors;
      }
      throw e;
    }
  }
}
