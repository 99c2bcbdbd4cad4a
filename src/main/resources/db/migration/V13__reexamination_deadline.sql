-- A refusal overturned on appeal reopens the examination under a deadline of its own, counted from the reopening.
-- The first examination's deadline, extension and miss stay as they were, for the auditors.
alter table petition add column reopened_on date;
alter table petition add column reexamination_due_on date;
alter table petition add column reexamination_deadline_missed boolean default false not null;
