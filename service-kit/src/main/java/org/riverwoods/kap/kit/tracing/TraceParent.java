package org.riverwoods.kap.kit.tracing;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context that travels with a change, in its {@code traceparent} form
 * ({@code 00-<trace id>-<span id>-<flags>}): stored with an outbox row, sent as the Kafka header of
 * the same name, continued by the consumer. Only {@code traceparent}: never {@code tracestate} or
 * baggage, which a caller could fill with anything.
 */
public final class TraceParent {

    /** The Kafka (and HTTP) header that carries it. */
    public static final String HEADER = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<String> SINGLE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return java.util.List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /**
     * The current span's context as a {@code traceparent} value; null when no span is current (a
     * thread of its own, such as the relay's). Valid whether or not the span is recorded: the trace
     * travels even when nothing is exported.
     */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        W3C.inject(Context.root().with(Span.wrap(span)), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * A context whose parent is the remote span {@code traceParent} names, for starting a span that
     * continues it; the root context (a new trace) when it is null or malformed.
     */
    public static Context asParent(String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceParent.trim(), SINGLE_VALUE);
    }

    /** The trace id of a {@code traceparent} value, or null when it is null or malformed. */
    public static String traceId(String traceParent) {
        SpanContext span = Span.fromContext(asParent(traceParent)).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
