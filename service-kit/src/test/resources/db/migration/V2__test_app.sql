-- The test application's own tables.

create table note (
    id         uuid         primary key,
    version    bigint       not null,
    patient_id uuid         not null,
    text       varchar(2000) not null,
    day        date         not null,
    count      int          not null,
    urgent     boolean      not null,
    tags       text[]       not null,
    archived   boolean      not null,
    created_at timestamptz  not null
);
create index note_day on note (day);

-- What the facts consumer has learnt; commands need it.
create table fact (
    fact_key   varchar(100) primary key,
    learned_at timestamptz  not null
);

-- What the commands consumer did: no unique key, so that a second application would show.
create table effect (
    id         bigserial    primary key,
    command_id varchar(100) not null,
    fact_key   varchar(100) not null,
    applied_at timestamptz  not null
);
create index effect_command on effect (command_id);
