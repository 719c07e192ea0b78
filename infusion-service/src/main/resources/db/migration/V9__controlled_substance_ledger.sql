-- Controlled-substance ledger (ketamine, Schedule III): vials as received, an append-only chain of
-- entries (each carries the SHA-256 of the one before it), counts signed by two people, and the
-- discrepancies a count finds. Balances are sums of entries, never stored.

create table controlled_substance_vial (
    id                      uuid primary key,
    supplier                varchar(200)  not null,
    invoice_reference       varchar(100)  not null,
    product                 varchar(200)  not null,
    ndc                     varchar(20)   not null,
    concentration_mg_per_ml numeric(8, 3) not null check (concentration_mg_per_ml > 0),
    volume_ml               numeric(8, 2) not null check (volume_ml > 0),
    lot_number              varchar(60)   not null,
    expires_on              date          not null,
    received_at             timestamptz   not null,
    received_by             varchar(200)  not null,
    witnessed_by            varchar(200)  not null,
    constraint vial_receipt_witnessed_by_another check (received_by <> witnessed_by)
);
create index controlled_substance_vial_lot on controlled_substance_vial (lot_number);

create table controlled_substance_entry (
    -- 1, 2, 3, ... assigned under the ledger's lock: the order of the chain
    sequence_number   bigint primary key,
    id                uuid          not null unique,
    kind              varchar(16)   not null,
    vial_id           uuid          not null references controlled_substance_vial (id),
    lot_number        varchar(60)   not null,
    session_id        uuid,
    patient_id        uuid,
    -- signed: positive into the vial (receipt, return), negative out of it (draw, waste, loss)
    quantity_mg       numeric(10, 3) not null,
    quantity_ml       numeric(10, 3) not null,
    recorded_at       timestamptz   not null,
    recorded_by       varchar(200)  not null,
    witnessed_by      varchar(200),
    reason            varchar(500),
    corrects_entry_id uuid references controlled_substance_entry (id),
    previous_hash     char(64)      not null,
    hash              char(64)      not null unique,
    -- two entries can never name the same predecessor: the chain cannot fork
    constraint entry_chain_does_not_fork unique (previous_hash),
    constraint entry_waste_witnessed_by_another check (witnessed_by is null or witnessed_by <> recorded_by)
);
create index controlled_substance_entry_vial on controlled_substance_entry (vial_id);
create index controlled_substance_entry_session on controlled_substance_entry (session_id);
create index controlled_substance_entry_patient on controlled_substance_entry (patient_id);
create index controlled_substance_entry_recorded_at on controlled_substance_entry (recorded_at);

create table inventory_count (
    id             uuid primary key,
    counted_at     timestamptz  not null,
    clinic_day     date         not null,
    shift          varchar(40),
    counted_by     varchar(200) not null,
    witnessed_by   varchar(200) not null,
    -- per vial: the balance from the ledger and what was counted
    lines          jsonb        not null,
    discrepancies  int          not null,
    last_entry     bigint       not null,
    constraint count_signed_by_two check (counted_by <> witnessed_by)
);
create index inventory_count_day on inventory_count (clinic_day);

create table inventory_discrepancy (
    id              uuid primary key,
    count_id        uuid           not null references inventory_count (id),
    vial_id         uuid           not null references controlled_substance_vial (id),
    lot_number      varchar(60)    not null,
    expected_ml     numeric(10, 3) not null,
    counted_ml      numeric(10, 3) not null,
    difference_ml   numeric(10, 3) not null,
    difference_mg   numeric(10, 3) not null,
    found_at        timestamptz    not null,
    status          varchar(16)    not null,
    resolved_by     varchar(200),
    resolved_at     timestamptz,
    explanation     varchar(2000),
    loss_report     jsonb,
    row_version     bigint         not null default 0
);
create index inventory_discrepancy_status on inventory_discrepancy (status, found_at);

-- Append-only: the ledger, the receipts and the counts refuse UPDATE, DELETE and TRUNCATE.
-- A correction is a new entry naming the one it corrects.
create function refuse_ledger_change() returns trigger language plpgsql as $$
begin
    raise exception 'controlled-substance records are append-only (% on %): record a correction instead',
        tg_op, tg_table_name using errcode = 'P0001';
end;
$$;

create trigger controlled_substance_vial_append_only before update or delete on controlled_substance_vial
    for each row execute function refuse_ledger_change();
create trigger controlled_substance_vial_no_truncate before truncate on controlled_substance_vial
    for each statement execute function refuse_ledger_change();
create trigger controlled_substance_entry_append_only before update or delete on controlled_substance_entry
    for each row execute function refuse_ledger_change();
create trigger controlled_substance_entry_no_truncate before truncate on controlled_substance_entry
    for each statement execute function refuse_ledger_change();
create trigger inventory_count_append_only before update or delete on inventory_count
    for each row execute function refuse_ledger_change();
create trigger inventory_count_no_truncate before truncate on inventory_count
    for each statement execute function refuse_ledger_change();
