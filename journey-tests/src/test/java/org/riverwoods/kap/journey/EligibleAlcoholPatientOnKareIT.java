package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.journey.Journeys.EVENTUAL;
import static org.riverwoods.kap.journey.Journeys.event;
import static org.riverwoods.kap.journey.Journeys.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.KareJourney;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicTail;
import org.riverwoods.kap.testing.TopicReader;

/**
 * Journey 1: register, screen, consent, intake completed, plan drafted from KARE, approved, three
 * weekly infusions with vitals, diary and questionnaires, outcome figures, de-identified analytics.
 */
class EligibleAlcoholPatientOnKareIT {

    @Test
    void fromRegistrationToOutcomeFiguresAndDeIdentifiedAnalytics() {
        ClinicSteps clinic = Journeys.clinic("journey 1");
        long started = System.nanoTime();
        KareJourney.Result result;
        List<ConsumerRecord<String, String>> analytics;
        try (TopicTail analyticsTail = TopicTail.fromNow("analytics.outcomes")) {
            result = KareJourney.run(clinic);
            // one record per diary day is expected; then anything more that comes
            analyticsTail.atLeast(result.diaryDaysRecorded(), EVENTUAL);
            analytics = analyticsTail.settle(Duration.ofSeconds(2));
        }
        System.out.println("  [journey 1] finished in " + Journeys.seconds(started) + " s");
        UUID patientId = result.patientId();

        // treatment: KARE, approved, active, all three infusions counted
        JsonNode plan = result.completedPlan();
        assertEquals("KARE", plan.path("templateCode").asText());
        assertEquals("ACTIVE", plan.path("status").asText());
        assertEquals(3, plan.path("completedInfusions").asInt());
        assertEquals(0, new BigDecimal("0.8").compareTo(plan.path("prescription").path("doseMgPerKg").decimalValue()));
        List<JsonNode> infusions = clinic.infusionAppointments(result.planId());
        assertEquals(3, infusions.size());
        infusions.forEach(a -> assertEquals("COMPLETED", a.path("status").asText(), "appointment " + a));

        // infusion: three sessions discharged, dosed on the day's weight (0.8 mg/kg x 72.4 kg = 57.9 mg)
        List<JsonNode> sessions = clinic.sessions(patientId);
        assertEquals(3, sessions.size());
        sessions.forEach(s -> assertEquals("DISCHARGED", s.path("status").asText(), "session " + s.path("id")));
        assertEquals(0, new BigDecimal("57.9").compareTo(result.doses().get(0).path("totalDoseMg").decimalValue()));

        // outcomes: the baseline month is 12 of 30 days abstinent, the others heavy (fewer days when day 0
        // is more than a day ahead); PHQ-9 12 -> 5 is a response, not remission
        JsonNode outcomes = result.outcomes();
        assertEquals(plan.path("startDate").asText(), outcomes.path("planStartedOn").asText(),
                "outcomes count from the plan's day 0");
        JsonNode baseline = outcomes.path("baseline");
        KareJourney.Diary diary = result.diary();
        assertEquals(diary.baselineDays(), baseline.path("daysKnown").asInt(), "baseline " + baseline);
        BigDecimal expectedPda = diary.baselineDays() == 30 ? new BigDecimal("40.0")
                : BigDecimal.valueOf(100L * diary.baselineAbstinentDays())
                        .divide(BigDecimal.valueOf(diary.baselineDays()), 1, RoundingMode.HALF_UP);
        assertEquals(0, expectedPda.compareTo(baseline.path("percentDaysAbstinent").decimalValue()), "baseline " + baseline);
        assertEquals(diary.baselineDays() - diary.baselineAbstinentDays(), baseline.path("heavyDrinkingDays").asInt());
        JsonNode phq9 = outcomes.path("phq9");
        assertEquals(12, phq9.path("change").path("baseline").asInt());
        assertEquals(5, phq9.path("change").path("latest").asInt());
        assertTrue(phq9.path("response").asBoolean());
        assertFalse(phq9.path("remission").asBoolean());
        assertFalse(outcomes.path("relapse").path("relapsed").asBoolean());
        List<String> timelineTypes = result.timeline().stream().map(t -> t.path("eventType").asText()).toList();
        for (String type : List.of("PatientRegistered", "IntakeCompleted", "TreatmentPlanApproved", "InfusionCompleted")) {
            assertTrue(timelineTypes.contains(type), "timeline has " + type + ": " + timelineTypes);
        }

        // the clinical topics carried the journey as CloudEvents that match their contracts
        try (TopicReader topics = TopicReader.subscribe("intake.assessments", "treatment.appointments",
                "infusion.sessions", "outcomes.measures")) {
            ConsumerRecord<String, String> completed = topics.awaitOne(event("IntakeCompleted", patientId), EVENTUAL);
            EventContracts.assertValid("IntakeCompleted", completed.value());
            assertFalse(completed.value().contains("Journey") || completed.value().contains("example.org"),
                    "IntakeCompleted carries no name or contact: " + completed.value());
            topics.await(event("InfusionScheduled", patientId), 3, EVENTUAL)
                    .forEach(r -> EventContracts.assertValid("InfusionScheduled", r.value()));
            topics.await(event("InfusionCompleted", patientId), 3, EVENTUAL)
                    .forEach(r -> EventContracts.assertValid("InfusionCompleted", r.value()));
            if (result.diary().treatmentDays() > 0) {
                EventContracts.assertValid("OutcomeMeasured",
                        topics.awaitOne(event("OutcomeMeasured", patientId), EVENTUAL).value());
            } else { // day 0 is still ahead: figures are announced from the start of treatment on
                assertEquals(List.of(), topics.collect(event("OutcomeMeasured", patientId), Duration.ofSeconds(1)));
            }
        }

        // analytics: one new pseudonym, one record per diary day, and nothing that identifies her
        Map<String, List<ConsumerRecord<String, String>>> byPseudonym = analytics.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        assertEquals(1, byPseudonym.size(), "one patient's records during the journey: " + byPseudonym.keySet());
        String pseudonym = byPseudonym.keySet().iterator().next();
        assertTrue(pseudonym.startsWith("p_"), pseudonym);
        List<ConsumerRecord<String, String>> mine = byPseudonym.get(pseudonym);
        assertTrue(mine.size() >= result.diaryDaysRecorded(), mine.size() + " records for "
                + result.diaryDaysRecorded() + " diary days");
        for (ConsumerRecord<String, String> record : mine) {
            EventContracts.assertValid("AnalyticsOutcomeRecorded", record.value());
            assertEquals(pseudonym, json(record).path("pseudonym").asText());
            assertEquals("KARE", json(record).path("protocol").asText());
            String everything = record.key() + record.value() + StreamSupport.stream(record.headers().spliterator(), false)
                    .map(h -> h.key() + new String(h.value(), StandardCharsets.UTF_8)).collect(Collectors.joining());
            for (UUID id : List.of(patientId, result.planId(), result.intakeId())) {
                assertFalse(everything.contains(id.toString()), "analytics record mentions " + id + ": " + everything);
            }
        }
        assertEquals(diary.baselineDays(), mine.stream().filter(r -> json(r).path("dayOffset").asInt() < 0).count(),
                "the baseline month, as day offsets before day 0");
    }
}
