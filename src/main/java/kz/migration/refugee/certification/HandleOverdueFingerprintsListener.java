package kz.migration.refugee.certification;

import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.FINGERPRINT_PERSONS;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandleOverdueFingerprints}: fingerprinting was not done by its due day; the manager sees who is still to
 * be fingerprinted and records the measures taken (kept out of engine history, as the recheck's). The caseworkers'
 * task stays open.
 */
@Component
class HandleOverdueFingerprintsListener extends FormStep<HandleOverdueFingerprintsForm> {

  private final AsylumSeekerCertificates certificates;
  private final CertificateText text;

  HandleOverdueFingerprintsListener(AsylumSeekerCertificates certificates, CertificateText text, FormInput form) {
    super(HandleOverdueFingerprintsForm.class, form);
    this.certificates = certificates;
    this.text = text;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.text(FINGERPRINT_PERSONS, () -> text.fingerprinting(certificates.certificate(task)));
  }

  @Override
  protected void complete(DelegateTask task, HandleOverdueFingerprintsForm form, String actor) {
    // nothing beyond the form's own check
  }
}
