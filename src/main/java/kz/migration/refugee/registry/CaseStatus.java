package kz.migration.refugee.registry;

/** Where a family case stands. Changed only by the processes, through {@link FamilyCases}. */
public enum CaseStatus {
  /** Petition received, duplicate check pending; no case number yet. */
  INTAKE,
  /** Intake found to be an existing case and merged into it. */
  MERGED,
  REGISTERED,
  UNDER_REVIEW,
  GRANTED,
  REFUSED,
  APPEAL,
  CLOSED,
  /** Every member of a recognised family has left the register (status ended, returned, died...). */
  DEREGISTERED
}
