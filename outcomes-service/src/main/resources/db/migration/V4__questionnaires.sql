-- Patient-reported outcomes during treatment, scored as at intake.
create table questionnaire_response (
    id            uuid primary key,
    patient_id    uuid         not null,
    questionnaire varchar(16)  not null,
    answers       jsonb        not null,
    total         int          not null,
    band          varchar(24),
    suicide_risk  boolean      not null,
    answered_at   timestamptz  not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200) not null
);
create index questionnaire_response_patient on questionnaire_response (patient_id, questionnaire, answered_at);

-- The PHQ-9 total scored at intake: the baseline of the PHQ-9 outcomes.
alter table patient_profile add column baseline_phq9 int;
