package org.riverwoods.kap.infusion.safety;

import static org.riverwoods.kap.infusion.safety.GateFailure.defers;
import static org.riverwoods.kap.infusion.safety.GateFailure.fixableNow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * The safety gate before an infusion starts. Every check is evaluated and every failure reported,
 * so the nurse sees the whole list at once; data not recorded fails its check.
 */
@Startup // contradictory limits must stop the service at start, not at the first patient
@ApplicationScoped
public class SafetyGate {

    // Entry sanity bounds for a resting pre-dose pressure, as at intake: outside them it is a typo.
    static final int BASELINE_SYSTOLIC_MIN_MM_HG = 50;
    static final int BASELINE_SYSTOLIC_MAX_MM_HG = 300;
    static final int BASELINE_DIASTOLIC_MIN_MM_HG = 20;
    static final int BASELINE_DIASTOLIC_MAX_MM_HG = 200;

    private final SafetyGateSettings settings;

    @Inject
    public SafetyGate(SafetyGateSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        requireSane();
    }

    /** Checks every gate item; the result lists all failures in {@link GateCheck} order. */
    public GateResult evaluate(GateInput input) {
        Objects.requireNonNull(input, "input");
        // Stream.of evaluates every check before any is looked at: never stop at the first failure.
        List<GateFailure> failures = Stream.of(
                treatmentConsent(input),
                fasting(GateCheck.FASTING_SOLIDS, "Solids", "ate solids", input.lastSolidsAt(),
                        settings.noSolidsHours(), input.now()),
                fasting(GateCheck.FASTING_CLEAR_LIQUIDS, "Clear liquids", "drank clear liquids",
                        input.lastClearLiquidsAt(), settings.noClearLiquidsHours(), input.now()),
                pregnancyTest(input),
                breathAlcohol(input),
                selfReportedIntoxication(input),
                baselineVitals(input),
                bloodPressure(input),
                weightRecent(input),
                prescriberOnSite(input),
                planActive(input),
                suicideRiskReviewed(input))
                .flatMap(Optional::stream)
                .toList();
        return new GateResult(failures);
    }

    private static Optional<GateFailure> treatmentConsent(GateInput input) {
        return input.treatmentConsentActive() ? Optional.empty()
                : Optional.of(defers(GateCheck.TREATMENT_CONSENT,
                        "No active treatment consent on file: no infusion without the patient's consent"));
    }

