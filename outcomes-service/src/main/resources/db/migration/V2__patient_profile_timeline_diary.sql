-- What outcomes needs to know about each patient, built from the other services' events.
create table patient_profile (
    patient_id           uuid primary key,
    sex                  varchar(16),
    birth_year           int,
    registered_at        timestamptz,
    plan_id              uuid,
    template_code        varchar(40),
    relapse_rule         varchar(40),
    primary_substance    varchar(32),
    plan_started_on      date,
    plan_status          varchar(16),
    analytics_consent_id uuid,
    analytics_consent    boolean      not null default false,
    updated_at           timestamptz  not null
);

-- One chronological view of a patient across all services.
create table timeline_entry (
    id          bigserial primary key,
    event_id    varchar(100) not null unique,
    patient_id  uuid         not null,
    occurred_at timestamptz  not null,
    source      varchar(60)  not null,
    event_type  varchar(60)  not null,
    summary     varchar(500) not null,
    staff_only  boolean      not null
);
create index timeline_entry_patient on timeline_entry (patient_id, occurred_at, id);

-- Timeline Followback: one row per patient and day; every edit keeps the previous version.
create table diary_day (
    patient_id  uuid         not null,
    day         date         not null,
    entries     jsonb        not null,
    recorded_at timestamptz  not null,
    recorded_by varchar(200) not null,
    row_version bigint       not null,
    primary key (patient_id, day)
);
create table diary_day_history (
    id          bigserial primary key,
    patient_id  uuid         not null,
    day         date         not null,
    entries     jsonb        not null,
    recorded_at timestamptz  not null,
    recorded_by varchar(200) not null,
    replaced_at timestamptz  not null,
    replaced_by varchar(200) not null
);
create index diary_day_history_day on diary_day_history (patient_id, day, id);
