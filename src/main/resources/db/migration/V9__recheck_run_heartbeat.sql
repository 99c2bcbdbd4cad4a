-- A scheduler pass records the node that runs it and when it last made progress, so that a pass whose node
-- died is not shown as running for ever: the node marks its own leftovers ABANDONED when it starts again,
-- and a pass without progress for refugee.recheck.stale-after is shown as STALE.
alter table recheck_run add column node varchar(255);
alter table recheck_run add column heartbeat_at timestamp with time zone;
update recheck_run set heartbeat_at = coalesce(finished_at, started_at);
