-- A patient's suicide risk as the plans show it: the latest flag (PHQ-9 item 9 at intake or during
-- treatment) and the latest clinician review. One row per patient, plan or not: an intake flag
-- arrives before the plan is drafted. Open while flagged_at is later than reviewed_at.
create table suicide_risk (
    patient_id     uuid primary key,
    flagged_at     timestamptz,
    source         varchar(40),
    reviewed_at    timestamptz,
    review_outcome varchar(40),
    updated_at     timestamptz not null
);
