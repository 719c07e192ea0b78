-- Treatment plans (CarePlan in FHIR terms), drafted from a template when an eligible intake completes.
create table treatment_plan (
    id                       uuid primary key,
    patient_id               uuid          not null,
    intake_id                uuid          not null unique,
    template_id              uuid          not null references protocol_template (id),
    template_code            varchar(40)   not null,
    template_version         int           not null,
    plan_version             int           not null,
    status                   varchar(16)   not null,
    status_reason            varchar(500),
    primary_substance        varchar(32)   not null,
    sex                      varchar(16)   not null,
    weight_kg                numeric(5, 1) not null,
    weight_measured_on       date          not null,
    route                    varchar(8)    not null,
    dose_mg_per_kg           numeric(5, 3) not null,
    infusion_minutes         int,
    bolus_dose_mg_per_kg     numeric(5, 3),
    bolus_minutes            int,
    infusion_count           int           not null,
    infusion_interval_days   int           not null,
    first_infusion_day       int           not null,
    prerequisites            jsonb         not null,
    therapy_modality         varchar(40),
    therapy_session_count    int           not null,
    amino_acid_session_count int           not null,
    group_sessions_per_week  int           not null,
    family_session_count     int           not null,
    aftercare_weeks          int           not null,
    total_weeks              int           not null,
    relapse_rule             varchar(40)   not null,
    approved_by              varchar(200),
    approved_at              timestamptz,
    prescription_digest      varchar(64),
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    row_version              bigint        not null
);
create index treatment_plan_patient on treatment_plan (patient_id, created_at);
create index treatment_plan_status on treatment_plan (status, created_at);

-- Every change of a plan, with who, why and the plan as it was after the change.
create table treatment_plan_history (
    id          bigserial primary key,
    plan_id     uuid         not null references treatment_plan (id),
    plan_version int         not null,
    change      varchar(20)  not null,
    status      varchar(16)  not null,
    reason      varchar(500),
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    snapshot    jsonb        not null
);
create index treatment_plan_history_plan on treatment_plan_history (plan_id, id);

-- Completed intakes that got no plan: ineligible, needs review, or no template for the substance.
create table review_queue_entry (
    intake_id         uuid primary key,
    patient_id        uuid         not null,
    decision          varchar(16)  not null,
    reasons           jsonb        not null,
    primary_substance varchar(32)  not null,
    received_at       timestamptz  not null,
    resolution        varchar(500),
    resolved_by       varchar(200),
    resolved_at       timestamptz
);
create index review_queue_open on review_queue_entry (received_at) where resolved_at is null;
