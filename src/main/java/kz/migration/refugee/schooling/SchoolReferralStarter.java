package kz.migration.refugee.schooling;

import static kz.migration.refugee.schooling.SchoolReferralProcess.CASE_ID;
import static kz.migration.refugee.schooling.SchoolReferralProcess.CASE_NUMBER;
import static kz.migration.refugee.schooling.SchoolReferralProcess.FAMILY_NAME;
import static kz.migration.refugee.schooling.SchoolReferralProcess.KEY;
import static kz.migration.refugee.schooling.SchoolReferralProcess.MESSAGE_CHILD_LEFT_REGISTER;
import static kz.migration.refugee.schooling.SchoolReferralProcess.PERSON_ID;

import kz.migration.refugee.shared.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts and ends the referral processes, as the application: the occasions come from registration, decisions and
 * rechecks, mostly inside a running engine command (a delegate or a task listener), whose command context and
 * transaction the start joins; whoever caused the occasion needs no right to start this process.
 */
@Component
class SchoolReferralStarter {

  private final RuntimeService runtime;
  private final EngineCalls engine;

  SchoolReferralStarter(RuntimeService runtime, EngineCalls engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  void start(String caseNumber, long caseId, long personId, String familyName) {
    engine.asApplication(() -> runtime.createProcessInstanceByKey(KEY)
        .businessKey(caseNumber)
        .setVariable(CASE_ID.name(), caseId)
        .setVariable(PERSON_ID.name(), personId)
        .setVariable(CASE_NUMBER.name(), caseNumber)
        .setVariable(FAMILY_NAME.name(), familyName)
        .execute());
  }

  /** The child left the register: their referral's process ends, if it still runs. */
  void cancel(String caseNumber, long personId) {
    engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_CHILD_LEFT_REGISTER)
        .processInstanceBusinessKey(caseNumber)
        .processInstanceVariableEquals(PERSON_ID.name(), personId)
        .correlateAllWithResult());
  }
}
