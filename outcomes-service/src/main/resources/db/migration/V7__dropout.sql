-- The day a plan was discontinued: the dropout of the FIRST_USE_OR_DROPOUT relapse rule (Dakwar 2019).
alter table patient_profile add column dropout_on date;
