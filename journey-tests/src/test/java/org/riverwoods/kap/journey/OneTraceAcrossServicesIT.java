package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.journey.Journeys.EVENTUAL;
import static org.riverwoods.kap.journey.Journeys.event;
import static org.riverwoods.kap.journey.Journeys.json;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TopicReader;
import org.riverwoods.kap.testing.journey.ApiClient;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * One trace id links intake's POST that completes an intake to treatment's draft plan: the
 * completion's trace context travels in intake's outbox row, as the traceparent header of
 * IntakeCompleted, into treatment's consumer, and out again with TreatmentPlanStatusChanged. The
 * services run as packaged, recording no span and exporting nothing (the default): propagation does
 * not depend on tracing being switched on.
 */
class OneTraceAcrossServicesIT {

    private static final Pattern TRACE_PARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    @Test
    void oneTraceIdLinksIntakesPostToTreatmentsDraftPlan() {
        ClinicSteps clinic = Journeys.clinic("one trace");
        UUID patientId = clinic.registerPatient("FEMALE", "66.0");
        UUID intakeId = clinic.assess(patientId, "ALCOHOL", false);
        clinic.grantTreatmentConsent(patientId);

        // the completion, sent with the trace context of a caller of our own, so that its trace id is known
        String traceId = hex(32);
        String callerSpan = hex(16);
        PlatformUrls urls = JourneyPlatform.urls();
        ApiClient api = new ApiClient();
        String nurse = DevTokens.staff("nurse-jordan", "nurse");
        String etag = api.get(urls.intakeApi() + "/intakes/" + intakeId, nurse).expect(200).etag();
        api.post(urls.intakeApi() + "/intakes/" + intakeId + "/completion", nurse, null,
                Map.of("If-Match", etag, "traceparent", "00-" + traceId + "-" + callerSpan + "-01")).expect(200);
        clinic.say("intake completed under trace " + traceId);

        try (TopicReader topics = TopicReader.subscribe("intake.assessments", "treatment.plans")) {
            ConsumerRecord<String, String> completed = topics.awaitOne(event("IntakeCompleted", intakeId), EVENTUAL);
            ConsumerRecord<String, String> drafted = topics.awaitOne(event("TreatmentPlanStatusChanged", patientId)
                    .and(r -> "DRAFT".equals(json(r).path("status").asText())), EVENTUAL);

            Matcher fromIntake = traceParent(completed, "IntakeCompleted");
            Matcher fromTreatment = traceParent(drafted, "TreatmentPlanStatusChanged");
            clinic.say("IntakeCompleted traceparent " + fromIntake.group() + ", the draft plan's "
                    + fromTreatment.group());
            assertEquals(traceId, fromIntake.group(1),
                    "IntakeCompleted carries the trace of the POST that completed the intake");
            assertEquals(traceId, fromTreatment.group(1), "the draft plan's event carries the same trace");
            assertNotEquals(callerSpan, fromIntake.group(2), "its parent is intake's producer span, not the caller's");
            assertNotEquals(fromIntake.group(2), fromTreatment.group(2), "each hop adds its own span");
        }
    }

    private static Matcher traceParent(ConsumerRecord<String, String> record, String what) {
        String header = TopicReader.header(record, "traceparent");
        assertNotNull(header, what + " has no traceparent header");
        Matcher m = TRACE_PARENT.matcher(header);
        assertTrue(m.matches(), what + ": not a W3C traceparent: " + header);
        return m;
    }

    private static String hex(int length) {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, length);
    }
}
