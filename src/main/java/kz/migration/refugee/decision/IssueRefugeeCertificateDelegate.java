package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Status granted: each adult granted receives a refugee certificate, the children following them recorded on it. */
@Component
class IssueRefugeeCertificateDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  private final ProcessCases cases;

  IssueRefugeeCertificateDelegate(PetitionDecisionService decisions, ProcessCases cases) {
    this.cases = cases;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.grant(cases.caseOf(execution));
  }
}
