package org.riverwoods.kap.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * One patient of the fault tier's traffic, from registration to a discharged infusion and her diary,
 * through the four REST APIs with a {@link FaultClient}. What each step was answered is written to
 * the scenario's {@link FaultTrafficRecord}, for the reconciliation.
 */
final class FaultJourney {

    static final String NURSE = DevTokens.staff("nurse-jordan", "nurse");
    static final String SECOND_NURSE = DevTokens.staff("nurse-sam", "nurse");
    static final String PRESCRIBER = DevTokens.staff("dr-okafor", "prescriber");
    /** Diary days each patient records. */
    static final int DIARY_DAYS = 3;
    static final int SCREENINGS = 4;
    static final int CONSENTS = 2;
    static final int VITALS_PER_INFUSION = 2;

    /** The lot the fault tier's doses are prepared from. */
    static final String LOT = "KET-FAULT-0001";
    private static final Set<String> STARTED = Set.of("INFUSING", "RECOVERY", "DISCHARGED");

    private final PlatformUrls urls;
    private final FaultClient client;
    private final FaultTrafficRecord record;

    FaultJourney(PlatformUrls urls, FaultClient client, FaultTrafficRecord record) {
        this.urls = urls;
        this.client = client;
        this.record = record;
    }

    /** Runs one patient's journey; a step that cannot be done ends it (the record says which). */
    void run() {
        UUID patientId = register();
        intake(patientId);
        plan(patientId);
        infusion(patientId);
        outcomes(patientId);
        record.journeyCompleted();
    }

    private UUID register() {
        record.sent(FaultTrafficRecord.Kind.REGISTRATION);
        JsonNode patient = client.create(urls.intakeApi() + "/patients", NURSE, """
                {"givenName":"Fault","familyName":"Patient","dateOfBirth":"1984-03-12","sex":"FEMALE",
                 "email":"fault.patient@example.org","weightKg":80.0,"weightMeasuredOn":"%s"}"""
                .formatted(LocalDate.now().minusDays(1)));
        UUID patientId = UUID.fromString(patient.path("id").asText());
        record.accepted(FaultTrafficRecord.Kind.REGISTRATION, patientId);
        return patientId;
    }

    private void intake(UUID patientId) {
        String intakeApi = urls.intakeApi();
        record.sent(FaultTrafficRecord.Kind.INTAKE);
        UUID intakeId = UUID.fromString(client.create(intakeApi + "/patients/" + patientId + "/intakes", NURSE, null)
                .path("id").asText());
        record.accepted(FaultTrafficRecord.Kind.INTAKE, patientId);
        String[][] instruments = { { "AUDIT", "[3,3,3,2,1,1,1,0,2,2]" }, { "DAST_10", "[1,0,1,0,0,0,0,0,0,0]" },
                { "PHQ_9", "[2,2,1,2,1,1,2,1,0]" }, { "GAD_7", "[1,2,1,1,2,1,1]" } };
        for (String[] instrument : instruments) {
            record.sent(FaultTrafficRecord.Kind.SCREENING);
            client.create(intakeApi + "/intakes/" + intakeId + "/screenings", NURSE,
                    "{\"instrument\":\"" + instrument[0] + "\",\"answers\":" + instrument[1] + "}");
            record.accepted(FaultTrafficRecord.Kind.SCREENING, patientId);
        }
        client.put(intakeApi + "/intakes/" + intakeId + "/substance-history",
                intakeApi + "/intakes/" + intakeId + "/substance-history", NURSE, """
                {"primarySubstance":"ALCOHOL","substances":[{"substance":"ALCOHOL","daysUsedLast30":24,"lastUseOn":"%s",
                 "route":"ORAL"}],"priorTreatmentEpisodes":1,"currentMedications":[]}""".formatted(LocalDate.now().minusDays(2)));
        client.put(intakeApi + "/intakes/" + intakeId + "/eligibility/screen",
                intakeApi + "/intakes/" + intakeId + "/eligibility", NURSE, """
                {"aneurysmalVascularDiseaseOrAvm":false,"intracerebralHaemorrhageHistory":false,
                 "ketamineHypersensitivity":false,"activePsychosisOrMania":false,"psychosisOrManiaHistory":false,
                 "pregnant":false,"breastfeeding":false,"uncontrolledHypertension":false,
                 "acuteIntoxicationOrWithdrawal":false,"systolicMmHg":128,"diastolicMmHg":82,
                 "benzodiazepineLorazepamEquivalentMgPerDay":0}""");
        String signedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
        for (String consent : new String[] {
                "{\"kind\":\"TREATMENT\",\"documentVersion\":\"IKAP-TX-2026.1\",\"signedAt\":\"%s\",\"signedBy\":\"the patient\",\"witnessedBy\":\"RN J. Chen\"}",
                "{\"kind\":\"PART2_DEIDENTIFIED_DISCLOSURE\",\"documentVersion\":\"P2-DEID-2026.1\",\"scope\":[\"PROGRAM_ANALYTICS\"],\"signedAt\":\"%s\",\"signedBy\":\"the patient\"}" }) {
            record.sent(FaultTrafficRecord.Kind.CONSENT);
            client.create(intakeApi + "/patients/" + patientId + "/consents", NURSE, consent.formatted(signedAt));
            record.accepted(FaultTrafficRecord.Kind.CONSENT, patientId);
        }
        record.sent(FaultTrafficRecord.Kind.INTAKE_COMPLETION);
        client.change(intakeApi + "/intakes/" + intakeId, NURSE, i -> "COMPLETED".equals(i.path("status").asText()),
                "POST", intakeApi + "/intakes/" + intakeId + "/completion", NURSE, null, true);
        record.accepted(FaultTrafficRecord.Kind.INTAKE_COMPLETION, intakeId);
    }

