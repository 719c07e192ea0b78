package org.riverwoods.kap.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.kit.tracing.TraceParent;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Runs the handling of a consumed event inside a CONSUMER span ({@code <consumer> process}) that
 * continues the producer's trace: the child of the connector's receive span when that is current and
 * of the same trace, otherwise of the producer span the record's {@code traceparent} header names.
 * Whatever the handling writes to an outbox carries the trace on, and its log lines carry the ids.
 *
 * <p>Attributes are the topic, the CloudEvent id, type and source: no subject (a patient id), no
 * payload. A failure sets the status and {@code error.type} to its class, never its message (a
 * persistence error can quote patient data).
 */
@ApplicationScoped
public class ConsumerSpans {

    @Inject
    Tracer tracer;

    public void inSpan(String consumer, IncomingEvent event, Runnable handling) {
        Span span = tracer.spanBuilder(consumer + " process")
                .setParent(parent(event))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.consumer.name", consumer)
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("cloudevents.event_source", String.valueOf(event.source()))
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            handling.run();
        } catch (RuntimeException | Error failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            span.setAttribute("error.type", failure.getClass().getName());
            throw failure;
        } finally {
            span.end();
        }
    }

    private static Context parent(IncomingEvent event) {
        Context current = Context.current();
        SpanContext currentSpan = Span.fromContext(current).getSpanContext();
        Context producer = TraceParent.asParent(event.traceParent());
        SpanContext producerSpan = Span.fromContext(producer).getSpanContext();
        if (!producerSpan.isValid()) {
            return current;
        }
        return currentSpan.isValid() && currentSpan.getTraceId().equals(producerSpan.getTraceId()) ? current : producer;
    }
}
