package org.riverwoods.kap.intake.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The ketamine eligibility decision on an intake contraindication screen.
 *
 * <p>Any excluding finding makes the patient ineligible; otherwise any finding that needs review
 * (or any item not assessed) holds the decision for review; only a complete, clear screen is
 * eligible. Reasons come in a fixed order: exclusions, then review items, then items not assessed.
 */
@ApplicationScoped
public class EligibilityRules {

    static final String NO_CONTRAINDICATION = "NO_CONTRAINDICATION";
    static final String NOT_ASSESSED = "NOT_ASSESSED_";

    private final EligibilitySettings settings;

    @Inject
    public EligibilityRules(EligibilitySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param suicideRiskFlagged PHQ-9 item 9 answered positive at this intake
     */
    public EligibilityAssessment assess(ContraindicationScreen screen, boolean suicideRiskFlagged) {
        Objects.requireNonNull(screen, "screen");
        List<EligibilityReason> reasons = new ArrayList<>();
        excluding(screen, reasons);
        forReview(screen, suicideRiskFlagged, reasons);
        notAssessed(screen, reasons);
        return decide(reasons);
    }

    /**
     * Checks a prescriber's override of this assessment against the clinic's minimum justification
     * length; see {@link OverridePolicy#validate}.
     *
     * @throws OverrideNotAllowedException when the override may not be recorded
     */
    public void validateOverride(EligibilityAssessment current, EligibilityDecision to, String justification) {
        OverridePolicy.validate(current, to, justification, settings.minimumOverrideJustificationLength());
    }

    private void excluding(ContraindicationScreen s, List<EligibilityReason> reasons) {
        if (yes(s.aneurysmalVascularDiseaseOrAvm())) {
            reasons.add(EligibilityReason.excludes("AVM_OR_ANEURYSM",
                    "Aneurysmal vascular disease or arteriovenous malformation"));
        }
        if (yes(s.intracerebralHaemorrhageHistory())) {
            reasons.add(EligibilityReason.excludes("INTRACEREBRAL_HAEMORRHAGE", "History of intracerebral haemorrhage"));
        }
        if (yes(s.ketamineHypersensitivity())) {
            reasons.add(EligibilityReason.excludes("KETAMINE_HYPERSENSITIVITY", "Hypersensitivity to ketamine"));
        }
        if (yes(s.activePsychosisOrMania())) {
            reasons.add(EligibilityReason.excludes("ACTIVE_PSYCHOSIS_OR_MANIA", "Active psychosis or mania"));
        }
        if (yes(s.pregnant())) {
            reasons.add(EligibilityReason.excludes("PREGNANT", "Pregnant"));
        }
        if (yes(s.breastfeeding())) {
            reasons.add(EligibilityReason.excludes("BREASTFEEDING", "Breastfeeding"));
        }
        if (yes(s.uncontrolledHypertension())) {
            reasons.add(EligibilityReason.excludes("UNCONTROLLED_HYPERTENSION",
                    "Uncontrolled hypertension in the clinician's judgement"));
        }
        if (bloodPressureUncontrolled(s)) {
            reasons.add(EligibilityReason.excludes("BLOOD_PRESSURE_UNCONTROLLED",
                    "Blood pressure " + bloodPressure(s) + " at or above " + settings.uncontrolledSystolicFromMmHg()
                            + "/" + settings.uncontrolledDiastolicFromMmHg() + " (uncontrolled hypertension)"));
        }
    }

    private void forReview(ContraindicationScreen s, boolean suicideRiskFlagged, List<EligibilityReason> reasons) {
        if (yes(s.psychosisOrManiaHistory())) {
            reasons.add(EligibilityReason.needsReview("PSYCHOSIS_OR_MANIA_HISTORY",
                    "History of psychosis or mania: psychiatric review before ketamine"));
        }
        // an uncontrolled pressure already excludes; the review band lies below it
        if (bloodPressureAboveReview(s) && !bloodPressureUncontrolled(s)) {
            reasons.add(EligibilityReason.needsReview("BLOOD_PRESSURE_ABOVE_REVIEW",
                    "Blood pressure " + bloodPressure(s) + " above " + settings.reviewSystolicAboveMmHg() + "/"
                            + settings.reviewDiastolicAboveMmHg() + ": control before treatment"));
        }
        if (yes(s.acuteIntoxicationOrWithdrawal())) {
            reasons.add(EligibilityReason.needsReview("ACUTE_INTOXICATION_OR_WITHDRAWAL",
                    "Acute intoxication or withdrawal: reassess when resolved"));
        }
        BigDecimal benzodiazepines = s.benzodiazepineLorazepamEquivalentMgPerDay();
        BigDecimal limit = settings.benzodiazepineLimitLorazepamMgPerDay();
        if (benzodiazepines != null && benzodiazepines.compareTo(limit) > 0) {
            reasons.add(EligibilityReason.needsReview("BENZODIAZEPINES_ABOVE_LIMIT",
                    "Benzodiazepines " + milligrams(benzodiazepines) + " mg/day lorazepam-equivalent above the "
                            + milligrams(limit) + " mg/day limit"));
        }
        if (suicideRiskFlagged) {
            reasons.add(EligibilityReason.needsReview("SUICIDE_RISK",
                    "PHQ-9 item 9 positive: psychiatric review before ketamine"));
        }
    }

    /** One review reason per unanswered item, so an incomplete screen is never eligible. */
    private static void notAssessed(ContraindicationScreen s, List<EligibilityReason> reasons) {
        for (ScreenItem item : ScreenItem.values()) {
            if (item.answer.apply(s) == null) {
                reasons.add(EligibilityReason.needsReview(NOT_ASSESSED + item.name(), "Not assessed: " + item.label));
            }
        }
    }

    private static EligibilityAssessment decide(List<EligibilityReason> reasons) {
        if (has(reasons, ReasonSeverity.EXCLUDES)) {
            return new EligibilityAssessment(EligibilityDecision.INELIGIBLE, reasons);
        }
        if (has(reasons, ReasonSeverity.NEEDS_REVIEW)) {
            return new EligibilityAssessment(EligibilityDecision.NEEDS_REVIEW, reasons);
        }
        return new EligibilityAssessment(EligibilityDecision.ELIGIBLE, List.of(
                new EligibilityReason(NO_CONTRAINDICATION, ReasonSeverity.NOTE, "No contraindication found")));
    }

    // Either number alone decides, so a half-recorded pressure still excludes when the part measured does.
    private boolean bloodPressureUncontrolled(ContraindicationScreen s) {
        return atOrAbove(s.systolicMmHg(), settings.uncontrolledSystolicFromMmHg())
                || atOrAbove(s.diastolicMmHg(), settings.uncontrolledDiastolicFromMmHg());
    }

    private boolean bloodPressureAboveReview(ContraindicationScreen s) {
        return above(s.systolicMmHg(), settings.reviewSystolicAboveMmHg())
                || above(s.diastolicMmHg(), settings.reviewDiastolicAboveMmHg());
    }

    private static boolean atOrAbove(Integer measured, int threshold) {
        return measured != null && measured >= threshold;
    }

    private static boolean above(Integer measured, int threshold) {
        return measured != null && measured > threshold;
    }

    private static String bloodPressure(ContraindicationScreen s) {
        return (s.systolicMmHg() == null ? "?" : s.systolicMmHg()) + "/"
                + (s.diastolicMmHg() == null ? "?" : s.diastolicMmHg()) + " mmHg";
    }

    private static String milligrams(BigDecimal mg) {
        return mg.stripTrailingZeros().toPlainString();
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    private static boolean has(List<EligibilityReason> reasons, ReasonSeverity severity) {
        return reasons.stream().anyMatch(r -> r.severity() == severity);
    }

    /** The items of the screen in their recorded order; the name is the code after NOT_ASSESSED_. */
    private enum ScreenItem {
        AVM_OR_ANEURYSM("aneurysmal vascular disease or arteriovenous malformation",
                ContraindicationScreen::aneurysmalVascularDiseaseOrAvm),
        INTRACEREBRAL_HAEMORRHAGE("history of intracerebral haemorrhage",
                ContraindicationScreen::intracerebralHaemorrhageHistory),
        KETAMINE_HYPERSENSITIVITY("hypersensitivity to ketamine", ContraindicationScreen::ketamineHypersensitivity),
        ACTIVE_PSYCHOSIS_OR_MANIA("active psychosis or mania", ContraindicationScreen::activePsychosisOrMania),
        PSYCHOSIS_OR_MANIA_HISTORY("history of psychosis or mania", ContraindicationScreen::psychosisOrManiaHistory),
        PREGNANT("pregnancy", ContraindicationScreen::pregnant),
        BREASTFEEDING("breastfeeding", ContraindicationScreen::breastfeeding),
        UNCONTROLLED_HYPERTENSION("uncontrolled hypertension (clinician's judgement)",
                ContraindicationScreen::uncontrolledHypertension),
        ACUTE_INTOXICATION_OR_WITHDRAWAL("acute intoxication or withdrawal",
                ContraindicationScreen::acuteIntoxicationOrWithdrawal),
        SYSTOLIC_BLOOD_PRESSURE("systolic blood pressure", ContraindicationScreen::systolicMmHg),
        DIASTOLIC_BLOOD_PRESSURE("diastolic blood pressure", ContraindicationScreen::diastolicMmHg),
        BENZODIAZEPINE_DOSE("daily benzodiazepine dose (lorazepam-equivalent)",
                ContraindicationScreen::benzodiazepineLorazepamEquivalentMgPerDay);

        final String label;
        final Function<ContraindicationScreen, Object> answer;

        ScreenItem(String label, Function<ContraindicationScreen, Object> answer) {
            this.label = label;
            this.answer = answer;
        }
    }
}
