package org.riverwoods.kap.outcomes.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One reported Timeline Followback day: the amount of each substance used that day, in standard
 * drinks for alcohol and uses for drugs. A report covers every substance, so a substance absent
 * from the map (or an empty map) means none was used; a day with no {@code DiaryDay} at all is
 * unknown. Substance codes are the platform's (ALCOHOL, COCAINE, CANNABIS, ...).
 */
public record DiaryDay(LocalDate date, Map<String, BigDecimal> amounts) {

    public DiaryDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amounts, "amounts");
        amounts.forEach((substance, amount) -> {
            if (substance == null || substance.isBlank()) {
                throw new IllegalArgumentException("a diary amount needs a substance code");
            }
            // Zero is accepted as "none"; a negative amount is a typo, not a report.
            if (amount == null || amount.signum() < 0) {
                throw new IllegalArgumentException("a diary amount must be zero or more");
            }
        });
        amounts = Map.copyOf(amounts);
    }

    /** A day the patient reported using nothing. */
    public static DiaryDay nothingUsed(LocalDate date) {
        return new DiaryDay(date, Map.of());
    }

    /** Standard drinks or uses of the substance that day; zero when none was reported. */
    public BigDecimal amountOf(String substance) {
        return amounts.getOrDefault(substance, BigDecimal.ZERO);
    }

    public boolean used(String substance) {
        return amountOf(substance).signum() > 0;
    }

    public boolean usedAnySubstance() {
        return amounts.values().stream().anyMatch(amount -> amount.signum() > 0);
    }
}
