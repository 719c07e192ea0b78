package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.journey.Journeys.EVENTUAL;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TcpProxy;
import org.riverwoods.kap.testing.TopicReader;
import org.riverwoods.kap.testing.journey.Await;
import org.riverwoods.kap.testing.journey.ClinicSteps;

/**
 * Journey 6: treatment-service's database refuses connections for about 10 s while a nurse reports a
 * serious adverse event. The event is held and retried, never dead-lettered, and the plan goes on
 * hold within seconds of the database coming back.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @Test
    void aSeriousAdverseEventDuringADatabaseOutageHoldsThePlanOnceTheDatabaseIsBack() throws Exception {
        ClinicSteps clinic = Journeys.clinic("journey 6");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "FEMALE");
        List<JsonNode> sessions = clinic.awaitSessions(patient.patientId(), 3);
        UUID first = UUID.fromString(sessions.get(0).path("id").asText());
        clinic.checkIn(first, "80.0");
        clinic.preAssessment(first, 124, 78);
        clinic.doseAndStart(first);

        TcpProxy treatmentDatabase = JourneyPlatform.databaseOf("treatment-service");
        try (TopicReader deadLetters = TopicReader.subscribe("treatment.dead-letter")) {
            treatmentDatabase.refuse();
            long cut = System.nanoTime();
            try {
                clinic.reportAdverseEvent(first, "RESPIRATORY_DEPRESSION", "SERIOUS");
                Await.until("treatment-service to report its consumer held (not ready)", EVENTUAL,
                        () -> readiness("treatment-service") == 503 ? Boolean.TRUE : null);
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cut) / 1_000_000));
                HttpResponse<String> plan = get(JourneyPlatform.urls().treatment() + "/api/v1/treatment-plans/"
                        + patient.planId());
                assertEquals(503, plan.statusCode(), "a request while the database is away is refused, not failed");
                assertTrue(plan.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            } finally {
                treatmentDatabase.resume();
            }
            long resumed = System.nanoTime();
            Await.until("the plan to go ON_HOLD after the database came back", EVENTUAL,
                    () -> "ON_HOLD".equals(clinic.plan(patient.planId()).path("status").asText()) ? Boolean.TRUE : null);
            System.out.println("  [journey 6] database refused connections for " + Journeys.seconds(cut)
                    + " s in all; plan ON_HOLD " + Journeys.seconds(resumed) + " s after it came back");
            Await.until("treatment-service to be ready again", EVENTUAL,
                    () -> readiness("treatment-service") == 200 ? Boolean.TRUE : null);

            List<ConsumerRecord<String, String>> lost = deadLetters.collect(
                    r -> r.value() != null && r.value().contains(patient.patientId().toString()), Duration.ofSeconds(2));
            assertTrue(lost.isEmpty(), "a valid event is never dead-lettered: " + lost.size() + " found");
        }
        List<JsonNode> infusions = clinic.infusionAppointments(patient.planId());
        assertEquals(List.of("CANCELLED", "CANCELLED"),
                infusions.subList(1, 3).stream().map(a -> a.path("status").asText()).toList(),
                "the hold took its full effect, once");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + DevTokens.staff("nurse")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int readiness(String service) {
        String base = switch (service) {
            case "treatment-service" -> JourneyPlatform.urls().treatment();
            default -> throw new IllegalArgumentException(service);
        };
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