    /** Passes when the last intake was at or before now minus the fasting hours. */
    private static Optional<GateFailure> fasting(GateCheck check, String what, String verb, Instant lastAt,
            int hours, Instant now) {
        String needed = "at least " + ClinicalText.hours(hours) + " needed";
        if (lastAt == null) {
            return Optional.of(fixableNow(check, "Fasting from " + what.toLowerCase(Locale.ROOT)
                    + " not attested: record when the patient last " + verb + " (" + needed + ")"));
        }
        if (lastAt.isAfter(now)) {
            return Optional.of(fixableNow(check, "Last " + what.toLowerCase(Locale.ROOT)
                    + " time is in the future: correct it (" + needed + ")"));
        }
        Duration since = Duration.between(lastAt, now);
        if (since.compareTo(Duration.ofHours(hours)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(defers(check, what + " " + ClinicalText.shortOf(since) + " ago; " + needed));
    }

    /** A recorded positive result fails even when the test is marked not applicable: it is never ignored. */
    private static Optional<GateFailure> pregnancyTest(GateInput input) {
        Boolean negative = input.pregnancyTestNegative();
        if (Boolean.FALSE.equals(negative)) {
            return Optional.of(defers(GateCheck.PREGNANCY_TEST,
                    "Pregnancy test positive: defer the infusion and inform the prescriber"));
        }
        if (input.pregnancyTestApplicable() && negative == null) {
            return Optional.of(fixableNow(GateCheck.PREGNANCY_TEST,
                    "Pregnancy test required but no result recorded: test before the infusion"));
        }
        return Optional.empty();
    }

    private Optional<GateFailure> breathAlcohol(GateInput input) {
        BigDecimal reading = input.breathAlcoholGramsPerDecilitre();
        BigDecimal limit = settings.breathAlcoholMaxGramsPerDecilitre();
        String limitText = ClinicalText.gramsPerDecilitre(limit);
        if (reading == null) {
            return Optional.of(fixableNow(GateCheck.BREATH_ALCOHOL,
                    "Breath alcohol not measured: test before the infusion (at most " + limitText + ")"));
        }
        if (reading.signum() < 0) {
            return Optional.of(fixableNow(GateCheck.BREATH_ALCOHOL,
                    "Breath alcohol reading below zero is not possible: repeat the test"));
        }
        if (reading.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(defers(GateCheck.BREATH_ALCOHOL, "Breath alcohol " + ClinicalText.gramsPerDecilitre(reading)
                + " is above " + limitText + ": defer the infusion"));
    }

    private static Optional<GateFailure> selfReportedIntoxication(GateInput input) {
        return input.selfReportedIntoxication()
                ? Optional.of(defers(GateCheck.SELF_REPORTED_INTOXICATION,
                        "Patient reports being intoxicated: defer the infusion"))
                : Optional.empty();
    }

    /** Blood pressure always (the gate judges it); the other vitals the clinic's setting names. */
    private Optional<GateFailure> baselineVitals(GateInput input) {
        Integer systolic = input.baselineSystolicMmHg();
        Integer diastolic = input.baselineDiastolicMmHg();
        List<String> missing = new ArrayList<>();
        if (systolic == null || diastolic == null) {
            missing.add(BaselineVital.BLOOD_PRESSURE.words());
        }
        List<BaselineVital> required = settings.requiredBaselineVitals();
        addIfMissing(missing, required, BaselineVital.HEART_RATE, input.baselineHeartRateBpm());
        addIfMissing(missing, required, BaselineVital.SPO2, input.baselineSpo2Percent());
        addIfMissing(missing, required, BaselineVital.RESPIRATORY_RATE, input.baselineRespiratoryRatePerMinute());
        if (!missing.isEmpty()) {
            return Optional.of(fixableNow(GateCheck.BASELINE_VITALS,
                    "Baseline not recorded: " + String.join(", ", missing) + ": take baseline vitals"));
        }
        if (!plausibleBaseline(systolic, diastolic)) {
            return Optional.of(fixableNow(GateCheck.BASELINE_VITALS, "Baseline blood pressure "
                    + ClinicalText.bloodPressure(systolic, diastolic) + " is not plausible: measure again"));
        }
        return Optional.empty();
    }

    private static void addIfMissing(List<String> missing, List<BaselineVital> required, BaselineVital vital,
            Integer value) {
        if (required.contains(vital) && value == null) {
            missing.add(vital.words());
        }
    }

    /** Judged only on a plausible baseline; a missing or implausible one already fails BASELINE_VITALS. */
    private Optional<GateFailure> bloodPressure(GateInput input) {
        Integer systolic = input.baselineSystolicMmHg();
        Integer diastolic = input.baselineDiastolicMmHg();
        if (systolic == null || diastolic == null || !plausibleBaseline(systolic, diastolic)) {
            return Optional.empty();
        }
        // either number alone above its limit defers: 141/80 and 130/91 both do
        if (systolic <= settings.maxSystolicMmHg() && diastolic <= settings.maxDiastolicMmHg()) {
            return Optional.empty();
        }
        return Optional.of(defers(GateCheck.BLOOD_PRESSURE, "Blood pressure "
                + ClinicalText.bloodPressure(systolic, diastolic) + " is above "
                + ClinicalText.bloodPressure(settings.maxSystolicMmHg(), settings.maxDiastolicMmHg())
                + ": defer the infusion"));
    }

    /** Days are 24 h counted back from now; a weight exactly that old passes. */
    private Optional<GateFailure> weightRecent(GateInput input) {
        int days = settings.weightMaxAgeDays();
        String limit = "must be within " + ClinicalText.days(days);
        Instant measuredAt = input.weightMeasuredAt();
        if (measuredAt == null) {
            return Optional.of(fixableNow(GateCheck.WEIGHT_RECENT,
                    "Weight not recorded; " + limit + ": weigh the patient"));
        }
        if (measuredAt.isAfter(input.now())) {
            return Optional.of(fixableNow(GateCheck.WEIGHT_RECENT,
                    "Weight time is in the future: correct it or weigh the patient"));
        }
        Duration age = Duration.between(measuredAt, input.now());
        if (age.compareTo(Duration.ofDays(days)) <= 0) {
            return Optional.empty();
        }
        return Optional.of(fixableNow(GateCheck.WEIGHT_RECENT,
                "Weight measured " + ClinicalText.pastLimit(age) + " ago; " + limit + ": weigh the patient"));
    }

    private static Optional<GateFailure> prescriberOnSite(GateInput input) {
        return input.prescriberOnSite() ? Optional.empty()
                : Optional.of(fixableNow(GateCheck.PRESCRIBER_ON_SITE,
                        "No prescriber on site: a prescriber must be on site before the infusion starts"));
    }

    /** Any status but ACTIVE defers, named as it is: a discontinued plan is not "on hold". */
    private static Optional<GateFailure> planActive(GateInput input) {
        if (input.planStatus() == null) {
            return Optional.of(fixableNow(GateCheck.PLAN_NOT_ON_HOLD, planRefusal(null).orElseThrow()));
        }
        return planRefusal(input.planStatus()).map(why -> defers(GateCheck.PLAN_NOT_ON_HOLD, why));
    }

    /** Why no infusion may start under a plan with this status; empty for ACTIVE. */
    public static Optional<String> planRefusal(String status) {
        if ("ACTIVE".equals(status)) {
            return Optional.empty();
        }
        if (status == null) {
            return Optional.of("No status of the treatment plan has reached infusion-service: check the plan in "
                    + "treatment-service");
        }
        return Optional.of("Treatment plan is " + switch (status) {
            case "ON_HOLD" -> "on hold: no infusion until the prescriber lifts the hold";
            case "DISCONTINUED" -> "discontinued: no further infusions under it";
            case "COMPLETED" -> "completed: no further infusions under it";
            default -> status.toLowerCase(Locale.ROOT) + ", not active: no infusion until it is active";
        });
    }

    /** Why no infusion may start while this flag is open; empty when there is none. */
    public static Optional<String> suicideRiskRefusal(Instant openSince) {
        return Optional.ofNullable(openSince).map(since -> "Suicide-risk flag (PHQ-9 item 9) raised " + since
                + " is not reviewed: a clinician must record the same-day review at intake first");
    }

    /** Not a deferral: a clinician can review the flag the same day and the visit go on. */
    private static Optional<GateFailure> suicideRiskReviewed(GateInput input) {
        return suicideRiskRefusal(input.suicideRiskOpenSince())
                .map(why -> fixableNow(GateCheck.SUICIDE_RISK_REVIEWED, why));
    }

    private static boolean plausibleBaseline(int systolic, int diastolic) {
        return systolic >= BASELINE_SYSTOLIC_MIN_MM_HG && systolic <= BASELINE_SYSTOLIC_MAX_MM_HG
                && diastolic >= BASELINE_DIASTOLIC_MIN_MM_HG && diastolic <= BASELINE_DIASTOLIC_MAX_MM_HG
                && systolic > diastolic;
    }

    private void requireSane() {
        if (settings.maxSystolicMmHg() <= settings.maxDiastolicMmHg()) {
            throw new IllegalStateException("kap.clinical.infusion.gate.max-systolic-mm-hg must be above "
                    + "kap.clinical.infusion.gate.max-diastolic-mm-hg");
        }
    }
}
