package org.riverwoods.kap.kit.tracing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Keeps what a request carries out of its span, whatever instrumentation recorded it when the span
 * started: the query string and full URL are replaced by {@value #REDACTED}; the path keeps its
 * fixed words and loses its values ({@code /api/v1/patients/{*}/diary/{*}}: the route template,
 * {@code http.route}, is recorded separately); the caller's address, user agent, captured headers
 * and end-user attributes other than the role are replaced too. Span names are the route template
 * already (the HTTP server span is named {@code POST /api/v1/patients}), request and response bodies
 * are never recorded, and JDBC tracing is off ({@code quarkus.datasource.jdbc.telemetry=false}).
 *
 * <p>A span processor the SDK calls as each span starts (Quarkus registers every {@link SpanProcessor}
 * bean); the exporter only ever sees the redacted values.
 */
@Singleton
public class SpanRedaction implements SpanProcessor {

    public static final String REDACTED = "redacted";

    /** Attributes replaced outright: the current semantic conventions and their older names. */
    static final Set<String> REPLACED = Set.of(
            "url.query", "url.full", "http.url", "http.client_ip", "client.address", "client.socket.address",
            "network.peer.address", "net.peer.ip", "net.sock.peer.addr", "user_agent.original", "http.user_agent",
            "enduser.id", "enduser.scope", "enduser.pseudo.id");

    /** Attributes that hold the path as sent: reduced to its fixed words. */
    static final Set<String> PATHS = Set.of("url.path", "http.target");

    private static final Pattern WORD = Pattern.compile("[a-z]+(-[a-z]+)*|v[0-9]+");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        span.getAttributes().forEach((key, value) -> {
            String name = key.getKey();
            if (PATHS.contains(name) && key.getType() == AttributeType.STRING) {
                span.setAttribute(AttributeKey.stringKey(name), pathShape((String) value));
            } else if (REPLACED.contains(name) || name.startsWith("http.request.header.")
                    || name.startsWith("http.response.header.") || name.startsWith("messaging.header.")) {
                replace(span, key);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void replace(ReadWriteSpan span, AttributeKey<?> key) {
        switch (key.getType()) {
            case STRING -> span.setAttribute((AttributeKey<String>) key, REDACTED);
            case STRING_ARRAY -> span.setAttribute((AttributeKey<List<String>>) key, List.of(REDACTED));
            case LONG -> span.setAttribute((AttributeKey<Long>) key, 0L);
            case LONG_ARRAY -> span.setAttribute((AttributeKey<List<Long>>) key, List.of());
            case DOUBLE -> span.setAttribute((AttributeKey<Double>) key, 0d);
            case DOUBLE_ARRAY -> span.setAttribute((AttributeKey<List<Double>>) key, List.of());
            case BOOLEAN -> span.setAttribute((AttributeKey<Boolean>) key, false);
            case BOOLEAN_ARRAY -> span.setAttribute((AttributeKey<List<Boolean>>) key, List.of());
            default -> span.setAttribute(AttributeKey.stringKey(key.getKey()), REDACTED);
        }
    }

    /**
     * The path with every segment that is not a lower-case word (or an API version) replaced by
     * {@code {*}}: ids, dates and anything typed into a path leave nothing behind.
     */
    static String pathShape(String path) {
        if (path == null || path.isEmpty()) {
            return path;
        }
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return Arrays.stream(bare.split("/", -1))
                .map(segment -> segment.isEmpty() || WORD.matcher(segment).matches() ? segment : "{*}")
                .collect(Collectors.joining("/"));
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing: every value this removes is set when the span starts
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
