package org.riverwoods.kap.outcomes.timeline;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes one timeline line per clinical event, in words a clinician reads at a glance. Vitals are
 * left out (hundreds per session: the infusion service's record has them).
 */
@ApplicationScoped
public class TimelineProjection {

    /** Not shown in the patient's own timeline. */
    static final Set<String> STAFF_ONLY = Set.of("SuicideRiskFlagged", "SuicideRiskReviewed", "EligibilityDecided",
            "SafetyAlertRaised", "AdverseEventReported", "SeriousAdverseEventReported", "InfusionDeferred",
            "InfusionAborted");
    static final Set<String> LEFT_OUT = Set.of("VitalsRecorded", "PatientUpdated");

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventId, String type, String source, Instant time, JsonNode event) {
        UUID patientId = uuid(event, "patientId");
        if (patientId == null || LEFT_OUT.contains(type) || TimelineEntry.count("eventId", eventId) > 0) {
            return;
        }
        TimelineEntry entry = new TimelineEntry();
        entry.eventId = eventId;
        entry.patientId = patientId;
        entry.occurredAt = time;
        entry.source = source == null ? "unknown" : source.replace("urn:kap:", "");
        entry.eventType = type;
        entry.summary = summary(type, event);
        entry.staffOnly = STAFF_ONLY.contains(type);
        entry.persist();
    }

    static String summary(String type, JsonNode e) {
        return switch (type) {
            case "PatientRegistered" -> "Registered";
            case "ScreeningScored" -> e.path("instrument").asText() + " " + e.path("total").asText() + " ("
                    + e.path("band").asText() + ")";
            case "SuicideRiskFlagged" -> "PHQ-9 item 9 answered " + e.path("item9Answer").asText()
                    + ": same-day suicide-risk follow-up";
            case "SuicideRiskReviewed" -> "Suicide-risk review recorded: " + e.path("outcome").asText();
            case "EligibilityDecided" -> "Ketamine eligibility " + e.path("decision").asText()
                    + (e.path("overridden").asBoolean() ? " (prescriber override)" : "");
            case "IntakeCompleted" -> "Intake completed: " + e.path("primarySubstance").asText() + ", "
                    + e.path("eligibility").path("decision").asText();
            case "ConsentGranted" -> "Consent given: " + e.path("kind").asText();
            case "ConsentRevoked" -> "Consent revoked: " + e.path("kind").asText();
            case "TreatmentPlanApproved" -> "Plan approved: " + e.path("templateCode").asText() + " v"
                    + e.path("planVersion").asText();
            case "TreatmentPlanStatusChanged" -> "Plan " + e.path("status").asText().toLowerCase().replace('_', ' ');
            case "InfusionScheduled" -> "Infusion " + e.path("infusionNumber").asText() + " of "
                    + e.path("infusionCount").asText() + " booked for " + e.path("scheduledStart").asText();
            case "TherapySessionScheduled" -> e.path("kind").asText().toLowerCase().replace('_', ' ') + " booked for "
                    + e.path("scheduledStart").asText();
            case "AppointmentCancelled" -> e.path("kind").asText().toLowerCase().replace('_', ' ') + " cancelled";
            case "InfusionCheckedIn" -> "Checked in for an infusion";
            case "InfusionDeferred" -> "Infusion deferred: " + e.path("reason").asText();
            case "InfusionStarted" -> "Infusion started: " + e.path("totalDoseMg").asText() + " mg "
                    + e.path("route").asText();
            case "InfusionCompleted" -> "Infusion completed and discharged after " + e.path("monitoringMinutes").asText()
                    + " min";
            case "InfusionAborted" -> "Infusion stopped: " + e.path("reason").asText();
            case "SafetyAlertRaised" -> "Safety alert " + e.path("level").asText() + ": " + e.path("message").asText();
            case "AdverseEventReported", "SeriousAdverseEventReported" -> "Adverse event " + e.path("type").asText()
                    + " (" + e.path("severity").asText("SERIOUS") + ")";
            default -> type;
        };
    }

    static UUID uuid(JsonNode event, String field) {
        try {
            return event.hasNonNull(field) ? UUID.fromString(event.get(field).asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
