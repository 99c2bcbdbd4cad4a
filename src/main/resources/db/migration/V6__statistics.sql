-- Indexes for the programme's statistics (reporting). The census of recognised refugees reads the whole
-- register anyway (hash joins over person and decision, see README "Statistics"); these serve the period
-- figures, which must not scan the register. The latest-decision lookups use ix_decision_case (V1).

-- Decisions of a period by outcome (granted / refused in the period, per month).
create index ix_decision_outcome_time on decision (outcome, decided_at);
-- Petitions received in a period; petitions by decision deadline (near and past it).
create index ix_petition_filed_on on petition (filed_on);
create index ix_petition_due_on on petition (decision_due_on);
