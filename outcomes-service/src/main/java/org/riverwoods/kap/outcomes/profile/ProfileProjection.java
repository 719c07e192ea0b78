package org.riverwoods.kap.outcomes.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;

/** Keeps each patient's profile from the events that carry its facts. */
@ApplicationScoped
public class ProfileProjection {

    /** The clinic's calendar: a plan started or discontinued at 6 pm in Denver did so that day, not the next. */
    @ConfigProperty(name = "kap.outcomes.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    static final String ANALYTICS_SCOPE = "PROGRAM_ANALYTICS";

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String type, JsonNode e, Instant time) {
        if (!e.hasNonNull("patientId")) {
            return;
        }
        UUID patientId = UUID.fromString(e.get("patientId").asText());
        switch (type) {
            case "PatientRegistered", "PatientUpdated" -> {
                PatientProfile p = PatientProfile.of(patientId);
                p.sex = e.path("sex").asText(null);
                p.birthYear = e.hasNonNull("birthYear") ? e.get("birthYear").asInt() : null;
                if ("PatientRegistered".equals(type)) {
                    p.registeredAt = time;
                }
                touch(p);
            }
            case "ScreeningScored" -> {
                if ("PHQ_9".equals(e.path("instrument").asText()) && e.hasNonNull("total")) {
                    PatientProfile p = PatientProfile.of(patientId);
                    p.baselinePhq9 = e.get("total").asInt(); // the latest intake score before treatment
                    touch(p);
                }
            }
            case "IntakeCompleted" -> {
                PatientProfile p = PatientProfile.of(patientId);
                p.primarySubstance = e.path("primarySubstance").asText(null);
                p.sex = e.path("sex").asText(p.sex);
                touch(p);
            }
            case "TreatmentPlanApproved" -> {
                PatientProfile p = PatientProfile.of(patientId);
                p.planId = UUID.fromString(e.get("planId").asText());
                p.templateCode = e.path("templateCode").asText(null);
                p.relapseRule = e.path("relapseRule").asText(null);
                p.primarySubstance = e.path("primarySubstance").asText(p.primarySubstance);
                touch(p);
            }
            case "TreatmentPlanStatusChanged" -> {
                PatientProfile p = PatientProfile.of(patientId);
                p.planStatus = e.path("status").asText(null);
                if ("ACTIVE".equals(p.planStatus) && p.planStartedOn == null) {
                    // day 0 of the protocol as treatment booked it; older events carry only the time
                    p.planStartedOn = e.hasNonNull("startDate") ? LocalDate.parse(e.get("startDate").asText())
                            : LocalDate.ofInstant(time, clinicZone);
                }
                if ("DISCONTINUED".equals(p.planStatus) && p.dropoutOn == null) {
                    p.dropoutOn = LocalDate.ofInstant(time, clinicZone);
                }
                touch(p);
            }
            case "ConsentGranted" -> {
                if (isAnalyticsConsent(e)) {
                    PatientProfile p = PatientProfile.of(patientId);
                    p.analyticsConsent = true;
                    p.analyticsConsentId = UUID.fromString(e.get("consentId").asText());
                    touch(p);
                }
            }
            case "ConsentRevoked" -> {
                PatientProfile p = PatientProfile.findById(patientId);
                if (p != null && p.analyticsConsentId != null
                        && p.analyticsConsentId.toString().equals(e.path("consentId").asText())) {
                    p.analyticsConsent = false; // effective at once: nothing more is published
                    touch(p);
                }
            }
            default -> {
                // the other events carry nothing for the profile
            }
        }
    }

    private static boolean isAnalyticsConsent(JsonNode e) {
        if (!"PART2_DEIDENTIFIED_DISCLOSURE".equals(e.path("kind").asText())) {
            return false;
        }
        for (JsonNode scope : e.path("scope")) {
            if (ANALYTICS_SCOPE.equals(scope.asText())) {
                return true;
            }
        }
        return false;
    }

    private static void touch(PatientProfile p) {
        p.updatedAt = Instant.now();
    }
}
