-- An unreplayed dead letter an administrator closed without applying it (poison that can never
-- apply, or an event found obsolete): who, when and why. Status DISMISSED.
alter table dead_letter
    add column dismissed_at     timestamptz,
    add column dismissed_by     varchar(200),
    add column dismissal_reason varchar(500);
