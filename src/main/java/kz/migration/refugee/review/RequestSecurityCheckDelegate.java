package kz.migration.refugee.review;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks national security about the applicants (asynchronous step, retried, then an incident). */
@Component
class RequestSecurityCheckDelegate implements JavaDelegate {

  private final ReviewService review;

  private final ProcessCases cases;

  RequestSecurityCheckDelegate(ReviewService review, ProcessCases cases) {
    this.cases = cases;
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.check(cases.caseOf(execution), Agency.NATIONAL_SECURITY);
  }
}
