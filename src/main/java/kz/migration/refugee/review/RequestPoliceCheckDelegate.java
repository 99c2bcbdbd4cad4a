package kz.migration.refugee.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the police about the applicants (asynchronous step, retried, then an incident). */
@Component
class RequestPoliceCheckDelegate implements JavaDelegate {

  private final ReviewService review;

  RequestPoliceCheckDelegate(ReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ReviewVariables.POLICE_CHECK_RESULT,
        review.check((Long) execution.getVariable("caseId"), Agency.POLICE));
  }
}
