package org.riverwoods.kap.testing.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.riverwoods.kap.testing.DevTokens;

/**
 * What the clinic's staff and patients do, one REST call (or a few) per step, through the four
 * services' public APIs only. Steps that wait for another service wait until its API shows the
 * effect of the event, within {@link #EVENTUAL}.
 */
public final class ClinicSteps {

    /** The services' default clinic zone (kap.*.clinic-zone). */
    public static final ZoneId CLINIC_ZONE = ZoneId.of("America/Denver");

    /** How long an event may take to show in another service; it takes well under a second here. */
    public static final Duration EVENTUAL = Duration.ofSeconds(30);

    static final String NURSE = DevTokens.staff("nurse-jordan", "nurse");
    /** The second clinician of the dose double check: never the nurse who calculated it. */
    static final String SECOND_NURSE = DevTokens.staff("nurse-sam", "nurse");
    static final String PRESCRIBER = DevTokens.staff("dr-okafor", "prescriber");

    private final PlatformUrls urls;
    private final ApiClient api = new ApiClient();
    private final Narrator narrator;

    public ClinicSteps(PlatformUrls urls, Narrator narrator) {
        this.urls = urls;
        this.narrator = narrator;
    }

    public void say(String line) {
        narrator.say(line);
    }

    // --- intake-service

    /** Registers a patient (an Idempotency-Key, as a mobile client sends) and returns the id. */
    public UUID registerPatient(String sex, String weightKg) {
        String body = """
                {"givenName":"Journey","familyName":"Patient","dateOfBirth":"1984-03-12","sex":"%s",
                 "email":"journey.patient@example.org","weightKg":%s,"weightMeasuredOn":"%s"}"""
                .formatted(sex, weightKg, LocalDate.now().minusDays(1));
        UUID patientId = api.post(urls.intakeApi() + "/patients", NURSE, body,
                Map.of("Idempotency-Key", "journey-" + UUID.randomUUID())).expect(201).id();
        narrator.say("registered patient " + patientId + " (" + sex.toLowerCase() + ", " + weightKg + " kg)");
        return patientId;
    }

    public UUID startIntake(UUID patientId) {
        return api.post(urls.intakeApi() + "/patients/" + patientId + "/intakes", NURSE, null).expect(201).id();
    }

    /** Scores an instrument; returns "total band", e.g. "22 HARMFUL". */
    public String screen(UUID intakeId, String instrument, String answers) {
        JsonNode scored = api.post(urls.intakeApi() + "/intakes/" + intakeId + "/screenings", NURSE,
                "{\"instrument\":\"" + instrument + "\",\"answers\":" + answers + "}").expect(201).body();
        return scored.path("total").asText() + " " + scored.path("band").asText();
    }

    public void substanceHistory(UUID intakeId, String primarySubstance) {
        api.put(urls.intakeApi() + "/intakes/" + intakeId + "/substance-history", NURSE, """
                {"primarySubstance":"%s","substances":[{"substance":"%s","daysUsedLast30":24,"lastUseOn":"%s",
                 "route":"ORAL"}],"priorTreatmentEpisodes":1,"currentMedications":[]}"""
                .formatted(primarySubstance, primarySubstance, LocalDate.now().minusDays(2))).expect(200);
    }

    /** The contraindication screen; returns the eligibility decision with its reasons. */
    public JsonNode contraindicationScreen(UUID intakeId, boolean activePsychosis) {
        return api.put(urls.intakeApi() + "/intakes/" + intakeId + "/eligibility/screen", NURSE, """
                {"aneurysmalVascularDiseaseOrAvm":false,"intracerebralHaemorrhageHistory":false,
                 "ketamineHypersensitivity":false,"activePsychosisOrMania":%s,"psychosisOrManiaHistory":%s,
                 "pregnant":false,"breastfeeding":false,"uncontrolledHypertension":false,
                 "acuteIntoxicationOrWithdrawal":false,"systolicMmHg":128,"diastolicMmHg":82,
                 "benzodiazepineLorazepamEquivalentMgPerDay":0}""".formatted(activePsychosis, activePsychosis))
                .expect(200).body();
    }

    public UUID grantTreatmentConsent(UUID patientId) {
        return consent(patientId, """
                {"kind":"TREATMENT","documentVersion":"IKAP-TX-2026.1","signedAt":"%s",
                 "signedBy":"the patient","witnessedBy":"RN J. Chen"}""");
    }

