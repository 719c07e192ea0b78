package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.journey.Journeys.EVENTUAL;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.TopicTail;

/** Journey 5: the patient withdraws the Part 2 analytics consent mid-course; publication stops at once. */
class AnalyticsConsentRevokedIT {

    @Test
    void revokingTheAnalyticsConsentStopsPublicationButNotCare() {
        ClinicSteps clinic = Journeys.clinic("journey 5");
        try (TopicTail analytics = TopicTail.fromNow("analytics.outcomes")) {
            Journeys.ActivePatient patient = Journeys.activePatient(clinic, "MALE");
            LocalDate start = LocalDate.parse(clinic.awaitOutcomesWithPlanStart(patient.patientId())
                    .path("planStartedOn").asText());
            LocalDate today = ClinicSteps.latestDiaryDay();
            LocalDate baseline = (start.isBefore(today) ? start : today).minusDays(10);

            for (int i = 0; i < 3; i++) {
                clinic.diaryDay(patient.patientId(), baseline.plusDays(i), i == 1 ? 6 : 0);
            }
            List<ConsumerRecord<String, String>> before = analytics.await(r -> true, 3, EVENTUAL);
            Map<String, List<ConsumerRecord<String, String>>> byPseudonym = before.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key));
            assertEquals(1, byPseudonym.size(), "one pseudonym: " + byPseudonym.keySet());
            String pseudonym = byPseudonym.keySet().iterator().next();

            clinic.revokeConsent(patient.patientId(), patient.analyticsConsentId(), "Patient withdrew from research use");
            clinic.awaitTimelineLine(patient.patientId(), "Consent revoked");
            long revoked = System.nanoTime();
            for (int i = 3; i < 6; i++) {
                clinic.diaryDay(patient.patientId(), baseline.plusDays(i), i == 4 ? 7 : 0);
            }
            // care goes on: the clinical figures count all six days
            JsonNode outcomes = clinic.outcomes(patient.patientId());
            assertEquals(6, outcomes.path("baseline").path("daysKnown").asInt(), "all six days count clinically");

            // an analytics record would be written with its diary day and published within one outbox
            // sweep (kap.outbox.sweep-interval, 2 s): watch for longer than that
            List<ConsumerRecord<String, String>> after = analytics.settle(Duration.ofSeconds(5));
            long mine = after.stream().filter(r -> pseudonym.equals(r.key())).count();
            System.out.println("  [journey 5] " + mine + " analytics records, none after the revocation (watched "
                    + Journeys.seconds(revoked) + " s)");
            assertEquals(3, mine, "only the three days recorded before the revocation were published");
            assertTrue(after.stream().allMatch(r -> pseudonym.equals(r.key())), "no other pseudonym either");
        }
    }
}
