-- The relay claims a batch for a short lease, sends it outside any database transaction, then marks
-- it published. A relay that dies mid-send leaves a lease that expires, and the batch is sent again.
alter table outbox_event add column claimed_until timestamptz;
