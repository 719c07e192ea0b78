-- What has been announced of a patient's outcomes, so that a relapse is announced once.
create table outcome_state (
    patient_id        uuid primary key,
    relapse_announced date
);
