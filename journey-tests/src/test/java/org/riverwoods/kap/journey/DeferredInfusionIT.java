package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.journey.Journeys.EVENTUAL;
import static org.riverwoods.kap.journey.Journeys.event;
import static org.riverwoods.kap.journey.Journeys.json;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.journey.Await;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TopicReader;

/** Journey 4: blood pressure above the gate's limit defers the infusion; staff confirm the proposed new day. */
class DeferredInfusionIT {

    @Test
    void aHighBloodPressureDefersTheInfusionAndTheConfirmedNewDayIsANewVisit() {
        ClinicSteps clinic = Journeys.clinic("journey 4");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "FEMALE");
        JsonNode booked = clinic.awaitSessions(patient.patientId(), 3).get(0);
        UUID first = UUID.fromString(booked.path("id").asText());
        UUID appointmentId = UUID.fromString(booked.path("appointmentId").asText());
        Instant bookedFor = Instant.parse(booked.path("scheduledStart").asText());

        clinic.checkIn(first, "68.0");
        JsonNode deferred = clinic.preAssessment(first, 152, 96);
        assertEquals("DEFERRED", deferred.path("status").asText());
        assertTrue(deferred.path("statusReason").asText().contains("152/96"), deferred.path("statusReason").asText());

        JsonNode needsNewTime = Await.until("treatment to propose a new time", EVENTUAL, () -> {
            JsonNode a = clinic.infusionAppointments(patient.planId()).get(0);
            return "NEEDS_RESCHEDULE".equals(a.path("status").asText()) ? a : null;
        });
        Instant proposed = Instant.parse(needsNewTime.path("proposedStart").asText());
        assertTrue(proposed.isAfter(bookedFor), "proposed " + proposed + " after " + bookedFor);
        System.out.println("  [journey 4] deferred; treatment proposed " + proposed);

        JsonNode confirmed = clinic.confirmProposedTime(appointmentId);
        assertEquals("SCHEDULED", confirmed.path("status").asText());
        assertEquals(proposed, Instant.parse(confirmed.path("startsAt").asText()));

        List<JsonNode> visits = Await.until("a new session for the new day", EVENTUAL, () -> {
            List<JsonNode> sessions = clinic.sessions(patient.patientId()).stream()
                    .filter(s -> appointmentId.toString().equals(s.path("appointmentId").asText())).toList();
            return sessions.size() == 2 ? sessions : null;
        });
        assertEquals("DEFERRED", visits.get(0).path("status").asText(), "the deferred day keeps its record");
        assertEquals("SCHEDULED", visits.get(1).path("status").asText());
        assertEquals(proposed, Instant.parse(visits.get(1).path("scheduledStart").asText()));
        UUID newVisit = UUID.fromString(visits.get(1).path("id").asText());
        clinic.checkIn(newVisit, "68.2");
        assertEquals("PRE_ASSESSMENT_PASSED", clinic.preAssessment(newVisit, 128, 82).path("status").asText());

        try (TopicReader topics = TopicReader.subscribe("infusion.sessions", "treatment.appointments")) {
            ConsumerRecord<String, String> deferredEvent = topics.awaitOne(event("InfusionDeferred", first), EVENTUAL);
            EventContracts.assertValid("InfusionDeferred", deferredEvent.value());
            assertEquals("BLOOD_PRESSURE", json(deferredEvent).at("/failedChecks/0").asText());
            List<ConsumerRecord<String, String>> scheduled = topics.await(event("InfusionScheduled", appointmentId), 2,
                    EVENTUAL);
            assertEquals(proposed, Instant.parse(json(scheduled.get(1)).path("scheduledStart").asText()));
        }
    }
}
