-- Appointments generated when a plan is activated: infusions, therapy, group, family, amino-acid sessions.
alter table treatment_plan add column start_date date;
alter table treatment_plan add column completed_infusions int not null default 0;

create table appointment (
    id               uuid primary key,
    plan_id          uuid         not null references treatment_plan (id),
    patient_id       uuid         not null,
    plan_version     int          not null,
    kind             varchar(24)  not null,
    sequence_no      int          not null,
    starts_at        timestamptz  not null,
    duration_minutes int          not null,
    status           varchar(20)  not null,
    status_reason    varchar(500),
    proposed_start   timestamptz,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    row_version      bigint       not null
);
create index appointment_day on appointment (starts_at);
create index appointment_plan on appointment (plan_id, kind, sequence_no);
create index appointment_patient on appointment (patient_id, starts_at);
