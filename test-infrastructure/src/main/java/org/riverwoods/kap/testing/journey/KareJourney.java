package org.riverwoods.kap.testing.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Journey 1: an eligible patient with alcohol use disorder on the KARE protocol, from registration
 * to outcome figures. Played by {@code ./platform demo} against the running platform and asserted
 * on by the journey tests.
 */
public final class KareJourney {

    /** Intake PHQ-9 answers (total 12, moderate) and the one in treatment (total 5: a 58 % drop). */
    public static final String INTAKE_PHQ9 = "[2,2,1,2,1,1,2,1,0]";
    public static final String TREATMENT_PHQ9 = "[1,1,0,1,0,1,0,1,0]";
    /** Baseline month: 12 abstinent days and 18 days of 5 standard drinks (heavy for a woman). */
    public static final int BASELINE_ABSTINENT_DAYS = 12;
    public static final int BASELINE_HEAVY_DRINKS = 5;
    private static final String[] WEIGHTS_KG = {"72.4", "72.0", "71.6"};

    /** What the journey produced, for the demo's summary and the tests' assertions. */
    public record Result(UUID patientId, UUID intakeId, UUID planId, UUID analyticsConsentId, List<UUID> sessionIds,
            List<JsonNode> doses, JsonNode completedPlan, Diary diary, JsonNode outcomes, List<JsonNode> timeline) {

        public int diaryDaysRecorded() {
            return diary.baselineDays() + diary.treatmentDays();
        }
    }

    /**
     * The days the patient recorded. The baseline has fewer than 30 days when day 0 is more than a
     * day ahead (a plan activated on a Friday starts on Monday): days in the future can't be recorded.
     */
    public record Diary(int baselineDays, int baselineAbstinentDays, int treatmentDays) {
    }

    private KareJourney() {
    }

    public static Result run(ClinicSteps clinic) {
        clinic.say("1. Intake");
        UUID patientId = clinic.registerPatient("FEMALE", "72.5");
        UUID intakeId = clinic.assess(patientId, "ALCOHOL", false);
        clinic.grantTreatmentConsent(patientId);
        UUID analyticsConsent = clinic.grantAnalyticsConsent(patientId);
        clinic.say("treatment consent and 42 CFR Part 2 consent to de-identified program analytics signed");
        clinic.completeIntake(intakeId);

        clinic.say("2. Treatment plan");
        JsonNode draft = clinic.awaitPlan(patientId, "DRAFT");
        UUID planId = UUID.fromString(draft.path("id").asText());
        JsonNode rx = draft.path("prescription");
        clinic.say("treatment-service drafted plan " + planId + " from template " + draft.path("templateCode").asText()
                + ": " + rx.path("doseMgPerKg").asText() + " mg/kg " + rx.path("route").asText() + " over "
                + rx.path("infusionMinutes").asText() + " min x " + rx.path("infusionCount").asText() + ", every "
                + rx.path("infusionIntervalDays").asText() + " days; " + draft.path("components").path("psychological")
                .path("sessions").asText() + " " + draft.path("components").path("psychological").path("modality")
                .asText() + " sessions");
        clinic.approveAndActivate(planId);
        List<JsonNode> infusions = clinic.infusionAppointments(planId);
        clinic.say(infusions.size() + " infusions booked: " + String.join(", ",
                infusions.stream().map(a -> a.path("startsAt").asText()).toList()));

        clinic.say("3. Infusions");
        List<JsonNode> sessions = clinic.awaitSessions(patientId, infusions.size());
        List<UUID> sessionIds = new ArrayList<>();
        List<JsonNode> doses = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            UUID sessionId = UUID.fromString(sessions.get(i).path("id").asText());
            JsonNode dose = clinic.infusionVisit(sessionId, WEIGHTS_KG[i % WEIGHTS_KG.length]);
            sessionIds.add(sessionId);
            doses.add(dose);
            clinic.say("infusion " + (i + 1) + ": checked in at " + WEIGHTS_KG[i % WEIGHTS_KG.length]
                    + " kg, safety gate passed, " + dose.path("totalDoseMg").asText() + " mg ("
                    + dose.path("totalVolumeMl").asText() + " mL) double-checked, vitals watched, discharged");
        }
        JsonNode completed = Await.until("treatment-service to count " + sessions.size() + " completed infusions",
                ClinicSteps.EVENTUAL, () -> {
                    JsonNode plan = clinic.plan(planId);
                    return plan.path("completedInfusions").asInt() >= sessions.size() ? plan : null;
                });
        clinic.say("treatment-service counted " + completed.path("completedInfusions").asInt() + " completed infusions");

