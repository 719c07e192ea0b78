-- The service kit's tables, as every service creates them (intake-service V1 and V3).

-- Transactional outbox: written in the same transaction as the state change, published by the relay.
create table outbox_event (
    sequence      bigserial primary key,
    id            uuid         not null unique,
    topic         varchar(100) not null,
    message_key   varchar(100) not null,
    event_type    varchar(100) not null,
    subject       varchar(100) not null,
    occurred_at   timestamptz  not null,
    payload       jsonb        not null,
    published_at  timestamptz,
    -- the relay's lease on a batch it is sending
    claimed_until timestamptz
);
create index outbox_event_unpublished on outbox_event (sequence) where published_at is null;

-- Idempotent inbox: one row per consumed event, written in the same transaction as its effect.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);

-- Who read or wrote which patient's data, when.
create table audit_entry (
    id            bigserial primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(200) not null,
    actor_roles   varchar(200) not null,
    action        varchar(20)  not null,
    resource_type varchar(50)  not null,
    resource_id   varchar(100),
    patient_id    uuid,
    outcome       varchar(20)  not null
);
create index audit_entry_patient on audit_entry (patient_id, occurred_at);

-- Responses to creating POSTs, replayed when a client retries with the same Idempotency-Key.
create table idempotent_request (
    principal           varchar(200) not null,
    idempotency_key     varchar(200) not null,
    request_fingerprint varchar(64)  not null,
    response_status     int          not null,
    response_location   varchar(500),
    response_body       text         not null,
    created_at          timestamptz  not null,
    primary key (principal, idempotency_key)
);
