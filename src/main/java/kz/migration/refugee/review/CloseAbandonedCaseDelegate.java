package kz.migration.refugee.review;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseAbandonedCase}: a manager decided to close the case as abandoned; its members leave the register
 * with that reason and its certificates end. Who decided and when is read from the data bank.
 */
@Component
class CloseAbandonedCaseDelegate implements JavaDelegate {

  private final ReviewService review;
  private final ProcessCases cases;

  CloseAbandonedCaseDelegate(ReviewService review, ProcessCases cases) {
    this.review = review;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.closeAbandoned(cases.caseOf(execution));
  }
}
