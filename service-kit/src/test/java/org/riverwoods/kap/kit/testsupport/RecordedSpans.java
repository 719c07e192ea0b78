package org.riverwoods.kap.kit.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * The spans the test application records (every trace, see application.properties), kept in memory
 * by the SDK's {@link InMemorySpanExporter}: a CDI bean of that type replaces the OTLP exporter.
 */
@ApplicationScoped
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** Waits until a finished span matches; fails naming what never came. */
    public static SpanData await(InMemorySpanExporter spans, String what, Predicate<SpanData> match) {
        SpanData[] found = new SpanData[1];
        Eventually.until(what + " is recorded", Duration.ofSeconds(20), () -> {
            found[0] = spans.getFinishedSpanItems().stream().filter(match).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** Every finished span of one trace. */
    public static List<SpanData> ofTrace(InMemorySpanExporter spans, String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }
}
