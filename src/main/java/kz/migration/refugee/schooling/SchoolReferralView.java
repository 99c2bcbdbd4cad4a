package kz.migration.refugee.schooling;

import java.time.LocalDate;

/**
 * A child's referral to school as the API and the case page show it. {@code trigger}: REGISTRATION, RECOGNITION or
 * RECHECK; {@code schoolId} null for a school named in free text; {@code outcome} null while open, else ENROLLED,
 * REFUSED, NOT_NEEDED or CANCELLED (the child left the register first), with {@code outcomeReason} for all but ENROLLED.
 */
public record SchoolReferralView(long id, long personId, String trigger, Long schoolId, String schoolName,
    LocalDate referredOn, String outcome, String outcomeReason, LocalDate outcomeOn, String recordedBy) {}
