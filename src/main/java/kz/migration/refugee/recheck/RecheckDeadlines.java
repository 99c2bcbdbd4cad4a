package kz.migration.refugee.recheck;

import java.util.Date;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Due date of the recheck's own steps, for the model's {@code camunda:dueDate="${recheckDeadlines.recheck(execution)}"}:
 * the expiry of the family's refugee certificate, read from the data bank for the process's recheck.
 * Public, as the models' expressions call it: the expression language only sees public classes' methods.
 */
@Component
public class RecheckDeadlines {

  private final RecheckService rechecks;
  private final RecheckOfProcess recheckOfProcess;

  RecheckDeadlines(RecheckService rechecks, RecheckOfProcess recheckOfProcess) {
    this.rechecks = rechecks;
    this.recheckOfProcess = recheckOfProcess;
  }

  /** Verification and review: by the day the certificate expires, after which the recheck is overdue. */
  public Date recheck(DelegateExecution execution) {
    return Deadlines.dueBy(rechecks.dueOn(recheckOfProcess.of(execution)));
  }
}
