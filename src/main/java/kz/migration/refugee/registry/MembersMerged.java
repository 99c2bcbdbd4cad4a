package kz.migration.refugee.registry;

import java.util.Map;

/**
 * An intake merged into an existing case: each joining person of the intake ({@code personIds} keys) now is the
 * person of the existing case it maps to. Published inside the merging transaction.
 */
public record MembersMerged(long intakeCaseId, long caseId, Map<Long, Long> personIds) {

  public MembersMerged {
    personIds = Map.copyOf(personIds);
  }
}
