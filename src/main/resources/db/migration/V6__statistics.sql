-- Indexes for the programme's statistics (reporting): every figure is an aggregate over the register,
-- so these serve the period filters and the "latest decision of a case on a date" lookups.

-- The latest decision of a case up to a moment: by case, then time (outcome read from the index too).
create index ix_decision_case_time on decision (case_id, decided_at, outcome);
-- Decisions of a period by outcome.
create index ix_decision_outcome_time on decision (outcome, decided_at);
-- Petitions received in a period; petitions by decision deadline.
create index ix_petition_filed_on on petition (filed_on);
create index ix_petition_due_on on petition (decision_due_on);
-- Persons by case with what the refugee counts group by (index-only reads on PostgreSQL).
create index ix_person_case_stats on person (case_id, deregistered_on, citizenship, ethnicity);
-- Rechecks in flight by due date.
create index ix_recheck_due_on on recheck (due_on, open_case_id);
