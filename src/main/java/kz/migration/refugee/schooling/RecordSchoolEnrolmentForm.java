package kz.migration.refugee.schooling;

import java.time.LocalDate;

/**
 * The form of {@code Task_RecordSchoolEnrolment}: {@code enrolment} «enrolled» or «refused» (then with the reason),
 * and the day. Checked in {@link SchoolReferrals#recordEnrolment}.
 */
record RecordSchoolEnrolmentForm(String enrolment, LocalDate enrolmentOn, String refusalReason) {

  static final String ENROLLED = "enrolled";
  static final String REFUSED = "refused";
}
