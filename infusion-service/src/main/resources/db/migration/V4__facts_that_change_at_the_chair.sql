-- Every pre-assessment run is kept (the latest decides); an order amended after check-in is marked so
-- the dose is calculated and checked again; a cancellation after check-in ends the visit.
alter table infusion_session add column pre_assessment_runs jsonb not null default '[]'::jsonb;
-- the latest run is the last of the list: the single column it replaces would only repeat it
update infusion_session set pre_assessment_runs = jsonb_build_array(pre_assessment) where pre_assessment is not null;
alter table infusion_session drop column pre_assessment;
alter table infusion_session add column order_amended_at timestamp with time zone;

-- A visit cancelled after check-in keeps its record; a rebooking is a new visit.
drop index infusion_session_one_open_visit;
create unique index infusion_session_one_open_visit
    on infusion_session (appointment_id) where status not in ('DEFERRED', 'ABORTED', 'CANCELLED');

-- Suicide-risk flags from intake and outcomes, cleared by a clinician's review at intake.
create table suicide_risk (
    patient_id     uuid primary key,
    flagged_at     timestamp with time zone,
    source         varchar(40),
    reviewed_at    timestamp with time zone,
    review_outcome varchar(40),
    updated_at     timestamp with time zone not null
);
