-- Urine toxicology and EtG results: they confirm (or not) reported use for the relapse rules.
create table lab_result (
    id                 uuid primary key,
    patient_id         uuid          not null,
    collected_on       date          not null,
    analyte            varchar(40)   not null,
    substance          varchar(32)   not null,
    value_ng_per_ml    numeric(10, 1) not null,
    cutoff_ng_per_ml   numeric(10, 1) not null,
    positive           boolean       not null,
    recorded_at        timestamptz   not null,
    recorded_by        varchar(200)  not null
);
create index lab_result_patient on lab_result (patient_id, collected_on);
