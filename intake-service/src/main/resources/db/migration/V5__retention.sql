-- Retention (service-kit RetentionPurge): each purge batch walks one of these indexes from its oldest
-- row, so deleting old rows never scans a table. Built inside this migration's transaction, which holds
-- off writes to the table while it builds (about a second per million rows); on a large installation
-- create them beforehand with CREATE INDEX CONCURRENTLY under the same names and this changes nothing.

-- Published rows only: unpublished rows are never purged, and the relay has its own index for them.
create index if not exists outbox_event_published on outbox_event (published_at) where published_at is not null;

create index if not exists processed_event_processed_at on processed_event (processed_at);

create index if not exists idempotent_request_created_at on idempotent_request (created_at);
