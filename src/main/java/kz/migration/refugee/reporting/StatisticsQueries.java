package kz.migration.refugee.reporting;

/**
 * The SQL of every figure, portable between PostgreSQL and H2, with bind parameters only. Kept in one place
 * so that the PostgreSQL benchmark explains exactly what the endpoints run.
 * <p>
 * Status is decided per person: a person is recognised from the day their grant took effect
 * ({@code person.recognised_on}, kept by the registry) while not deregistered on or before the date, whatever
 * the rest of the family's standing (a refusal later overturned on appeal and granted counts from the grant). A
 * decision counts by what it decided for each person ({@code person_decision}); decision time bounds are bound
 * as instants at the department's midnight ({@code :fromTime}, {@code :toTime} = the start of the next day), so
 * the decision indexes serve them.
 */
final class StatisticsQueries {

  /**
   * The census read model: {@code census_count} holds, per day, how many persons and families became recognised
   * (+) or left the register (-) that day, in total and per citizenship and ethnicity; the census on a date is the
   * sum of the days up to it, so it reads a row per day and group whatever the number of persons. Kept by triggers
   * on {@code person} in the same transaction as every change (grants, deregistrations, reinstatements,
   * corrections, imports, backdated or not), from {@code census_change} (each family's own changes, derived by
   * the view {@code census_change_due} from the columns the recount below reads); migration 32 filled it from the
   * register. A family counts in a group from the first day one of its members in that group is recognised to the
   * day the last of them leaves, as the recount's {@code count(distinct case_id)} counts it.
   */
  static final String REFUGEES_TOTAL = """
      select coalesce(sum(c.families), 0) as families, coalesce(sum(c.persons), 0) as persons
        from census_count c
       where c.dimension = 'total' and c.on_day <= :date
      """;

  /** A breakdown on {@code :date} ({@code :dimension}: citizenship or ethnicity), as the recount orders it. */
  static final String REFUGEES_BY = """
      select g.group_key, g.families, g.persons
        from (select c.group_key, sum(c.families) as families, sum(c.persons) as persons
                from census_count c
               where c.dimension = :dimension and c.on_day <= :date
               group by c.group_key) g
       where g.persons > 0
       order by 3 desc, 1
      """;

  /**
   * The full recount from the register, kept as the reference the read model is checked against (tests and
   * the benchmark): persons recognised on {@code :date}, their grant took effect by then and they are still on
   * the register.
   */
  private static final String RECOGNISED = """
       from person p
      where p.recognised_on <= :date
        and (p.deregistered_on is null or p.deregistered_on > :date)
      """;

  static final String RECOUNT_TOTAL =
      "select count(distinct p.case_id) as families, count(*) as persons" + RECOGNISED;

  static final String RECOUNT_BY_CITIZENSHIP =
      "select p.citizenship as group_key, count(distinct p.case_id) as families, count(*) as persons" + RECOGNISED
          + " group by p.citizenship order by 3 desc, 1";

  static final String RECOUNT_BY_ETHNICITY =
      "select p.ethnicity as group_key, count(distinct p.case_id) as families, count(*) as persons" + RECOGNISED
          + " group by p.ethnicity order by 3 desc, 1";

  /**
   * Petitions filed in {@code [:from, :to]} and the persons of their families. A petition merged into an
   * existing case is left out: its family is already counted with that case. The members are counted by their
   * {@code case_id}, so that {@code ix_person_case} alone answers.
   */
  static final String PETITIONS_RECEIVED = """
      select count(distinct pe.case_id) as families, count(m.case_id) as persons
        from petition pe
        left join person m on m.case_id = pe.case_id
       where pe.filed_on between :from and :to
         and not exists (select 1 from family_case c where c.id = pe.case_id and c.status = 'MERGED')
      """;

