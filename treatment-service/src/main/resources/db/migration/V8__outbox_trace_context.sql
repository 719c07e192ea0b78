-- The W3C trace context (traceparent, 00-<trace id>-<span id>-<flags>) of the request or event that wrote the
-- row: the relay sends it as the Kafka header traceparent, so one trace runs from a REST call through the
-- broker to its effects in the other services. Null for rows written outside any trace (and older rows).
alter table outbox_event add column trace_parent varchar(55);
