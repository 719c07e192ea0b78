package org.riverwoods.kap.outcomes.measures;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Change from baseline of an instrument total (PHQ-9, GAD-7, PACS, the 0-100 craving scale), and
 * PHQ-9 response and remission. Lower is better on all of them, so improvement is negative.
 */
@ApplicationScoped
public class InstrumentChange {

    static final int PHQ9_MAX_TOTAL = 27;

    private final OutcomeSettings settings;

    @Inject
    public InstrumentChange(OutcomeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Latest minus baseline, and that as a percent of baseline (null when baseline is 0). */
    public Change change(int baseline, int latest) {
        if (baseline < 0 || latest < 0) {
            throw new IllegalArgumentException("instrument totals are zero or more");
        }
        int change = latest - baseline;
        return new Change(baseline, latest, change, Percent.of(change, baseline));
    }

    /**
     * Response: the total fell by at least {@code phq9ResponseDropPercent} of baseline, compared
     * in whole numbers so that a drop just short of the cut-off never rounds up to it (a baseline
     * of 0 cannot respond). Remission: the latest total is below {@code phq9RemissionBelow}.
     */
    public Phq9Outcome phq9(int baseline, int latest) {
        if (baseline > PHQ9_MAX_TOTAL || latest > PHQ9_MAX_TOTAL) {
            throw new IllegalArgumentException("a PHQ-9 total is 0 to 27");
        }
        Change change = change(baseline, latest);
        boolean response = baseline > 0
                && (baseline - latest) * 100 >= settings.phq9ResponseDropPercent() * baseline;
        boolean remission = latest < settings.phq9RemissionBelow();
        return new Phq9Outcome(change, response, remission);
    }

    /**
     * @param change        latest minus baseline (negative = fewer symptoms)
     * @param percentChange change / baseline x 100, one decimal (HALF_UP); null when baseline is 0
     */
    public record Change(int baseline, int latest, int change, BigDecimal percentChange) {
    }

    public record Phq9Outcome(Change change, boolean response, boolean remission) {
    }
}