  /**
   * Persons decided in {@code [:fromTime, :toTime)} by outcome (GRANTED, REFUSED; an outcome without any is left
   * out), each once, and their families: a family counts when any of its members was, so a family partly granted
   * counts with the granted and the refused. Both outcomes in one query, so the decisions are read once.
   */
  static final String DECISIONS = """
      select pd.outcome, count(distinct d.case_id) as families, count(distinct pd.person_id) as persons
        from person_decision pd
        join decision d on d.id = pd.decision_id
       where d.decided_at >= :fromTime and d.decided_at < :toTime
       group by pd.outcome
      """;

  /**
   * {@link #PETITIONS_RECEIVED} for each month of the year {@code [:from, :to]} in one query, by the month the
   * petition was filed; months without petitions are left out.
   */
  static final String PETITIONS_RECEIVED_BY_MONTH = """
      select r.in_month, count(distinct r.case_id) as families, count(r.member_case) as persons
        from (select extract(month from pe.filed_on) as in_month, pe.case_id, m.case_id as member_case
                from petition pe
                left join person m on m.case_id = pe.case_id
               where pe.filed_on between :from and :to
                 and not exists (select 1 from family_case c where c.id = pe.case_id and c.status = 'MERGED')) r
       group by r.in_month
      """;

  /**
   * {@link #DECISIONS} for each month of the year {@code [:fromTime, :toTime)} in one query: a decision falls in
   * the month before the first month start it precedes ({@code :month2} to {@code :month12}, the department's
   * midnight as in {@link #DECISIONS}), else in December; a month without any is left out.
   */
  static final String DECISIONS_BY_MONTH = """
      select x.outcome, x.in_month, count(distinct x.case_id) as families, count(distinct x.person_id) as persons
        from (select case
               when d.decided_at < :month2 then 1
               when d.decided_at < :month3 then 2
               when d.decided_at < :month4 then 3
               when d.decided_at < :month5 then 4
               when d.decided_at < :month6 then 5
               when d.decided_at < :month7 then 6
               when d.decided_at < :month8 then 7
               when d.decided_at < :month9 then 8
               when d.decided_at < :month10 then 9
               when d.decided_at < :month11 then 10
               when d.decided_at < :month12 then 11
               else 12 end as in_month, pd.outcome, d.case_id, pd.person_id
                from person_decision pd
                join decision d on d.id = pd.decision_id
               where d.decided_at >= :fromTime and d.decided_at < :toTime) x
       group by x.outcome, x.in_month
      """;

  private static final String DEREGISTERED = " from person p where p.deregistered_on between :from and :to";

  static final String DEREGISTRATIONS_TOTAL =
      "select count(distinct p.case_id) as families, count(*) as persons" + DEREGISTERED;

  static final String DEREGISTRATIONS_BY_REASON =
      "select p.deregistration_reason as group_key, count(distinct p.case_id) as families, count(*) as persons"
          + DEREGISTERED + " group by p.deregistration_reason";

  /** Of the persons deregistered in the period, those recognised the day before (refused members never were). */
  static final String DEREGISTRATIONS_PREVIOUSLY_RECOGNISED = """
      select count(distinct p.case_id) as families, count(*) as persons
        from person p
       where p.deregistered_on between :from and :to
         and p.recognised_on < p.deregistered_on
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

  /**
   * Open cases (the procedure under way: from intake to an appeal) and their persons on the register, by the specific
   * need the persons have now; a family counts once under each need any of its members has.
   */
  private static final String OPEN_WITH_NEEDS = """
        from person_specific_need n
        join person p on p.id = n.person_id
        join family_case c on c.id = p.case_id
       where c.status in ('INTAKE', 'REGISTERED', 'UNDER_REVIEW', 'APPEAL')
         and p.deregistered_on is null
      """;

  static final String OPEN_CASES_BY_NEED =
      "select n.need as group_key, count(distinct p.case_id) as families, count(distinct p.id) as persons"
          + OPEN_WITH_NEEDS + " group by n.need";

  /** Open cases with any specific need, and their persons with any. */
  static final String OPEN_CASES_WITH_NEEDS =
      "select count(distinct p.case_id) as families, count(distinct p.id) as persons" + OPEN_WITH_NEEDS;

  private StatisticsQueries() {}
}
