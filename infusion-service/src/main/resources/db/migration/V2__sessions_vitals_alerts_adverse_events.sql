-- What infusion-service knows from others: treatment consents (intake) and plan status (treatment).
create table treatment_consent (
    consent_id uuid primary key,
    patient_id uuid        not null,
    expires_on date,
    revoked_at timestamptz,
    updated_at timestamptz not null
);
create index treatment_consent_patient on treatment_consent (patient_id);

create table plan_status (
    plan_id    uuid primary key,
    patient_id uuid        not null,
    status     varchar(16) not null,
    updated_at timestamptz not null
);

-- One infusion session per booked infusion appointment.
create table infusion_session (
    id                       uuid primary key,
    appointment_id           uuid          not null unique,
    patient_id               uuid          not null,
    plan_id                  uuid          not null,
    plan_version             int           not null,
    infusion_number          int           not null,
    infusion_count           int           not null,
    scheduled_start          timestamptz   not null,
    visit_minutes            int           not null,
    route                    varchar(8)    not null,
    dose_mg_per_kg           numeric(5, 3) not null,
    infusion_minutes         int,
    bolus_dose_mg_per_kg     numeric(5, 3),
    bolus_minutes            int,
    prescriber               varchar(200)  not null,
    status                   varchar(24)   not null,
    status_reason            varchar(500),
    checked_in_at            timestamptz,
    checked_in_by            varchar(200),
    weight_kg                numeric(5, 1),
    weight_measured_at       timestamptz,
    pre_assessment           jsonb,
    baseline_systolic_mm_hg  int,
    baseline_diastolic_mm_hg int,
    baseline_heart_rate_bpm  int,
    concomitant_medications  jsonb,
    dose                     jsonb,
    lot_number               varchar(60),
    dose_calculated_by       varchar(200),
    dose_verified_by         varchar(200),
    dose_verified_at         timestamptz,
    dosing_started_at        timestamptz,
    infusion_ended_at        timestamptz,
    driver_present           boolean,
    discharged_at            timestamptz,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    row_version              bigint        not null
);
create index infusion_session_day on infusion_session (scheduled_start);
create index infusion_session_patient on infusion_session (patient_id, scheduled_start);

create table vitals_reading (
    id                      uuid primary key,
    session_id              uuid         not null references infusion_session (id),
    taken_at                timestamptz  not null,
    systolic_mm_hg          int,
    diastolic_mm_hg         int,
    heart_rate_bpm          int,
    spo2_percent            int,
    respiratory_rate_per_minute int,
    moaas                   int,
    cadss_total             int,
    source                  varchar(16)  not null,
    recorded_by             varchar(200) not null
);
create index vitals_reading_session on vitals_reading (session_id, taken_at);

create table safety_alert (
    id         uuid primary key,
    session_id uuid         not null references infusion_session (id),
    rule       varchar(40)  not null,
    level      varchar(16)  not null,
    message    varchar(500) not null,
    raised_at  timestamptz  not null,
    reading_id uuid
);
create index safety_alert_session on safety_alert (session_id, raised_at);

create table adverse_event (
    id            uuid primary key,
    session_id    uuid         not null references infusion_session (id),
    patient_id    uuid         not null,
    type          varchar(40)  not null,
    severity      varchar(16)  not null,
    actions_taken jsonb        not null,
    notes         text,
    occurred_at   timestamptz  not null,
    reported_at   timestamptz  not null,
    reported_by   varchar(200) not null
);
create index adverse_event_session on adverse_event (session_id);
