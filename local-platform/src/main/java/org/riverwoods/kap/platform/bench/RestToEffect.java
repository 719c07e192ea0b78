package org.riverwoods.kap.platform.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.HdrHistogram.Histogram;
import org.riverwoods.kap.testing.journey.ApiClient;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * From the commit of an intake's completion in intake-service (its {@code completedAt}, taken in
 * that transaction) to the commit of the draft plan it causes in treatment-service (the plan's
 * {@code createdAt}, taken in treatment's transaction): REST, outbox, relay, broker, consumer, effect.
 * Both clocks are this machine's.
 */
final class RestToEffect {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformUrls urls;
    private final String nurse;
    private final String prescriber;

    RestToEffect(PlatformUrls urls, String nurse, String prescriber) {
        this.urls = urls;
        this.nurse = nurse;
        this.prescriber = prescriber;
    }

    /** Completes the intakes at {@code perSecond}; returns the completion's latency and the hop to the effect. */
    List<Measured> run(List<Preparation.ReadyIntake> intakes, double perSecond) throws Exception {
        Map<UUID, Instant> completedAt = new ConcurrentHashMap<>();
        Measured completions = HttpLoad.open("intake completion at a fixed " + (int) perSecond
                + "/s (latency from when due)", URI.create(urls.intake()), perSecond,
                Duration.ofNanos((long) (intakes.size() / perSecond * 1e9)), n -> completion(intakes.get(n)), 200,
                answer -> remember(answer, completedAt));
        Histogram hop = new Histogram(3);
        long missing = 0;
        ApiClient api = new ApiClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (Map.Entry<UUID, Instant> completed : completedAt.entrySet()) {
            Instant created = null;
            while (created == null && System.nanoTime() < deadline) {
                List<JsonNode> plans = api.get(urls.treatmentApi() + "/patients/" + completed.getKey()
                        + "/treatment-plans", prescriber).expect(200).items();
                if (plans.isEmpty()) {
                    Thread.sleep(50);
                } else {
                    created = Instant.parse(plans.get(0).path("createdAt").asText());
                }
            }
            if (created == null) {
                missing++;
            } else {
                long micros = Duration.between(completed.getValue(), created).toNanos() / 1000;
                hop.recordValue(Math.max(1, micros));
            }
        }
        double seconds = intakes.size() / perSecond;
        return List.of(completions, Measured.of("IntakeCompleted: intake's commit to treatment's draft plan committed",
                hop, seconds, missing + (intakes.size() - completedAt.size())));
    }

    private LeanHttp.Request completion(Preparation.ReadyIntake intake) {
        return new LeanHttp.Request("POST", "/api/v1/intakes/" + intake.intakeId() + "/completion",
                Map.of("Authorization", "Bearer " + nurse, "If-Match", intake.etag()), null);
    }

    private static void remember(LeanHttp.Answer answer, Map<UUID, Instant> completedAt) {
        if (answer.status() != 200) {
            return;
        }
        try {
            JsonNode intake = JSON.readTree(answer.body());
            completedAt.put(UUID.fromString(intake.path("patientId").asText()),
                    Instant.parse(intake.path("completedAt").asText()));
        } catch (Exception unreadable) {
            // counted as missing: the answer said 200 but named no completion
        }
    }
}
