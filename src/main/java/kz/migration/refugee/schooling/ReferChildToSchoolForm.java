package kz.migration.refugee.schooling;

import java.time.LocalDate;

/**
 * The form of {@code Task_ReferChildToSchool}: {@code referral} «referred» with the school (an id from the list, or
 * «other» and its name) and the day, or «not_needed» with the reason. Checked field by field in
 * {@link SchoolReferrals#refer}, which names the field it refuses.
 */
record ReferChildToSchoolForm(String referral, String schoolId, String schoolName, LocalDate referredOn,
    String notNeededReason) {

  static final String REFERRED = "referred";
  static final String NOT_NEEDED = "not_needed";
}
