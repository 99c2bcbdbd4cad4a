package kz.migration.refugee.review;

import java.util.List;
import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The collection of {@code SubProcess_AssessPerson}: who is assessed one by one, from the data bank when the
 * assessment starts (adults still to be decided; the children of a family without an adult).
 */
@Component("petitionExaminees")
public class PetitionExaminees {

  private final ReviewService review;
  private final ProcessCases cases;

  PetitionExaminees(ReviewService review, ProcessCases cases) {
    this.review = review;
    this.cases = cases;
  }

  public List<Long> toAssess(DelegateExecution execution) {
    return review.personsToAssess(cases.caseOf(execution));
  }
}
