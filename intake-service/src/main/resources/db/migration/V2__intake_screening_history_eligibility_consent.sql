-- Intake: one assessment episode of a patient, from first questionnaire to completion.
create table intake (
    id            uuid primary key,
    patient_id    uuid        not null references patient (id),
    status        varchar(16) not null,
    started_at    timestamptz not null,
    completed_at  timestamptz,
    version       bigint      not null
);
create index intake_patient on intake (patient_id, started_at);
-- at most one open intake per patient
create unique index intake_one_open_per_patient on intake (patient_id) where status <> 'COMPLETED';

-- A scored questionnaire. Answers are kept as given; total, band and flags as scored then.
create table screening (
    id              uuid primary key,
    intake_id       uuid        not null references intake (id),
    patient_id      uuid        not null references patient (id),
    instrument      varchar(16) not null,
    answers         jsonb       not null,
    total           int         not null,
    band            varchar(32),
    flags           jsonb       not null,
    audit_c_total   int,
    administered_at timestamptz not null,
    recorded_at     timestamptz not null,
    recorded_by     varchar(200) not null,
    source          varchar(16) not null
);
create index screening_intake on screening (intake_id, recorded_at);

-- Suicide-risk flag: set by a PHQ-9 with item 9 above 0, cleared only by a clinician's review.
alter table patient add column suicide_risk_flagged_at timestamptz;
alter table patient add column suicide_risk_screening_id uuid;

-- Substance-use history taken at intake; substances and medications as documents.
create table substance_history (
    intake_id                      uuid primary key references intake (id),
    patient_id                     uuid          not null references patient (id),
    primary_substance              varchar(32)   not null,
    substances                     jsonb         not null,
    prior_treatment_episodes       int           not null,
    medications                    jsonb         not null,
    benzodiazepine_lorazepam_eq_mg numeric(6, 2) not null,
    recorded_at                    timestamptz   not null,
    recorded_by                    varchar(200)  not null,
    version                        bigint        not null
);

-- Contraindication screen and the eligibility decision it led to (and any prescriber override).
create table eligibility_assessment (
    intake_id              uuid primary key references intake (id),
    patient_id             uuid         not null references patient (id),
    screen                 jsonb        not null,
    decision               varchar(16)  not null,
    reasons                jsonb        not null,
    assessed_at            timestamptz  not null,
    assessed_by            varchar(200) not null,
    override_decision      varchar(16),
    override_justification text,
    overridden_by          varchar(200),
    overridden_at          timestamptz,
    version                bigint       not null
);

-- Consents: treatment, and 42 CFR Part 2 disclosure of de-identified data. Revocation is immediate.
create table consent (
    id                uuid primary key,
    patient_id        uuid         not null references patient (id),
    kind              varchar(40)  not null,
    document_version  varchar(40)  not null,
    scope             jsonb        not null,
    signed_at         timestamptz  not null,
    signed_by         varchar(200) not null,
    witnessed_by      varchar(200),
    expires_on        date,
    recorded_at       timestamptz  not null,
    recorded_by       varchar(200) not null,
    revoked_at        timestamptz,
    revoked_by        varchar(200),
    revocation_reason varchar(500),
    version           bigint       not null
);
create index consent_patient on consent (patient_id, kind, signed_at);
