package org.riverwoods.kap.outcomes.cohort;

/**
 * One patient's follow-up for relapse-free survival: {@code days} from the start of treatment to
 * relapse ({@code event = true}) or to the last day they were known to be relapse-free
 * ({@code event = false}, censored: they left, or the data stop there).
 */
public record SurvivalObservation(long days, boolean event) {

    public SurvivalObservation {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    public static SurvivalObservation relapsedOn(long days) {
        return new SurvivalObservation(days, true);
    }

    public static SurvivalObservation relapseFreeUntil(long days) {
        return new SurvivalObservation(days, false);
    }
}
