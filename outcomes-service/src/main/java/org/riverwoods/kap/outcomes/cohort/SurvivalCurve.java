package org.riverwoods.kap.outcomes.cohort;

import java.util.List;

/**
 * A Kaplan-Meier relapse-free survival curve.
 *
 * @param points     day 0, then one point per day with a relapse or a censoring, in day order
 * @param medianDays first day on which survival is 0.5 or below; {@code null} when the curve never
 *                   gets there (fewer than half relapsed during follow-up): "not reached"
 * @param subjects   patients on the curve
 */
public record SurvivalCurve(List<CurvePoint> points, Long medianDays, int subjects) {

    public SurvivalCurve {
        points = List.copyOf(points);
        if (subjects < 0) {
            throw new IllegalArgumentException("subjects must not be negative");
        }
    }
}