    private void plan(UUID patientId) {
        String treatmentApi = urls.treatmentApi();
        UUID planId = client.await(treatmentApi + "/patients/" + patientId + "/treatment-plans", PRESCRIBER, plans -> {
            for (JsonNode plan : plans.path("items")) {
                return UUID.fromString(plan.path("id").asText());
            }
            return null;
        });
        String plan = treatmentApi + "/treatment-plans/" + planId;
        record.sent(FaultTrafficRecord.Kind.PLAN_ACTIVATION);
        client.change(plan, PRESCRIBER, p -> !"DRAFT".equals(p.path("status").asText()), "POST", plan + "/approval",
                PRESCRIBER, null, true);
        client.change(plan, PRESCRIBER, p -> "ACTIVE".equals(p.path("status").asText()), "POST", plan + "/status",
                PRESCRIBER, "{\"status\":\"ACTIVE\",\"reason\":\"Start of treatment\"}", true);
        record.accepted(FaultTrafficRecord.Kind.PLAN_ACTIVATION, planId);
    }

    /** The first infusion of the plan, check-in to discharge. */
    private void infusion(UUID patientId) {
        String infusionApi = urls.infusionApi();
        UUID sessionId = client.await(infusionApi + "/patients/" + patientId + "/infusion-sessions?size=100", NURSE,
                sessions -> {
                    for (JsonNode session : sessions.path("items")) {
                        if (session.path("infusionNumber").asInt() == 1) {
                            return UUID.fromString(session.path("id").asText());
                        }
                    }
                    return null;
                });
        String session = infusionApi + "/infusion-sessions/" + sessionId;
        record.sent(FaultTrafficRecord.Kind.INFUSION);
        step(session, s -> !"SCHEDULED".equals(status(s)), "/check-in", NURSE, "{\"weightKg\":80.0,"
                + "\"concomitantMedications\":{\"sedatives\":false,\"stimulants\":false,\"maois\":false}}");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        step(session, s -> "PRE_ASSESSMENT_PASSED".equals(status(s)) || STARTED.contains(status(s)), "/pre-assessment",
                NURSE, """
                        {"lastSolidsAt":"%s","lastClearLiquidsAt":"%s","pregnancyTestApplicable":false,
                         "breathAlcoholGramsPerDecilitre":0,"selfReportedIntoxication":false,"baselineSystolicMmHg":128,
                         "baselineDiastolicMmHg":82,"baselineHeartRateBpm":74,"baselineSpo2Percent":98,
                         "baselineRespiratoryRatePerMinute":14,"prescriberOnSite":true}"""
                        .formatted(now.minus(Duration.ofHours(8)), now.minus(Duration.ofHours(3))));
        step(session, s -> s.hasNonNull("dose") || STARTED.contains(status(s)), "/dose", NURSE,
                "{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"" + LOT + "\"}");
        step(session, s -> s.hasNonNull("doseVerifiedBy") || STARTED.contains(status(s)), "/dose/verification",
                SECOND_NURSE, null);
        UUID vial = receiveVial();
        step(session, s -> STARTED.contains(status(s)), "/start", NURSE, "{\"vialId\":\"" + vial + "\"}");
        wasteRemainder(vial);
        vitals(patientId, session, "{\"systolicMmHg\":138,\"diastolicMmHg\":86,\"heartRateBpm\":82,\"spo2Percent\":97,"
                + "\"respiratoryRatePerMinute\":14,\"moaas\":4}");
        step(session, s -> "RECOVERY".equals(status(s)) || "DISCHARGED".equals(status(s)), "/infusion-end", NURSE, null);
        vitals(patientId, session, "{\"systolicMmHg\":130,\"diastolicMmHg\":84,\"heartRateBpm\":76,\"spo2Percent\":98,"
                + "\"respiratoryRatePerMinute\":14,\"moaas\":5}");
        step(session, s -> "DISCHARGED".equals(status(s)), "/discharge", NURSE, "{\"driverPresent\":true}");
        record.accepted(FaultTrafficRecord.Kind.INFUSION, sessionId);
    }