    /** The 42 CFR Part 2 consent to de-identified program analytics. */
    public UUID grantAnalyticsConsent(UUID patientId) {
        return consent(patientId, """
                {"kind":"PART2_DEIDENTIFIED_DISCLOSURE","documentVersion":"P2-DEID-2026.1",
                 "scope":["PROGRAM_ANALYTICS"],"signedAt":"%s","signedBy":"the patient"}""");
    }

    private UUID consent(UUID patientId, String template) {
        String signedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
        return api.post(urls.intakeApi() + "/patients/" + patientId + "/consents", NURSE, template.formatted(signedAt))
                .expect(201).id();
    }

    /** A clinician records the same-day review of a suicide-risk flag at intake; one review clears it everywhere. */
    public JsonNode reviewSuicideRisk(UUID patientId) {
        return api.post(urls.intakeApi() + "/patients/" + patientId + "/suicide-risk-review", PRESCRIBER,
                "{\"outcome\":\"SAFETY_PLAN_IN_PLACE\",\"note\":\"Seen same day; safety plan agreed\"}")
                .expect(200).body();
    }

    public void revokeConsent(UUID patientId, UUID consentId, String reason) {
        api.post(urls.intakeApi() + "/patients/" + patientId + "/consents/" + consentId + "/revocation", NURSE,
                "{\"reason\":\"" + reason + "\"}").expect(200);
    }

    /**
     * Everything an intake needs before it can complete: AUDIT, DAST-10, PHQ-9 and GAD-7, the
     * substance history and the contraindication screen. Returns the intake id.
     */
    public UUID assess(UUID patientId, String primarySubstance, boolean activePsychosis) {
        UUID intakeId = startIntake(patientId);
        narrator.say("intake " + intakeId + " started; questionnaires scored: AUDIT "
                + screen(intakeId, "AUDIT", "[3,3,3,2,1,1,1,0,2,2]")
                + ", DAST-10 " + screen(intakeId, "DAST_10", "[1,0,1,0,0,0,0,0,0,0]")
                + ", PHQ-9 " + screen(intakeId, "PHQ_9", "[2,2,1,2,1,1,2,1,0]")
                + ", GAD-7 " + screen(intakeId, "GAD_7", "[1,2,1,1,2,1,1]"));
        substanceHistory(intakeId, primarySubstance);
        JsonNode eligibility = contraindicationScreen(intakeId, activePsychosis);
        narrator.say("contraindication screen: " + eligibility.path("decision").asText()
                + reasons(eligibility.path("reasons")));
        return intakeId;
    }

    /** Completes the intake with its current ETag; returns the completed intake. */
    public JsonNode completeIntake(UUID intakeId) {
        String etag = api.get(urls.intakeApi() + "/intakes/" + intakeId, NURSE).expect(200).etag();
        JsonNode completed = api.post(urls.intakeApi() + "/intakes/" + intakeId + "/completion", NURSE, null,
                Map.of("If-Match", etag)).expect(200).body();
        narrator.say("intake completed (eligibility " + completed.path("eligibility").asText() + ")");
        return completed;
    }

    // --- treatment-service

    /** The patient's plan once treatment-service has it in {@code status}. */
    public JsonNode awaitPlan(UUID patientId, String status) {
        return Await.until("a " + status + " treatment plan for patient " + patientId, EVENTUAL, () -> {
            List<JsonNode> plans = api.get(urls.treatmentApi() + "/patients/" + patientId + "/treatment-plans",
                    PRESCRIBER).expect(200).items();
            return plans.stream().filter(p -> status.equals(p.path("status").asText())).findFirst().orElse(null);
        });
    }

    public List<JsonNode> plans(UUID patientId) {
        return api.get(urls.treatmentApi() + "/patients/" + patientId + "/treatment-plans", PRESCRIBER).expect(200)
                .items();
    }

    public JsonNode plan(UUID planId) {
        return api.get(urls.treatmentApi() + "/treatment-plans/" + planId, PRESCRIBER).expect(200).body();
    }

