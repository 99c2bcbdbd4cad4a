package kz.migration.refugee.schooling;

import kz.migration.refugee.shared.ProcessVariable;
import kz.migration.refugee.shared.TaskListVariables;

/**
 * The school referral process ({@code bpmn/school-referral.bpmn}): one instance per child and occasion, business key
 * the case number. Its own variables are ids and the one value its gateway needs; the child is found in the data bank.
 */
public final class SchoolReferralProcess {

  public static final String KEY = "school-referral";
  public static final String BPMN = "bpmn/school-referral.bpmn";

  public static final String START_SCHOOL_AGE_CHILD = "StartEvent_SchoolAgeChild";
  /** The caseworker names the school and the day of the referral, or records that none is needed and why. */
  public static final String TASK_REFER_CHILD_TO_SCHOOL = "Task_ReferChildToSchool";
  /** Reads {@link #CHILD_REFERRED}: referred goes on to the outcome, otherwise the referral ends. */
  public static final String GATEWAY_CHILD_REFERRED = "Gateway_ChildReferred";
  public static final String END_REFERRAL_NOT_NEEDED = "EndEvent_ReferralNotNeeded";
  /** The school's answer: enrolled, or refused with the reason. */
  public static final String TASK_RECORD_SCHOOL_ENROLMENT = "Task_RecordSchoolEnrolment";
  public static final String END_ENROLMENT_RECORDED = "EndEvent_EnrolmentRecorded";
  /** Non-interrupting, on {@link #TASK_RECORD_SCHOOL_ENROLMENT}: no outcome after the configured period. */
  public static final String TIMER_NO_ENROLMENT_OUTCOME = "Timer_NoEnrolmentOutcome";
  public static final String TASK_REMIND_SCHOOL_ENROLMENT = "Task_RemindSchoolEnrolment";
  public static final String END_ENROLMENT_REMINDED = "EndEvent_EnrolmentReminded";
  /** The child left the register while the referral was open: it ends (interrupting event subprocess). */
  public static final String SUBPROCESS_CHILD_LEFT_REGISTER = "SubProcess_ChildLeftRegister";
  public static final String START_CHILD_LEFT_REGISTER = "StartEvent_ChildLeftRegister";
  public static final String END_REFERRAL_CANCELLED = "EndEvent_ReferralCancelled";
  public static final String MESSAGE_CHILD_LEFT_REGISTER = "ChildLeftRegister";

  public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
  public static final ProcessVariable<Long> PERSON_ID = ProcessVariable.of("personId", Long.class);
  /** Set on completing {@link #TASK_REFER_CHILD_TO_SCHOOL} from the referral as recorded. */
  public static final ProcessVariable<Boolean> CHILD_REFERRED = ProcessVariable.of("childReferred", Boolean.class);
  public static final ProcessVariable<String> CASE_NUMBER = TaskListVariables.CASE_NUMBER;
  public static final ProcessVariable<String> FAMILY_NAME = TaskListVariables.FAMILY_NAME;

  /** The child and the referral as the forms show them, read when they are opened (names: never a variable). */
  public static final ProcessVariable<String> SCHOOL_CHILD = ProcessVariable.of("schoolChild", String.class);
  public static final String SCHOOL_OPTIONS = "schoolOptions";
  /** The select's value for a school not on the list, named in {@code schoolName}. */
  public static final String OTHER_SCHOOL = "other";

  private SchoolReferralProcess() {}
}
