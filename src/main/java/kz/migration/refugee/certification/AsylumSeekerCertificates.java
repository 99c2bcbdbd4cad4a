package kz.migration.refugee.certification;

import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.CERTIFICATE_ID;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.REISSUE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import kz.migration.refugee.registry.AsylumSeekerCertificate;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.ProcedureProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What {@code bpmn/asylum-seeker-certificate.bpmn} asks of the data bank, by the process's certificate: its timer,
 * due dates and gateways ({@code ${asylumSeekerCertificates.reissueAt(execution)}} and the like). The certificate is
 * the one of the instance's {@code certificateId} and must belong to the case of its business key.
 */
@Component
public class AsylumSeekerCertificates {

  private final Fingerprints fingerprints;
  private final ProcedureProperties procedure;
  private final FingerprintingProperties fingerprinting;

  AsylumSeekerCertificates(Fingerprints fingerprints, ProcedureProperties procedure,
      FingerprintingProperties fingerprinting) {
    this.fingerprints = fingerprints;
    this.procedure = procedure;
    this.fingerprinting = fingerprinting;
  }

  /** How sending to the national fingerprint system is retried ({@code refugee.fingerprinting.retry-cycle}). */
  public String getRetryCycle() {
    return fingerprinting.retryCycle();
  }

  /** The day the reissue is prepared: the expiry less the reissue lead, from the start of that day. */
  public Date reissueAt(DelegateExecution execution) {
    return startOf(reissueOn(certificate(execution)));
  }

  /** The day the reissue is prepared for a certificate. */
  public LocalDate reissueOn(AsylumSeekerCertificate certificate) {
    return certificate.validUntil().minus(procedure.asylumSeekerCertificateReissueLead());
  }

  /** The reissue task is due by the certificate's last day. */
  public Date validUntil(VariableScope scope) {
    return Deadlines.dueBy(certificate(scope).validUntil());
  }

  /** Still valid and its holder on the register: the examination continues for them. */
  public boolean inForce(DelegateExecution execution) {
    return certificate(execution).inForce();
  }

  /** A first certificate (not a reissue) with persons on it still to be fingerprinted. */
  public boolean fingerprintsNeeded(DelegateExecution execution) {
    return !Boolean.TRUE.equals(REISSUE.get(execution)) && !fingerprints.due(certificate(execution)).isEmpty();
  }

  /** Fingerprinting is due by the end of the last day of its period from the certificate's issue. */
  public Date fingerprintsDue(VariableScope scope) {
    return Deadlines.dueBy(fingerprints.dueOn(certificate(scope)));
  }

  /** The day after the last day of fingerprinting: the overdue timer. */
  public Date fingerprintsOverdueAt(DelegateExecution execution) {
    return Deadlines.overdueAt(fingerprints.dueOn(certificate(execution)));
  }

  AsylumSeekerCertificate certificate(VariableScope scope) {
    AsylumSeekerCertificate certificate = fingerprints.certificate(CERTIFICATE_ID.require(scope));
    String businessKey = scope instanceof DelegateExecution e ? e.getProcessBusinessKey()
        : scope instanceof org.camunda.bpm.engine.delegate.DelegateTask t ? t.getExecution().getProcessBusinessKey()
        : null;
    if (!certificate.caseNumber().equals(businessKey)) {
      throw new IllegalStateException("certificate " + certificate.id() + " is not of the process's case");
    }
    return certificate;
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
