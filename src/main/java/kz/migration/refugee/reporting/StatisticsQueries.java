package kz.migration.refugee.reporting;

/**
 * The SQL of every figure, portable between PostgreSQL and H2, with bind parameters only. Kept in one place
 * so that the PostgreSQL benchmark explains exactly what the endpoints run.
 * <p>
 * A case's standing on a date is its latest decision up to the end of that day (a refusal later overturned on
 * appeal and granted counts from the granting decision); a person counts while not deregistered on or before
 * the date. Time bounds are bound as instants at the department's midnight ({@code :dayAfter} = the start of
 * the next day), so the decision indexes serve them.
 */
final class StatisticsQueries {

  /** Persons recognised on {@code :date}: the case's latest decision before {@code :dayAfter} is a grant. */
  private static final String RECOGNISED = """
       from person p
       join decision d on d.case_id = p.case_id
      where d.outcome = 'GRANTED' and d.decided_at < :dayAfter
        and not exists (select 1 from decision later
                         where later.case_id = d.case_id and later.decided_at < :dayAfter
                           and (later.decided_at > d.decided_at or (later.decided_at = d.decided_at and later.id > d.id)))
        and (p.deregistered_on is null or p.deregistered_on > :date)
      """;

  static final String REFUGEES_TOTAL =
      "select count(distinct p.case_id) as families, count(*) as persons" + RECOGNISED;

  static final String REFUGEES_BY_CITIZENSHIP =
      "select p.citizenship as group_key, count(distinct p.case_id) as families, count(*) as persons" + RECOGNISED
          + " group by p.citizenship order by 3 desc, 1";

  static final String REFUGEES_BY_ETHNICITY =
      "select p.ethnicity as group_key, count(distinct p.case_id) as families, count(*) as persons" + RECOGNISED
          + " group by p.ethnicity order by 3 desc, 1";

  /**
   * Petitions filed in {@code [:from, :to]} and the persons of their families. A petition merged into an
   * existing case is left out: its family is already counted with that case.
   */
  static final String PETITIONS_RECEIVED = """
      select count(distinct pe.case_id) as families, count(m.id) as persons
        from petition pe
        left join person m on m.case_id = pe.case_id
       where pe.filed_on between :from and :to
         and not exists (select 1 from family_case c where c.id = pe.case_id and c.status = 'MERGED')
      """;

  /** Decisions of {@code :outcome} taken in {@code [:fromTime, :toTime)}, and the persons of their families. */
  static final String DECISIONS = """
      select count(distinct d.id) as families, count(m.id) as persons
        from decision d
        left join person m on m.case_id = d.case_id
       where d.outcome = :outcome and d.decided_at >= :fromTime and d.decided_at < :toTime
      """;

  private static final String DEREGISTERED = " from person p where p.deregistered_on between :from and :to";

  static final String DEREGISTRATIONS_TOTAL =
      "select count(distinct p.case_id) as families, count(*) as persons" + DEREGISTERED;

  static final String DEREGISTRATIONS_BY_REASON =
      "select p.deregistration_reason as group_key, count(distinct p.case_id) as families, count(*) as persons"
          + DEREGISTERED + " group by p.deregistration_reason";

  /**
   * Of the persons deregistered in the period, those recognised the day before: their case's latest decision
   * before the deregistration date was a grant. The date becomes the session's midnight (the JVM's zone on
   * both databases, as the application's clock).
   */
  static final String DEREGISTRATIONS_PREVIOUSLY_RECOGNISED = """
      select count(distinct p.case_id) as families, count(*) as persons
        from person p
       where p.deregistered_on between :from and :to
         and exists (select 1 from decision d
                      where d.case_id = p.case_id and d.outcome = 'GRANTED'
                        and d.decided_at < cast(p.deregistered_on as timestamp with time zone)
                        and not exists (select 1 from decision later
                                         where later.case_id = d.case_id
                                           and later.decided_at < cast(p.deregistered_on as timestamp with time zone)
                                           and (later.decided_at > d.decided_at
                                                or (later.decided_at = d.decided_at and later.id > d.id))))
      """;

  /**
   * Petitions awaiting a decision whose deadline has passed ({@code < :today}) or comes by {@code :warnUntil};
   * a deadline falling today is still kept. A reopened examination runs under the re-examination's deadline.
   */
  static final String PETITIONS_AT_RISK = """
      select count(case when coalesce(pe.reexamination_due_on, pe.decision_due_on) < :today then 1 end) as past,
             count(case when coalesce(pe.reexamination_due_on, pe.decision_due_on) >= :today then 1 end) as near
        from petition pe
        join family_case c on c.id = pe.case_id
       where coalesce(pe.reexamination_due_on, pe.decision_due_on) <= :warnUntil
         and c.status in ('REGISTERED', 'UNDER_REVIEW')
      """;

  /** Rechecks in flight: due (the certificate still valid) or overdue (it expired before the recheck ended). */
  static final String RECHECKS_OPEN = """
      select count(case when r.due_on >= :today then 1 end) as due,
             count(case when r.due_on < :today then 1 end) as overdue
        from recheck r
       where r.open_case_id is not null
      """;

  private StatisticsQueries() {}
}
