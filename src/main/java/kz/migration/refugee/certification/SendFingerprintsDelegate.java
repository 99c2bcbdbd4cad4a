package kz.migration.refugee.certification;

import kz.migration.refugee.registry.AsylumSeekerCertificate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendFingerprints} (asynchronous, retried): the prints recorded are registered in the national system and
 * each reference kept.
 */
@Component
class SendFingerprintsDelegate implements JavaDelegate {

  private final AsylumSeekerCertificates certificates;
  private final Fingerprints fingerprints;

  SendFingerprintsDelegate(AsylumSeekerCertificates certificates, Fingerprints fingerprints) {
    this.certificates = certificates;
    this.fingerprints = fingerprints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AsylumSeekerCertificate certificate = certificates.certificate(execution);
    fingerprints.sendPending(certificate.caseId(), certificate.caseNumber());
  }
}