    /** The prescriber signs the plan and starts treatment, which books every appointment. */
    public JsonNode approveAndActivate(UUID planId) {
        String draft = api.get(urls.treatmentApi() + "/treatment-plans/" + planId, PRESCRIBER).expect(200).etag();
        ApiResponse approved = api.post(urls.treatmentApi() + "/treatment-plans/" + planId + "/approval", PRESCRIBER,
                null, Map.of("If-Match", draft)).expect(200);
        narrator.say("prescriber approved the plan (prescription digest "
                + approved.text("/approval/prescriptionDigest").substring(0, 12) + "...)");
        JsonNode active = api.post(urls.treatmentApi() + "/treatment-plans/" + planId + "/status", PRESCRIBER,
                "{\"status\":\"ACTIVE\",\"reason\":\"Start of treatment\"}", Map.of("If-Match", approved.etag()))
                .expect(200).body();
        narrator.say("plan ACTIVE from " + active.path("startDate").asText() + ": appointments booked");
        return active;
    }

    /** The prescriber changes the dose of an active plan (signed as it is made). */
    public JsonNode amendDose(UUID planId, String doseMgPerKg, String reason) {
        String etag = api.get(urls.treatmentApi() + "/treatment-plans/" + planId, PRESCRIBER).expect(200).etag();
        return api.post(urls.treatmentApi() + "/treatment-plans/" + planId + "/amendments", PRESCRIBER,
                "{\"reason\":\"" + reason + "\",\"doseMgPerKg\":" + doseMgPerKg + "}", Map.of("If-Match", etag))
                .expect(200).body();
    }

    public JsonNode cancelAppointment(UUID appointmentId, String reason) {
        String etag = api.get(urls.treatmentApi() + "/appointments/" + appointmentId, NURSE).expect(200).etag();
        return api.post(urls.treatmentApi() + "/appointments/" + appointmentId + "/cancellation", NURSE,
                "{\"reason\":\"" + reason + "\"}", Map.of("If-Match", etag)).expect(200).body();
    }

    public List<JsonNode> appointments(UUID planId) {
        return api.get(urls.treatmentApi() + "/treatment-plans/" + planId + "/appointments?size=100", PRESCRIBER)
                .expect(200).items();
    }

    public List<JsonNode> infusionAppointments(UUID planId) {
        return appointments(planId).stream().filter(a -> "KETAMINE_INFUSION".equals(a.path("kind").asText())).toList();
    }

    public List<JsonNode> reviewQueue() {
        return api.get(urls.treatmentApi() + "/review-queue?size=100", PRESCRIBER).expect(200).items();
    }

    /** Staff confirm the time treatment-service proposed for a deferred infusion. */
    public JsonNode confirmProposedTime(UUID appointmentId) {
        ApiResponse appointment = api.get(urls.treatmentApi() + "/appointments/" + appointmentId, NURSE).expect(200);
        String proposed = appointment.text("/proposedStart");
        return api.post(urls.treatmentApi() + "/appointments/" + appointmentId + "/reschedule", NURSE,
                "{\"startsAt\":\"" + proposed + "\",\"reason\":\"Deferred: blood pressure; next clinic day\"}",
                Map.of("If-Match", appointment.etag())).expect(200).body();
    }

    // --- infusion-service

    /** The patient's infusion sessions (in order of time) once there are at least {@code count}. */
    public List<JsonNode> awaitSessions(UUID patientId, int count) {
        return Await.until(count + " infusion sessions for patient " + patientId, EVENTUAL, () -> {
            List<JsonNode> sessions = sessions(patientId);
            return sessions.size() >= count ? sessions : null;
        });
    }

    public List<JsonNode> sessions(UUID patientId) {
        return api.get(urls.infusionApi() + "/patients/" + patientId + "/infusion-sessions?size=100", NURSE)
                .expect(200).items();
    }

    public JsonNode session(UUID sessionId) {
        return api.get(urls.infusionApi() + "/infusion-sessions/" + sessionId, NURSE).expect(200).body();
    }

    public JsonNode checkIn(UUID sessionId, String weightKg) {
        return sessionStep(sessionId, "/check-in", NURSE, "{\"weightKg\":" + weightKg
                + ",\"concomitantMedications\":{\"sedatives\":false,\"stimulants\":false,\"maois\":false}}");
    }

