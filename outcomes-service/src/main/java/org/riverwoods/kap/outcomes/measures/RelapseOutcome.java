package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Time to relapse under the plan's rule, for survival analysis: either the event happened
 * ({@code relapsed}, on {@code relapseOn}) or the patient is censored where the information ends.
 *
 * @param daysToEvent days from the plan's start (day 0) to the relapse, or to the censoring day
 * @param basis       why, in the clinic's words, e.g. "first heavy drinking day 2026-12-03 (6 drinks)"
 */
public record RelapseOutcome(RelapseRule rule, boolean relapsed, LocalDate relapseOn, long daysToEvent,
        boolean censored, String basis) {

    public RelapseOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(basis, "basis");
        if (relapsed == censored || relapsed != (relapseOn != null) || daysToEvent < 0) {
            throw new IllegalArgumentException("an outcome is either a dated relapse or censored");
        }
    }

    static RelapseOutcome relapsed(RelapseRule rule, LocalDate planStart, LocalDate relapseOn, String basis) {
        return new RelapseOutcome(rule, true, relapseOn, Days.from(planStart, relapseOn), false, basis);
    }

    static RelapseOutcome censored(RelapseRule rule, LocalDate planStart, LocalDate censoredOn, String basis) {
        return new RelapseOutcome(rule, false, null, Days.from(planStart, censoredOn), true, basis);
    }
}
