package kz.migration.refugee.certification;

import kz.migration.refugee.shared.ProcessVariable;
import kz.migration.refugee.shared.TaskListVariables;

/**
 * The asylum-seeker certificate process ({@code bpmn/asylum-seeker-certificate.bpmn}) as code sees it: one instance
 * per asylum-seeker certificate, its business key the case number, started when the certificate is issued and ended
 * when it is reissued or stops being valid.
 */
public final class AsylumSeekerCertificateProcess {

  public static final String KEY = "asylum-seeker-certificate";
  public static final String BPMN = "bpmn/asylum-seeker-certificate.bpmn";

  public static final String START_CERTIFICATE_ISSUED = "StartEvent_CertificateIssued";
  public static final String GATEWAY_FORK = "Gateway_Fork";

  // Reissue before expiry
  /** Fires {@code refugee.procedure.asylum-seeker-certificate-reissue-lead} before the certificate's expiry. */
  public static final String TIMER_REISSUE_DUE = "Timer_ReissueDue";
  /** The certificate still in force (valid, its holder on the register) when the timer fires. */
  public static final String GATEWAY_STILL_IN_FORCE = "Gateway_StillInForce";
  public static final String TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE = "Task_ReissueAsylumSeekerCertificate";
  public static final String TASK_REISSUE_CERTIFICATE = "Task_ReissueCertificate";
  public static final String END_REISSUED = "EndEvent_Reissued";
  public static final String END_NO_LONGER_IN_FORCE = "EndEvent_NoLongerInForce";

  // Fingerprinting
  public static final String GATEWAY_FINGERPRINTS_NEEDED = "Gateway_FingerprintsNeeded";
  public static final String TASK_TAKE_FINGERPRINTS = "Task_TakeFingerprints";
  /** Non-interrupting timer on {@link #TASK_TAKE_FINGERPRINTS} at the end of its due day. */
  public static final String EVENT_FINGERPRINTS_OVERDUE = "Event_FingerprintsOverdue";
  public static final String TASK_HANDLE_OVERDUE_FINGERPRINTS = "Task_HandleOverdueFingerprints";
  public static final String END_OVERDUE_FINGERPRINTS_HANDLED = "EndEvent_OverdueFingerprintsHandled";
  /** Asynchronous, retried: each record is sent to the national system and its reference kept. */
  public static final String TASK_SEND_FINGERPRINTS = "Task_SendFingerprints";
  public static final String END_FINGERPRINTS_RECORDED = "EndEvent_FingerprintsRecorded";
  public static final String END_NO_FINGERPRINTS_NEEDED = "EndEvent_NoFingerprintsNeeded";

  // The certificate ends otherwise (grant, departure, closure)
  public static final String SUBPROCESS_CERTIFICATE_ENDED = "SubProcess_CertificateEnded";
  public static final String START_CERTIFICATE_ENDED = "StartEvent_CertificateEnded";
  public static final String END_CERTIFICATE_ENDED = "EndEvent_CertificateEnded";
  public static final String MESSAGE_CERTIFICATE_ENDED = "CertificateEnded";

  public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
  public static final ProcessVariable<Long> CERTIFICATE_ID = ProcessVariable.of("certificateId", Long.class);
  /** Whether the certificate replaces one about to expire: its persons were fingerprinted with the first. */
  public static final ProcessVariable<Boolean> REISSUE = ProcessVariable.of("reissue", Boolean.class);
  public static final ProcessVariable<String> CASE_NUMBER = TaskListVariables.CASE_NUMBER;
  public static final ProcessVariable<String> FAMILY_NAME = TaskListVariables.FAMILY_NAME;

  /** Text the forms show (names, birth dates), read when they are opened ({@code FormView}). */
  public static final ProcessVariable<String> CERTIFICATE_SUMMARY = ProcessVariable.of("certificateSummary", String.class);
  public static final ProcessVariable<String> FINGERPRINT_PERSONS = ProcessVariable.of("fingerprintPersons", String.class);

  private AsylumSeekerCertificateProcess() {}
}
