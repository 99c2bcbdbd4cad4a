package kz.migration.refugee.certification;

import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.CASE_ID;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.CASE_NUMBER;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.CERTIFICATE_ID;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.FAMILY_NAME;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.KEY;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.MESSAGE_CERTIFICATE_ENDED;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.REISSUE;

import java.util.HashSet;
import java.util.Set;
import kz.migration.refugee.registry.AsylumSeekerCertificate;
import kz.migration.refugee.registry.AsylumSeekerCertificateEnded;
import kz.migration.refugee.registry.AsylumSeekerCertificateIssued;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.Certificates;
import kz.migration.refugee.shared.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One {@code asylum-seeker-certificate} instance per asylum-seeker certificate: started in the transaction that issues
 * the certificate, ended by message when the certificate stops being valid for another reason than its reissue. At
 * start, once the models are deployed, an instance is started for every valid certificate that has none (an
 * installation upgraded with certificates in force; idempotent: a second start finds them all).
 */
@Component
class CertificateProcesses {

  private static final Logger log = LoggerFactory.getLogger(CertificateProcesses.class);

  private final RuntimeService runtime;
  private final EngineCalls engine;
  private final CaseSearch caseSearch;
  private final Certificates certificates;

  CertificateProcesses(RuntimeService runtime, EngineCalls engine, CaseSearch caseSearch, Certificates certificates) {
    this.runtime = runtime;
    this.engine = engine;
    this.caseSearch = caseSearch;
    this.certificates = certificates;
  }

  @EventListener
  void issued(AsylumSeekerCertificateIssued issued) {
    start(issued.caseId(), issued.caseNumber(), issued.certificateId(), issued.reissue());
  }

  @EventListener
  void ended(AsylumSeekerCertificateEnded ended) {
    engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_CERTIFICATE_ENDED)
        .processInstanceBusinessKey(ended.caseNumber())
        .processInstanceVariableEquals(CERTIFICATE_ID.name(), ended.certificateId())
        .correlateAll());
  }

  /** Valid certificates without an instance (an upgraded installation) get one; returns how many were started. */
  @EventListener(PostDeployEvent.class)
  @Transactional
  public int startMissing() {
    Set<Long> followed = new HashSet<>();
    engine.asApplication(() -> runtime.createVariableInstanceQuery().variableName(CERTIFICATE_ID.name())
        .list().stream().map(VariableInstance::getValue).map(CERTIFICATE_ID::cast).forEach(followed::add));
    int started = 0;
    for (long id : certificates.validAsylumSeekerCertificateIds()) {
      if (followed.contains(id)) {
        continue;
      }
      AsylumSeekerCertificate certificate = certificates.asylumSeekerCertificate(id).orElseThrow();
      if (certificate.validUntil() == null) {
        continue;
      }
      // a certificate in force when this version was installed: its persons were certified, and fingerprinted if
      // the office did so, before; only its reissue is followed
      start(certificate.caseId(), certificate.caseNumber(), id, true);
      started++;
    }
    if (started > 0) {
      log.info("Asylum-seeker certificates now followed by their process: {}", started);
    }
    return started;
  }

  private void start(long caseId, String caseNumber, long certificateId, boolean reissue) {
    engine.asApplication(() -> runtime.createProcessInstanceByKey(KEY)
        .businessKey(caseNumber)
        .setVariable(CASE_ID.name(), caseId)
        .setVariable(CERTIFICATE_ID.name(), certificateId)
        .setVariable(REISSUE.name(), reissue)
        .setVariable(CASE_NUMBER.name(), caseNumber)
        .setVariable(FAMILY_NAME.name(), Variables.stringValue(caseSearch.familyName(caseId)))
        .execute());
  }
}
