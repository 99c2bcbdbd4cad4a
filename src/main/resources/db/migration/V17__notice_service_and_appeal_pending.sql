-- A refusal is served on the applicant (handed over in person, or by post: the delivery date), and the appeal window
-- runs from that day; until then it does not start. Who recorded the service is the logged-in official.
alter table decision add column notice_served_how   varchar(16);
alter table decision add column notice_service_note varchar(2000);
alter table decision add column notice_recorded_by  varchar(64);
alter table decision add column notice_recorded_at  timestamp with time zone;

-- Who recorded an appeal (the logged-in official, from Tasklist or the API).
alter table appeal add column recorded_by varchar(64);

-- An appeal is pending on the case (against the refusal, or against an end of status at the recheck): nothing may
-- close the case or take anyone off the register meanwhile (non-refoulement). One flag, kept by the registry.
alter table family_case add column appeal_pending boolean not null default false;
update family_case set appeal_pending = true where status = 'APPEAL';
