-- A deferred or aborted infusion that treatment reschedules is a new visit of the same appointment:
-- the day that ended keeps its own session (gate findings, vitals, reasons). At most one session per
-- appointment is still open or completed.
alter table infusion_session drop constraint infusion_session_appointment_id_key;
create unique index infusion_session_one_open_visit
    on infusion_session (appointment_id) where status not in ('DEFERRED', 'ABORTED');
create index infusion_session_appointment on infusion_session (appointment_id, created_at);
