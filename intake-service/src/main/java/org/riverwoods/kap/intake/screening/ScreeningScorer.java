package org.riverwoods.kap.intake.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.intake.patient.Sex;

import io.quarkus.runtime.Startup;

/**
 * Scores a completed screening instrument against the clinic's cut-offs: total, band and the
 * findings that need a clinician's attention.
 */
@Startup // a mis-set cut-off must stop the service at start, not at the first patient's screening
@ApplicationScoped
public class ScreeningScorer {

    private static final String PREFIX = "kap.clinical.screening.";

    private final ScreeningCutoffs cutoffs;

    @Inject
    public ScreeningScorer(ScreeningCutoffs cutoffs) {
        this.cutoffs = cutoffs;
        requireSane();
    }

    /**
     * Scores {@code answers} (item 1 first). {@code sex} only matters for the AUDIT-C cut-off; null
     * counts as {@link Sex#UNKNOWN}.
     *
     * @throws InvalidResponsesException listing every problem, if the answers cannot be scored
     */
    public ScreeningResult score(Instrument instrument, List<Integer> answers, Sex sex) {
        ResponseSetValidator.requireValid(instrument, answers);
        int total = sum(instrument, answers, 1, instrument.itemCount());
        Set<ScreeningFlag> flags = EnumSet.noneOf(ScreeningFlag.class);
        Integer auditCTotal = null;
        switch (instrument) {
            case AUDIT -> {
                auditCTotal = sum(instrument, answers, 1, 3);
                if (sum(instrument, answers, 4, 6) >= cutoffs.audit().dependenceItems4To6From()) {
                    flags.add(ScreeningFlag.POSSIBLE_DEPENDENCE);
                }
            }
            case AUDIT_C -> auditCTotal = total;
            case PHQ_9 -> {
                if (answers.get(8) >= cutoffs.phq9().suicideItemAlertFrom()) {
                    flags.add(ScreeningFlag.SUICIDE_RISK);
                }
            }
            default -> {
                // no item-level findings
            }
        }
        // Flagged for a stand-alone AUDIT-C too, so that readers look in one place whichever was taken.
        if (auditCTotal != null && auditCTotal >= auditCPositiveFrom(sex)) {
            flags.add(ScreeningFlag.AUDIT_C_POSITIVE);
        }
        return new ScreeningResult(instrument, total, instrument.maxTotal(), band(instrument, total, sex),
                List.copyOf(flags), auditCTotal);
    }

    /**
     * The AUDIT-C cut-off for {@code sex}. Intersex patients and patients whose sex is not known get
     * the lower of the two: the published cut-offs are validated for men and women only, and before
     * ketamine a missed risky drinker costs more than one extra conversation about drinking.
     */
    int auditCPositiveFrom(Sex sex) {
        ScreeningCutoffs.AuditC auditC = cutoffs.auditC();
        if (sex == Sex.FEMALE) {
            return auditC.positiveFromFemale();
        }
        if (sex == Sex.MALE) {
            return auditC.positiveFromMale();
        }
        return Math.min(auditC.positiveFromFemale(), auditC.positiveFromMale());
    }

    private ScreeningBand band(Instrument instrument, int total, Sex sex) {
        if (instrument == Instrument.AUDIT_C) {
            return total >= auditCPositiveFrom(sex) ? ScreeningBand.POSITIVE : ScreeningBand.NEGATIVE;
        }
        ScreeningBand band = null;
        for (Step step : ladder(instrument)) {
            if (total >= step.from()) {
                band = step.band();
            }
        }
        return band;
    }

    /** The bands of an instrument, lowest first, each from the lowest total that reaches it. */
    private List<Step> ladder(Instrument instrument) {
        return switch (instrument) {
            case AUDIT -> List.of(new Step(0, ScreeningBand.ZONE_I),
                    new Step(cutoffs.audit().zoneIiFrom(), ScreeningBand.ZONE_II),
                    new Step(cutoffs.audit().zoneIiiFrom(), ScreeningBand.ZONE_III),
                    new Step(cutoffs.audit().zoneIvFrom(), ScreeningBand.ZONE_IV));
            case DAST_10 -> List.of(new Step(0, ScreeningBand.NONE),
                    new Step(cutoffs.dast10().lowFrom(), ScreeningBand.LOW),
                    new Step(cutoffs.dast10().moderateFrom(), ScreeningBand.MODERATE),
                    new Step(cutoffs.dast10().substantialFrom(), ScreeningBand.SUBSTANTIAL),
                    new Step(cutoffs.dast10().severeFrom(), ScreeningBand.SEVERE));
            case PHQ_9 -> List.of(new Step(0, ScreeningBand.NONE_MINIMAL),
                    new Step(cutoffs.phq9().mildFrom(), ScreeningBand.MILD),
                    new Step(cutoffs.phq9().moderateFrom(), ScreeningBand.MODERATE),
                    new Step(cutoffs.phq9().moderatelySevereFrom(), ScreeningBand.MODERATELY_SEVERE),
                    new Step(cutoffs.phq9().severeFrom(), ScreeningBand.SEVERE));
            case GAD_7 -> List.of(new Step(0, ScreeningBand.MINIMAL),
                    new Step(cutoffs.gad7().mildFrom(), ScreeningBand.MILD),
                    new Step(cutoffs.gad7().moderateFrom(), ScreeningBand.MODERATE),
                    new Step(cutoffs.gad7().severeFrom(), ScreeningBand.SEVERE));
            case PACS -> List.of(new Step(0, ScreeningBand.NOT_BANDED));
            case AUDIT_C -> throw new IllegalArgumentException("AUDIT-C has a sex-specific cut-off, not a ladder");
        };
    }

    private static int sum(Instrument instrument, List<Integer> answers, int fromItem, int toItem) {
        int sum = 0;
        for (int item = fromItem; item <= toItem; item++) {
            sum += instrument.itemScore(item, answers.get(item - 1));
        }
        return sum;
    }

    /**
     * Refuses cut-offs that would band patients wrongly without anyone noticing: bands that do not
     * rise, or cut-offs no total (or item) can reach.
     */
    private void requireSane() {
        requireRising(Instrument.AUDIT, "audit");
        requireRising(Instrument.DAST_10, "dast10");
        requireRising(Instrument.PHQ_9, "phq9");
        requireRising(Instrument.GAD_7, "gad7");
        requireWithin(cutoffs.auditC().positiveFromMale(), 12, "audit-c.positive-from-male");
        requireWithin(cutoffs.auditC().positiveFromFemale(), 12, "audit-c.positive-from-female");
        requireWithin(cutoffs.audit().dependenceItems4To6From(), 12, "audit.dependence-items-4-to-6-from");
        requireWithin(cutoffs.phq9().suicideItemAlertFrom(), 3, "phq9.suicide-item-alert-from");
    }

    private void requireRising(Instrument instrument, String group) {
        List<Step> ladder = ladder(instrument);
        int previous = 0;
        for (Step step : ladder.subList(1, ladder.size())) {
            if (step.from() <= previous || step.from() > instrument.maxTotal()) {
                throw new IllegalStateException(PREFIX + group + ".*: the cut-offs must rise strictly within 1-"
                        + instrument.maxTotal());
            }
            previous = step.from();
        }
    }

    private static void requireWithin(int cutoff, int max, String property) {
        if (cutoff < 1 || cutoff > max) {
            throw new IllegalStateException(PREFIX + property + " must be within 1-" + max);
        }
    }

    private record Step(int from, ScreeningBand band) {
    }
}
