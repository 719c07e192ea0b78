package org.riverwoods.kap.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.ApiClient;
import org.riverwoods.kap.testing.journey.Await;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * The real records the walk's paths name: two patients carried through intake, consents, an active
 * plan with its appointments and infusion sessions, and a diary day, so that every kind of id in a
 * path exists (the patient, her intake, consent, screening, plan, appointment, session, diary day),
 * plus a protocol template. The first patient also has a new open intake, so that a clinician's
 * attempt to start another is refused (409) instead of writing one, and a suicide-risk flag (PHQ-9
 * item 9), so that the walk sees whether her own view hides it.
 */
record AuthorizationFixtures(PatientRecords own, PatientRecords other, String templateCode, int templateVersion) {

    /** One patient's ids, by the name of the path parameter that carries them. */
    record PatientRecords(UUID patientId, UUID intakeId, UUID consentId, UUID screeningId, UUID planId,
            UUID appointmentId, UUID sessionId, LocalDate diaryDay) {
    }

    /** Fixtures are made by clinicians of their own, so the walk's callers (dev-<role>) have no entry before it. */
    private static final String NURSE = DevTokens.staff("fixture-nurse", "nurse");
    private static final String PRESCRIBER = DevTokens.staff("fixture-prescriber", "prescriber");

    static AuthorizationFixtures create(ClinicSteps clinic, PlatformUrls urls) {
        ApiClient api = new ApiClient();
        PatientRecords own = patient(clinic, api, urls, "FEMALE");
        UUID openIntake = clinic.startIntake(own.patientId()); // open: a second start is a 409, not a new record
        // item 9 answered: her record carries the staff-only suicide-risk flag, which her own view must not show
        clinic.screen(openIntake, "PHQ_9", "[0,0,0,0,0,0,0,0,1]");
        if (!api.get(urls.intakeApi() + "/patients/" + own.patientId(), NURSE).expect(200).body()
                .hasNonNull("suicideRiskFlaggedAt")) {
            throw new IllegalStateException("The first patient's record should carry the suicide-risk flag for staff");
        }
        Await.until("treatment-service to show the first patient's suicide risk to staff", ClinicSteps.EVENTUAL,
                () -> clinic.plan(own.planId()).path("suicideRisk").isObject() ? Boolean.TRUE : null);
        PatientRecords other = patient(clinic, api, urls, "MALE");
        JsonNode template = api.get(urls.treatmentApi() + "/protocol-templates", PRESCRIBER).expect(200).items().get(0);
        return new AuthorizationFixtures(own, other, template.path("code").asText(), template.path("version").asInt());
    }

    private static PatientRecords patient(ClinicSteps clinic, ApiClient api, PlatformUrls urls, String sex) {
        Journeys.ActivePatient active = Journeys.activePatient(clinic, sex);
        UUID patientId = active.patientId();
        UUID screeningId = api.get(urls.intakeApi() + "/intakes/" + active.intakeId() + "/screenings", NURSE)
                .expect(200).items().stream().map(s -> UUID.fromString(s.path("id").asText())).findFirst().orElseThrow();
        List<JsonNode> appointments = clinic.appointments(active.planId());
        UUID appointmentId = UUID.fromString(appointments.get(0).path("id").asText());
        UUID sessionId = UUID.fromString(clinic.awaitSessions(patientId, 1).get(0).path("id").asText());
        LocalDate day = ClinicSteps.latestDiaryDay();
        clinic.diaryDay(patientId, day, 0);
        return new PatientRecords(patientId, active.intakeId(), active.treatmentConsentId(), screeningId,
                active.planId(), appointmentId, sessionId, day);
    }

    /** Every UUID of a patient's records, to spot one in an answer meant for someone else. */
    static List<String> ids(PatientRecords p) {
        return List.of(p.patientId(), p.intakeId(), p.consentId(), p.screeningId(), p.planId(), p.appointmentId(),
                p.sessionId()).stream().map(UUID::toString).toList();
    }
}
