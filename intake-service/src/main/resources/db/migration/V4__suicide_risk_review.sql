-- A clinician's same-day follow-up of a suicide-risk flag. The note stays in intake; it clears the flag.
create table suicide_risk_review (
    id           uuid primary key,
    patient_id   uuid         not null references patient (id),
    screening_id uuid,
    outcome      varchar(40)  not null,
    note         text         not null,
    reviewed_at  timestamptz  not null,
    reviewed_by  varchar(200) not null
);
create index suicide_risk_review_patient on suicide_risk_review (patient_id, reviewed_at);
