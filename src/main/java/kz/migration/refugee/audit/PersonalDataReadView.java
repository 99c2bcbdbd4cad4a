package kz.migration.refugee.audit;

import java.time.Instant;

record PersonalDataReadView(Instant readAt, String userId, String what, String caseNumber, String search) {}
