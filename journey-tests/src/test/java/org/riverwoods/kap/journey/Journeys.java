package org.riverwoods.kap.journey;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.Narrator;
import org.riverwoods.kap.testing.TopicReader;

/** What the journeys share: the running platform, the clinic's steps, and event matchers. */
final class Journeys {

    /** How long an event may take to travel between services here (it takes well under a second). */
    static final Duration EVENTUAL = ClinicSteps.EVENTUAL;

    /** A patient with an approved, active plan: appointments booked, sessions on their way. */
    record ActivePatient(UUID patientId, UUID intakeId, UUID planId, UUID analyticsConsentId, UUID treatmentConsentId) {
    }

    private Journeys() {
    }

    static ClinicSteps clinic(String journey) {
        return new ClinicSteps(JourneyPlatform.urls(), Narrator.printing("  [" + journey + "] "));
    }

    /** Intake (eligible, alcohol, both consents), draft plan, approval and activation. */
    static ActivePatient activePatient(ClinicSteps clinic, String sex) {
        UUID patientId = clinic.registerPatient(sex, "80.0");
        UUID intakeId = clinic.assess(patientId, "ALCOHOL", false);
        UUID treatmentConsent = clinic.grantTreatmentConsent(patientId);
        UUID analyticsConsent = clinic.grantAnalyticsConsent(patientId);
        clinic.completeIntake(intakeId);
        UUID planId = UUID.fromString(clinic.awaitPlan(patientId, "DRAFT").path("id").asText());
        clinic.approveAndActivate(planId);
        return new ActivePatient(patientId, intakeId, planId, analyticsConsent, treatmentConsent);
    }

    /** A CloudEvent of {@code type} whose payload mentions {@code id} (a patient, plan, session or appointment). */
    static Predicate<ConsumerRecord<String, String>> event(String type, Object id) {
        return r -> type.equals(TopicReader.header(r, "ce_type")) && r.value().contains(id.toString());
    }

    static JsonNode json(ConsumerRecord<String, String> record) {
        return TopicReader.json(record);
    }

    static long seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e9);
    }
}
