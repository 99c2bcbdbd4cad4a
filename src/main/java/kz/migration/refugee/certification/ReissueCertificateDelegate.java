package kz.migration.refugee.certification;

import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.CERTIFICATE_ID;

import java.time.Clock;
import java.time.LocalDate;
import kz.migration.refugee.registry.Certificates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReissueCertificate}: a new asylum-seeker certificate from today, the old one superseded; the new one's
 * own process instance starts with it.
 */
@Component
class ReissueCertificateDelegate implements JavaDelegate {

  private final Certificates certificates;
  private final AsylumSeekerCertificates process;
  private final Clock clock;

  ReissueCertificateDelegate(Certificates certificates, AsylumSeekerCertificates process, Clock clock) {
    this.certificates = certificates;
    this.process = process;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    process.certificate(execution);
    certificates.reissueAsylumSeeker(CERTIFICATE_ID.require(execution), LocalDate.now(clock));
  }
}
