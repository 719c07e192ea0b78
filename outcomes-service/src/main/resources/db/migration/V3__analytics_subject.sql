-- The only place a patient and their analytics pseudonym meet; it never leaves this database.
create table analytics_subject (
    patient_id  uuid primary key,
    pseudonym   varchar(40) not null unique,
    enrolled_on date        not null,
    age_band    varchar(16) not null
);
