-- The order of work a family's needs call for, as the task-priority table last answered it: each task a case
-- creates reads it here, and the table is evaluated again (and that evaluation kept in its decision history) only
-- when the inputs or the deployed table have changed.
create table work_order (
    case_id                bigint      not null primary key references family_case (id),
    child_alone            boolean     not null,
    torture_or_medical     boolean     not null,
    other_need             boolean     not null,
    decision_definition_id varchar(64) not null,
    priority               integer     not null,
    accelerated            boolean     not null,
    evaluated_at           timestamp   not null,
    version                integer     not null
);