    /** This patient's own vial (received under an Idempotency-Key), so that no two clients draw from one. */
    private UUID receiveVial() {
        record.sent(FaultTrafficRecord.Kind.VIAL_RECEIPT);
        UUID vial = UUID.fromString(client.create(urls.infusionApi() + "/controlled-substances/vials", NURSE, """
                {"supplier":"Cardinal Health","invoiceReference":"INV-FAULT","product":"Ketamine HCl injection 10 mg/mL",
                 "ndc":"42023-0113-10","concentrationMgPerMl":10.0,"volumeMl":20.0,"lotNumber":"%s","expiresOn":"%s",
                 "witnessedBy":"dr-okafor"}""".formatted(LOT, LocalDate.now().plusYears(1))).path("id").asText());
        record.accepted(FaultTrafficRecord.Kind.VIAL_RECEIPT, vial);
        return vial;
    }

    /** What the draw left in the single-dose vial, wasted in front of a second nurse. */
    private void wasteRemainder(UUID vial) {
        String vialUrl = urls.infusionApi() + "/controlled-substances/vials/" + vial;
        JsonNode left = client.get(vialUrl, NURSE);
        if (left.path("balanceMl").decimalValue().signum() == 0) {
            return;
        }
        record.sent(FaultTrafficRecord.Kind.WASTE);
        client.create(vialUrl + "/wastes", NURSE, "{\"volumeMl\":" + left.path("balanceMl").decimalValue().toPlainString()
                + ",\"witnessedBy\":\"nurse-sam\",\"reason\":\"Remainder of a single-dose vial\"}");
        record.accepted(FaultTrafficRecord.Kind.WASTE, vial);
    }

    private void vitals(UUID patientId, String session, String reading) {
        record.sent(FaultTrafficRecord.Kind.VITALS);
        client.create(session + "/vitals", NURSE, reading);
        record.accepted(FaultTrafficRecord.Kind.VITALS, patientId);
    }

    private void step(String session, java.util.function.Predicate<JsonNode> done, String step, String token, String body) {
        client.change(session, NURSE, done, "POST", session + step, token, body, false);
    }

    private void outcomes(UUID patientId) {
        String patientToken = DevTokens.patient(patientId);
        LocalDate latest = ClinicSteps.latestDiaryDay();
        for (int day = 0; day < DIARY_DAYS; day++) {
            record.sent(FaultTrafficRecord.Kind.DIARY_DAY);
            String diaryDay = urls.outcomesApi() + "/patients/" + patientId + "/diary/" + latest.minusDays(day);
            client.put(diaryDay, diaryDay, patientToken,
                    day == 0 ? "{\"entries\":[]}" : "{\"entries\":[{\"substance\":\"ALCOHOL\",\"amount\":2}]}");
            record.accepted(FaultTrafficRecord.Kind.DIARY_DAY, patientId);
        }
        record.sent(FaultTrafficRecord.Kind.QUESTIONNAIRE);
        client.create(urls.outcomesApi() + "/patients/" + patientId + "/questionnaires", patientToken,
                "{\"questionnaire\":\"PHQ_9\",\"answers\":[1,1,1,1,0,1,1,0,0]}");
        record.accepted(FaultTrafficRecord.Kind.QUESTIONNAIRE, patientId);
    }

    private static String status(JsonNode session) {
        return session.path("status").asText();
    }
}