    /** The safety gate with the given baseline blood pressure; everything else as a fit patient. */
    public JsonNode preAssessment(UUID sessionId, int systolicMmHg, int diastolicMmHg) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return sessionStep(sessionId, "/pre-assessment", NURSE, """
                {"lastSolidsAt":"%s","lastClearLiquidsAt":"%s","pregnancyTestApplicable":false,
                 "breathAlcoholGramsPerDecilitre":0,"selfReportedIntoxication":false,"baselineSystolicMmHg":%d,
                 "baselineDiastolicMmHg":%d,"baselineHeartRateBpm":74,"baselineSpo2Percent":98,
                 "baselineRespiratoryRatePerMinute":14,"prescriberOnSite":true}"""
                .formatted(now.minus(Duration.ofHours(8)), now.minus(Duration.ofHours(3)), systolicMmHg, diastolicMmHg));
    }

    /**
     * Dose calculated by one nurse, verified by a second clinician, then dosing starts, drawing the
     * dose from a vial of the dose's lot (one is received into the ledger when none holds enough);
     * what is left in the vial is wasted in front of a second nurse (single-dose vials).
     */
    public JsonNode doseAndStart(UUID sessionId) {
        JsonNode dose = doseAndCheck(sessionId);
        startFromAVial(sessionId).expect(200);
        return dose;
    }

    /** Dose calculated by one nurse and verified by a second clinician; returns the calculated dose. */
    public JsonNode doseAndCheck(UUID sessionId) {
        JsonNode dosed = sessionStep(sessionId, "/dose", NURSE, "{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"" + LOT + "\"}");
        sessionStep(sessionId, "/dose/verification", SECOND_NURSE, null);
        return dosed.path("dose");
    }

    /**
     * Asks to start dosing and returns the answer as it is, refused or not. Once a dose is calculated
     * it names a vial of its lot holding enough (received if none does); a started infusion's vial
     * remainder is wasted as in {@link #doseAndStart}.
     */
    public ApiResponse tryStart(UUID sessionId) {
        JsonNode session = session(sessionId);
        if (!session.hasNonNull("dose") || !session.hasNonNull("lotNumber")) {
            return startWith(sessionId, UUID.randomUUID()); // refused before any vial is looked at
        }
        return startFromAVial(sessionId);
    }

    /**
     * Starts from a usable vial and wastes its remainder. Visits started at once (the benchmark) may
     * pick the same unopened vial: the one refused for it (409 naming vialId) takes a new vial.
     */
    private ApiResponse startFromAVial(UUID sessionId) {
        UUID vial = vialFor(sessionId);
        ApiResponse start = startWith(sessionId, vial);
        for (int attempt = 0; attempt < 3 && start.status() == 409
                && "vialId".equals(start.body().at("/violations/0/field").asText()); attempt++) {
            vial = receiveVial(session(sessionId).path("lotNumber").asText(LOT));
            start = startWith(sessionId, vial);
        }
        if (start.status() == 200) {
            wasteRemainder(vial);
        }
        return start;
    }

    private ApiResponse startWith(UUID sessionId, UUID vialId) {
        return api.post(urls.infusionApi() + "/infusion-sessions/" + sessionId + "/start", NURSE,
                "{\"vialId\":\"" + vialId + "\"}");
    }

    // --- infusion-service: the controlled-substance ledger

    /** The lot the journeys prepare doses from. */
    public static final String LOT = "KET-2611-0042";

    /** An unopened vial of the session's lot that holds its calculated dose; one is received when none does. */
    public UUID vialFor(UUID sessionId) {
        JsonNode session = session(sessionId);
        String lot = session.path("lotNumber").asText(LOT);
        java.math.BigDecimal doseMg = session.path("dose").path("totalDoseMg").decimalValue();
        for (JsonNode vial : api.get(urls.infusionApi() + "/controlled-substances/vials?inStock=true&size=100&lotNumber=" + lot,
                NURSE).expect(200).items()) {
            if (vial.path("openedAt").isNull() && vial.path("balanceMg").decimalValue().compareTo(doseMg) >= 0
                    && !LocalDate.parse(vial.path("expiresOn").asText()).isBefore(LocalDate.now(CLINIC_ZONE))) {
                return UUID.fromString(vial.path("id").asText());
            }
        }
        return receiveVial(lot);
    }

    /** A 20 mL vial of ketamine 10 mg/mL (200 mg) received by a nurse and witnessed by a prescriber. */
    public UUID receiveVial(String lot) {
        UUID vial = api.post(urls.infusionApi() + "/controlled-substances/vials", NURSE, """
                {"supplier":"Cardinal Health","invoiceReference":"INV-%s","product":"Ketamine HCl injection 10 mg/mL",
                 "ndc":"42023-0113-10","concentrationMgPerMl":10.0,"volumeMl":20.0,"lotNumber":"%s","expiresOn":"%s",
                 "witnessedBy":"dr-okafor"}""".formatted(LocalDate.now(CLINIC_ZONE), lot, LocalDate.now(CLINIC_ZONE).plusYears(1)),
                Map.of("Idempotency-Key", "journey-vial-" + UUID.randomUUID())).expect(201).id();
        narrator.say("received vial " + vial + " (lot " + lot + ", 20 mL of 10 mg/mL = 200 mg), witnessed");
        return vial;
    }

    /** Wastes what is left in the vial, in front of a second nurse; returns the waste entry (or null if empty). */
    public JsonNode wasteRemainder(UUID vialId) {
        JsonNode vial = api.get(urls.infusionApi() + "/controlled-substances/vials/" + vialId, NURSE).expect(200).body();
        if (vial.path("balanceMl").decimalValue().signum() == 0) {
            return null;
        }
        return api.post(urls.infusionApi() + "/controlled-substances/vials/" + vialId + "/wastes", NURSE,
                "{\"volumeMl\":" + vial.path("balanceMl").decimalValue().toPlainString()
                        + ",\"witnessedBy\":\"nurse-sam\",\"reason\":\"Remainder of a single-dose vial\"}",
                Map.of("Idempotency-Key", "journey-waste-" + UUID.randomUUID())).expect(201).body();
    }

    /**
     * The count at the end of the clinic day: every vial with stock counted at what the nurse sees
     * (here: its balance), signed by a nurse and a prescriber. Returns the count with its lines.
     */
    public JsonNode endOfDayCount() {
        StringBuilder lines = new StringBuilder();
        for (JsonNode vial : api.get(urls.infusionApi() + "/controlled-substances/vials?inStock=true&size=100", NURSE)
                .expect(200).items()) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"vialId\":\"").append(vial.path("id").asText())
                    .append("\",\"countedVolumeMl\":").append(vial.path("balanceMl").decimalValue().toPlainString()).append('}');
        }
        return api.post(urls.infusionApi() + "/controlled-substances/counts", NURSE,
                "{\"shift\":\"END_OF_DAY\",\"witnessedBy\":\"dr-okafor\",\"vials\":[" + lines + "]}",
                Map.of("Idempotency-Key", "journey-count-" + UUID.randomUUID())).expect(201).body();
    }

    /** The ledger entries of one clinic day (first page of up to 100, in chain order). */
    public List<JsonNode> ledger(LocalDate day) {
        return api.get(urls.infusionApi() + "/controlled-substances/ledger?size=100&from=" + day + "&to=" + day, NURSE)
                .expect(200).items();
    }

    /** Walks the ledger's hash chain. */
    public JsonNode ledgerVerification() {
        return api.get(urls.infusionApi() + "/controlled-substances/ledger/verification", NURSE).expect(200).body();
    }

    /** Runs the safety gate with the body as given and returns the answer as it is. */
    public ApiResponse tryPreAssessment(UUID sessionId, String body) {
        return api.post(urls.infusionApi() + "/infusion-sessions/" + sessionId + "/pre-assessment", NURSE, body);
    }

    /** The infusion suite's chair board for today. */
    public List<JsonNode> chairBoard() {
        ApiResponse board = api.get(urls.infusionApi() + "/chair-board", NURSE).expect(200);
        List<JsonNode> rows = new java.util.ArrayList<>();
        board.body().forEach(rows::add);
        return rows;
    }

    public JsonNode vitals(UUID sessionId, int systolic, int diastolic, int heartRate, int spo2, int moaas) {
        return api.post(urls.infusionApi() + "/infusion-sessions/" + sessionId + "/vitals", NURSE, """
                {"systolicMmHg":%d,"diastolicMmHg":%d,"heartRateBpm":%d,"spo2Percent":%d,
                 "respiratoryRatePerMinute":14,"moaas":%d}""".formatted(systolic, diastolic, heartRate, spo2, moaas))
                .expect(200, 201).body();
    }

    public JsonNode reportAdverseEvent(UUID sessionId, String type, String severity) {
        return api.post(urls.infusionApi() + "/infusion-sessions/" + sessionId + "/adverse-events", NURSE, """
                {"type":"%s","severity":"%s","actionsTaken":["INFUSION_STOPPED","PRESCRIBER_CALLED"]}"""
                .formatted(type, severity)).expect(200, 201).body();
    }

    /** End of the infusion, alert and back near baseline, home with a driver. */
    public JsonNode recoverAndDischarge(UUID sessionId) {
        sessionStep(sessionId, "/infusion-end", NURSE, null);
        vitals(sessionId, 130, 84, 76, 98, 5);
        return sessionStep(sessionId, "/discharge", NURSE, "{\"driverPresent\":true}");
    }

    /** A whole uneventful infusion visit; returns the calculated dose. */
    public JsonNode infusionVisit(UUID sessionId, String weightKg) {
        checkIn(sessionId, weightKg);
        preAssessment(sessionId, 128, 82);
        JsonNode dose = doseAndStart(sessionId);
        vitals(sessionId, 138, 86, 82, 97, 4);
        recoverAndDischarge(sessionId);
        return dose;
    }

    private JsonNode sessionStep(UUID sessionId, String step, String token, String body) {
        return api.post(urls.infusionApi() + "/infusion-sessions/" + sessionId + step, token, body).expect(200).body();
    }

    // --- outcomes-service

    /**
     * The latest day a diary may hold: the earlier of UTC's and the clinic's date, so that no day is
     * in a service's future whatever the hour.
     */
    public static LocalDate latestDiaryDay() {
        LocalDate utc = LocalDate.now(ZoneOffset.UTC);
        LocalDate clinic = LocalDate.now(CLINIC_ZONE);
        return utc.isBefore(clinic) ? utc : clinic;
    }

    /** The patient records a day of the Timeline Followback diary: 0 drinks is an abstinent day. */
    public void diaryDay(UUID patientId, LocalDate day, int standardDrinks) {
        String entries = standardDrinks == 0 ? "[]"
                : "[{\"substance\":\"ALCOHOL\",\"amount\":" + standardDrinks + "}]";
        api.put(urls.outcomesApi() + "/patients/" + patientId + "/diary/" + day, DevTokens.patient(patientId),
                "{\"entries\":" + entries + "}").expect(200, 201);
    }

    public JsonNode questionnaire(UUID patientId, String questionnaire, String answers) {
        return api.post(urls.outcomesApi() + "/patients/" + patientId + "/questionnaires", DevTokens.patient(patientId),
                "{\"questionnaire\":\"" + questionnaire + "\",\"answers\":" + answers + "}").expect(201).body();
    }

    public JsonNode outcomes(UUID patientId) {
        return api.get(urls.outcomesApi() + "/patients/" + patientId + "/outcomes", PRESCRIBER).expect(200).body();
    }

    /** Outcomes once outcomes-service knows the plan's start (it learns it from treatment's events). */
    public JsonNode awaitOutcomesWithPlanStart(UUID patientId) {
        return Await.until("outcomes-service to know the plan start of patient " + patientId, EVENTUAL, () -> {
            ApiResponse outcomes = api.get(urls.outcomesApi() + "/patients/" + patientId + "/outcomes", PRESCRIBER);
            return outcomes.status() == 200 && outcomes.body().hasNonNull("planStartedOn") ? outcomes.body() : null;
        });
    }

    public List<JsonNode> timeline(UUID patientId) {
        return api.get(urls.outcomesApi() + "/patients/" + patientId + "/timeline?size=100", PRESCRIBER).expect(200)
                .items();
    }

    /** Waits until the patient's timeline in outcomes-service has a line containing {@code text}. */
    public JsonNode awaitTimelineLine(UUID patientId, String text) {
        return Await.until("a timeline line '" + text + "' for patient " + patientId, EVENTUAL, () -> {
            ApiResponse timeline = api.get(urls.outcomesApi() + "/patients/" + patientId + "/timeline?size=100",
                    PRESCRIBER);
            if (timeline.status() != 200) {
                return null;
            }
            return timeline.items().stream().filter(line -> line.toString().contains(text)).findFirst().orElse(null);
        });
    }

    private static String reasons(JsonNode reasons) {
        if (reasons == null || reasons.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        reasons.forEach(r -> text.append(text.length() > 2 ? "; " : "").append(r.path("description").asText(r.toString())));
        return text.append(')').toString();
    }
}
