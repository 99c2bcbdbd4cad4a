package kz.migration.refugee.certification;

import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.FINGERPRINT_PERSONS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.migration.refugee.registry.AsylumSeekerCertificate;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TakeFingerprints}: lists the persons on the certificate of fingerprinting age not fingerprinted yet;
 * records the day and place the prints were taken, by the logged-in official. {@code Task_SendFingerprints} then sends
 * them to the national system.
 */
@Component
class TakeFingerprintsListener extends FormStep<TakeFingerprintsForm> {

  private final AsylumSeekerCertificates certificates;
  private final Fingerprints fingerprints;
  private final CertificateText text;

  TakeFingerprintsListener(AsylumSeekerCertificates certificates, Fingerprints fingerprints, CertificateText text,
      FormInput form) {
    super(TakeFingerprintsForm.class, form);
    this.certificates = certificates;
    this.fingerprints = fingerprints;
    this.text = text;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.text(FINGERPRINT_PERSONS, () -> text.fingerprinting(certificates.certificate(task)));
  }

  @Override
  protected void complete(DelegateTask task, TakeFingerprintsForm form, String actor) {
    AsylumSeekerCertificate certificate = certificates.certificate(task);
    fingerprints.taken(certificate, day(form.fingerprintsTakenOn()), form.fingerprintsPlace(), actor);
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw FieldErrors.of("fingerprintsTakenOn", "дата в формате ГГГГ-ММ-ДД");
    }
  }
}
