package org.riverwoods.kap.outcomes.cohort;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The relapse-free survival curve at one day.
 *
 * @param day      days since the start of treatment
 * @param survival probability of still being relapse-free after this day, 4 decimals HALF_UP
 * @param atRisk   patients followed up to at least this day (the n of the product-limit step)
 * @param events   relapses on this day
 * @param censored patients whose follow-up ends relapse-free on this day
 */
public record CurvePoint(long day, BigDecimal survival, int atRisk, int events, int censored) {

    public CurvePoint {
        Objects.requireNonNull(survival, "survival");
        if (day < 0 || atRisk < 0 || events < 0 || censored < 0 || events + censored > atRisk) {
            throw new IllegalArgumentException("impossible curve point at day " + day);
        }
    }
}
