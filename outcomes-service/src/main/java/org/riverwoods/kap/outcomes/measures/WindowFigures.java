package org.riverwoods.kap.outcomes.measures;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Abstinence and heavy drinking over one window of days, {@code from} to {@code to} inclusive.
 * Percentages are of the days known (reported), never of the days in the window: an unknown day
 * is neither abstinent nor a day of use, so {@code daysKnown} is always reported with them.
 *
 * @param percentDaysAbstinent     daysAbstinent / daysKnown x 100, one decimal (HALF_UP); null
 *                                 when no day is known
 * @param heavyDrinkingDays        days at or above the patient's heavy drinking cut-off; 0 when
 *                                 the plan's primary substance is not alcohol
 * @param percentHeavyDrinkingDays heavyDrinkingDays / daysKnown x 100, one decimal; null when no
 *                                 day is known or the primary substance is not alcohol (not
 *                                 measured, rather than a reassuring 0.0)
 * @param complete                 false for the follow-up window still running: its figures
 *                                 cover only the days up to the "as of" date ({@code to})
 */
public record WindowFigures(
        LocalDate from,
        LocalDate to,
        int daysInWindow,
        int daysKnown,
        int daysAbstinent,
        BigDecimal percentDaysAbstinent,
        int heavyDrinkingDays,
        BigDecimal percentHeavyDrinkingDays,
        boolean complete) {
}
