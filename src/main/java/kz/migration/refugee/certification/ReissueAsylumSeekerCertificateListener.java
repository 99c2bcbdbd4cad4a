package kz.migration.refugee.certification;

import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.CERTIFICATE_SUMMARY;

import kz.migration.refugee.registry.AsylumSeekerCertificate;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReissueAsylumSeekerCertificate}: shows the certificate about to expire and the persons on it; the
 * caseworker confirms, and {@code Task_ReissueCertificate} issues the new one.
 */
@Component
class ReissueAsylumSeekerCertificateListener extends FormStep<ReissueAsylumSeekerCertificateForm> {

  private final AsylumSeekerCertificates certificates;
  private final CertificateText text;

  ReissueAsylumSeekerCertificateListener(AsylumSeekerCertificates certificates, CertificateText text, FormInput form) {
    super(ReissueAsylumSeekerCertificateForm.class, form);
    this.certificates = certificates;
    this.text = text;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.text(CERTIFICATE_SUMMARY, () -> text.summary(certificates.certificate(task)));
  }

  @Override
  protected void complete(DelegateTask task, ReissueAsylumSeekerCertificateForm form, String actor) {
    if (!Boolean.TRUE.equals(form.reissueConfirmed())) {
      throw FieldErrors.of("reissueConfirmed", "подтвердите переоформление свидетельства");
    }
    AsylumSeekerCertificate certificate = certificates.certificate(task);
    if (!certificate.inForce()) {
      throw FieldErrors.of("reissueConfirmed", "свидетельство " + certificate.number() + " уже не действует");
    }
  }
}
