-- Dead letters: records a consumer could not process (poison, or a failure that was not transient and
-- outlasted its in-place retries), kept with what a replay needs. Written by the service kit's failure
-- strategy before the record's offset is committed; the same record also goes to <area>.dead-letter.
create table dead_letter (
    id               uuid         primary key,
    channel          varchar(100) not null,
    topic            varchar(255) not null,
    record_partition int          not null,
    record_offset    bigint       not null,
    record_timestamp timestamptz,
    -- key and value exactly as consumed (bytes), headers as JSON [{"name", "value" in base64}]
    record_key       bytea,
    headers          text         not null,
    payload          bytea,
    event_id         varchar(200),
    event_type       varchar(200),
    -- poison | failed, and why: an exception class and a fixed description, never a value from the record
    reason_kind      varchar(20)  not null,
    reason           varchar(500) not null,
    dead_lettered_at timestamptz  not null,
    -- UNREPLAYED | REPLAYED
    status           varchar(20)  not null,
    replayed_at      timestamptz,
    replayed_by      varchar(200),
    -- a record redelivered after a crash is kept once
    unique (channel, topic, record_partition, record_offset)
);
create index dead_letter_unreplayed on dead_letter (dead_lettered_at, id) where status = 'UNREPLAYED';
