package org.riverwoods.kap.outcomes.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.riverwoods.kap.outcomes.Fixtures.asPatient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.Fixtures;
import org.riverwoods.kap.outcomes.events.Topics;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** A PHQ-9 item 9 during treatment leaves outcomes as SuicideRiskReported, for intake to flag. */
@QuarkusTest
class SuicideRiskReportTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aPhq9WithItem9AnsweredIsReportedWithIdsAndFactsOnly() {
        UUID patientId = Fixtures.registeredPatient();
        Instant answeredAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        try (TopicReader reader = TopicReader.subscribe(Topics.MEASURES)) {
            String questionnaireId = submit(patientId, "[1,1,0,1,0,1,0,0,1]", answeredAt);

            ConsumerRecord<String, String> reported = reader.awaitOne(
                    TopicReader.event("SuicideRiskReported", patientId.toString()), WAIT);
            EventContracts.assertValid("SuicideRiskReported", reported.value());
            assertEquals(patientId.toString(), reported.key(), "keyed by patient");
            assertEquals("urn:kap:outcomes-service", TopicReader.header(reported, "ce_source"));
            JsonNode event = TopicReader.json(reported);
            assertEquals(patientId.toString(), event.get("patientId").asText());
            assertEquals(questionnaireId, event.get("questionnaireId").asText());
            assertEquals(1, event.get("item9Answer").asInt());
            assertEquals(5, event.get("phq9Total").asInt());
            assertEquals(answeredAt, Instant.parse(event.get("answeredAt").asText()));
            Instant reportedAt = Instant.parse(event.get("reportedAt").asText());
            assertFalse(reportedAt.isBefore(answeredAt), "reported when recorded, after it was answered");
            // the minimum necessary: ids and clinical facts, no answers, names or record numbers
            Set<String> fields = new TreeSet<>();
            event.fieldNames().forEachRemaining(fields::add);
            assertEquals(new TreeSet<>(List.of("patientId", "questionnaireId", "item9Answer", "phq9Total", "answeredAt",
                    "reportedAt")), fields);
        }
    }

    @Test
    void aPhq9WithItem9AnsweredNotAtAllIsNotReported() {
        UUID patientId = Fixtures.registeredPatient();
        try (TopicReader reader = TopicReader.subscribe(Topics.MEASURES)) {
            submit(patientId, "[3,3,3,3,3,3,3,3,0]", null); // severe, but item 9 is 0
            asPatient(patientId).body("{\"questionnaire\":\"GAD_7\",\"answers\":[3,3,3,3,3,3,3]}")
                    .post("/api/v1/patients/" + patientId + "/questionnaires").then().statusCode(201);
            // the outbox keeps commit order: once a later report is read, an earlier one would have been
            String positive = submit(patientId, "[0,0,0,0,0,0,0,0,2]", null);
            reader.awaitOne(TopicReader.event("SuicideRiskReported", patientId.toString()), WAIT);
            List<ConsumerRecord<String, String>> reports = reader.collect(
                    TopicReader.event("SuicideRiskReported", patientId.toString()), Duration.ofSeconds(2));
            assertEquals(1, reports.size(), "only the PHQ-9 with item 9 answered is reported");
            assertEquals(positive, TopicReader.json(reports.get(0)).get("questionnaireId").asText());
        }
    }

    private static String submit(UUID patientId, String answers, Instant answeredAt) {
        String body = "{\"questionnaire\":\"PHQ_9\",\"answers\":" + answers
                + (answeredAt == null ? "" : ",\"answeredAt\":\"" + answeredAt + "\"") + "}";
        return asPatient(patientId).body(body).post("/api/v1/patients/" + patientId + "/questionnaires").then()
                .statusCode(201).extract().path("id");
    }
}
