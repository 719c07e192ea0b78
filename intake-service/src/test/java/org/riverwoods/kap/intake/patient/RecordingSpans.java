package org.riverwoods.kap.intake.patient;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tests that look at spans: every trace recorded (the service records none by default) into the
 * SDK's in-memory exporter, which replaces the OTLP exporter as a CDI bean.
 */
public class RecordingSpans implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.traces.sampler.arg", "1", "quarkus.otel.bsp.schedule.delay", "PT0.02S");
    }

    @ApplicationScoped
    public static class Exporter {

        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }
}
