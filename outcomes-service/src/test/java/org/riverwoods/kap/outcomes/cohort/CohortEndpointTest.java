package org.riverwoods.kap.outcomes.cohort;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.riverwoods.kap.outcomes.Fixtures.as;
import static org.riverwoods.kap.outcomes.Fixtures.asPatient;
import static org.riverwoods.kap.outcomes.Fixtures.publish;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.Fixtures;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A small cohort worked by hand: 11 patients on one (test-only) protocol, 4 of whom relapse on day 0. */
@QuarkusTest
class CohortEndpointTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Denver"));

    @Test
    void aggregatesWithKaplanMeierAndSmallCellsSuppressed() {
        for (int i = 0; i < 11; i++) {
            UUID patientId = enrol("CLINIC_COHORT_A", "FIRST_HEAVY_DRINKING_DAY");
            String body = i < 4 ? "{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":5}]}" : "{\"entries\":[]}";
            asPatient(patientId).body(body).put("/api/v1/patients/" + patientId + "/diary/" + TODAY).then().statusCode(200);
        }
        enrol("CLINIC_COHORT_B", "FIRST_USE"); // one patient: the whole row is suppressed
        String period = TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);

        // enrolled 11 (shown); completed 0 (suppressed); mean PDA (7 x 100 + 4 x 0) / 11 = 63.6;
        // KM: 4 relapses of 11 at risk on day 0 -> S(0) = 7/11 = 0.6364, the 7 others censored on day 0: no median.
        as("analyst").queryParam("period", period).get("/api/v1/cohorts").then().statusCode(200)
                .body("find { it.templateCode == 'CLINIC_COHORT_A' }.enrolled.value", is(11))
                .body("find { it.templateCode == 'CLINIC_COHORT_A' }.completed.suppressed", is(true))
                .body("find { it.templateCode == 'CLINIC_COHORT_A' }.meanPercentDaysAbstinent.value", is(63.6f))
                .body("find { it.templateCode == 'CLINIC_COHORT_A' }.relapseFreeSurvival.points.last().survival", is(0.6364f))
                .body("find { it.templateCode == 'CLINIC_COHORT_A' }.relapseFreeSurvival.medianDays", nullValue())
                .body("find { it.templateCode == 'CLINIC_COHORT_B' }.enrolled.suppressed", is(true))
                .body("find { it.templateCode == 'CLINIC_COHORT_B' }.relapseFreeSurvival", nullValue());
        as("nurse").queryParam("period", period).get("/api/v1/cohorts").then().statusCode(403);
        as("analyst").queryParam("period", "Q4-2026").get("/api/v1/cohorts").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static UUID enrol(String template, String relapseRule) {
        UUID patientId = Fixtures.registeredPatient();
        UUID planId = UUID.randomUUID();
        publish("intake.patients", "PatientRegistered", patientId, """
                {"patientId":"%s","sex":"FEMALE","birthYear":1980,"weightKg":70.0,"weightMeasuredOn":"2026-11-20",
                 "registeredAt":"2026-11-20T09:00:00Z"}""".formatted(patientId));
        publish("treatment.plans", "TreatmentPlanApproved", patientId, """
                {"planId":"%s","patientId":"%s","intakeId":"%s","planVersion":1,"templateCode":"%s","templateVersion":1,
                 "primarySubstance":"ALCOHOL","relapseRule":"%s",
                 "prescription":{"route":"IV","doseMgPerKg":0.71,"infusionMinutes":52,"bolusDoseMgPerKg":0.11,"bolusMinutes":2,
                   "infusionCount":1,"infusionIntervalDays":0,"firstInfusionDay":7},
                 "therapyModality":"MOTIVATIONAL_ENHANCEMENT_THERAPY","therapySessionCount":6,"totalWeeks":5,
                 "prescriber":"dr-a","approvedAt":"2026-11-25T09:00:00Z","prescriptionDigest":"%s"}"""
                .formatted(planId, patientId, UUID.randomUUID(), template, relapseRule, "0".repeat(64)));
        publish("treatment.plans", "TreatmentPlanStatusChanged", patientId, """
                {"planId":"%s","patientId":"%s","planVersion":1,"templateCode":"%s","templateVersion":1,
                 "previousStatus":"APPROVED","status":"ACTIVE","reason":"Start","changedAt":"2026-11-26T09:00:00Z",
                 "startDate":"%s"}"""
                .formatted(planId, patientId, template, TODAY));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            PatientProfile p = PatientProfile.findById(patientId);
            return p != null && p.planStartedOn != null && p.templateCode != null && p.sex != null;
        }));
        return patientId;
    }
}