        clinic.say("4. Diary, questionnaires and outcomes");
        JsonNode known = clinic.awaitOutcomesWithPlanStart(patientId);
        Diary diary = recordDiary(clinic, patientId, LocalDate.parse(known.path("planStartedOn").asText()));
        clinic.questionnaire(patientId, "PHQ_9", TREATMENT_PHQ9);
        clinic.say(diary.baselineDays() + " baseline and " + diary.treatmentDays()
                + " treatment diary days recorded by the patient; PHQ-9 answered again");
        JsonNode outcomes = clinic.outcomes(patientId);
        List<JsonNode> timeline = clinic.timeline(patientId);
        return new Result(patientId, intakeId, planId, analyticsConsent, sessionIds, doses, completed, diary, outcomes,
                timeline);
    }

    /** The 30 days before the plan started as the baseline, then abstinent days from the start to today. */
    private static Diary recordDiary(ClinicSteps clinic, UUID patientId, LocalDate planStart) {
        LocalDate today = ClinicSteps.latestDiaryDay();
        int baseline = 0;
        int abstinentDays = 0;
        for (int i = 30; i >= 1; i--) {
            LocalDate day = planStart.minusDays(i);
            if (day.isAfter(today)) {
                break;
            }
            boolean abstinent = i % 5 == 0 || i % 5 == 3; // 12 of the 30 days
            clinic.diaryDay(patientId, day, abstinent ? 0 : BASELINE_HEAVY_DRINKS);
            baseline++;
            abstinentDays += abstinent ? 1 : 0;
        }
        int treatment = 0;
        for (LocalDate day = planStart; !day.isAfter(today); day = day.plusDays(1)) {
            clinic.diaryDay(patientId, day, 0);
            treatment++;
        }
        return new Diary(baseline, abstinentDays, treatment);
    }

    /** The figures a clinician looks at, one line each. */
    public static List<String> summary(Result result) {
        JsonNode o = result.outcomes();
        JsonNode baseline = o.path("baseline");
        JsonNode since = o.path("sinceStart");
        JsonNode phq9 = o.path("phq9");
        JsonNode relapse = o.path("relapse");
        return List.of(
                "protocol " + o.path("templateCode").asText() + ", primary substance " + o.path("primarySubstance")
                        .asText() + ", day 0 " + o.path("planStartedOn").asText(),
                "baseline (" + baseline.path("from").asText() + " to " + baseline.path("to").asText() + "): "
                        + baseline.path("percentDaysAbstinent").asText() + " % days abstinent, "
                        + baseline.path("heavyDrinkingDays").asText() + " heavy drinking days of "
                        + baseline.path("daysKnown").asText() + " recorded",
                since.isMissingNode() || since.isNull()
                        ? "treatment starts on " + o.path("planStartedOn").asText() + ": no follow-up days yet"
                        : "since the start: " + since.path("percentDaysAbstinent").asText() + " % days abstinent over "
                                + since.path("daysKnown").asText() + " recorded days",
                relapse.isMissingNode() || relapse.isNull()
                        ? "relapse (" + o.path("relapseRule").asText() + "): counted from day 0"
                        : "relapse (" + relapse.path("rule").asText() + "): " + (relapse.path("relapsed").asBoolean()
                                ? "on " + relapse.path("relapseOn").asText()
                                : "none so far, " + relapse.path("daysToEvent").asText() + " days, censored"),
                "PHQ-9 " + phq9.path("change").path("baseline").asText() + " -> " + phq9.path("change").path("latest")
                        .asText() + " (" + phq9.path("change").path("percentChange").asText() + " %): response "
                        + phq9.path("response").asText() + ", remission " + phq9.path("remission").asText(),
                "infusions completed " + result.completedPlan().path("completedInfusions").asText() + " of "
                        + result.sessionIds().size() + "; timeline of " + result.timeline().size() + " entries");
    }
}
