-- A child decided on their own grounds (a family without an adult: an unaccompanied or separated child) has a legal
-- representative recorded with the decision: who acts for the child (name, and the guardianship authority's act).
alter table person_decision add column guardian varchar(500);
