/**
 * Schools for refugee children (programme item 18). Every child of school age on the register is referred to a school
 * at three occasions: the family's registration, the recognition of the child, and each annual recheck that extends
 * the family's certificates. Each referral is a process of its own ({@code bpmn/school-referral.bpmn}, one instance per
 * child, business key the case number): a caseworker names the school (from the reference list {@code school}, or in
 * free text) and the day of the referral, or records that none is needed and why; then the outcome (enrolled, or
 * refused with the reason), with a reminder when none is recorded in time. The referrals and their outcomes are kept in
 * {@code school_referral}; a child has one open referral at a time, and one leaving the register has theirs ended.
 * <p>
 * School age is counted on 1 September of the school year: the latest 1 September on or before the day asked about
 * ({@link SchoolAge}). Persons and their ages come from the registry's public services; the occasions are the
 * registry's and the decision's events, handled in the transaction that publishes them.
 */
package kz.migration.refugee.schooling;
