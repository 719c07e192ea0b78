package org.riverwoods.kap.outcomes.measures;

import java.math.BigDecimal;
import java.util.Objects;

/** The heavy drinking day cut-off that applies to one patient. Only alcohol amounts count. */
final class HeavyDrinking {

    private final BigDecimal fromDrinks;

    private HeavyDrinking(int fromDrinks) {
        this.fromDrinks = BigDecimal.valueOf(fromDrinks);
    }

    /**
     * MALE and FEMALE get their own cut-off; INTERSEX and UNKNOWN the lower of the two, so that
     * no heavy day is missed when the sex-specific cut-off is not known to apply.
     */
    static HeavyDrinking forPatient(OutcomeSettings settings, Sex sex) {
        Objects.requireNonNull(sex, "sex");
        int male = settings.heavyDrinkingDrinksMale();
        int female = settings.heavyDrinkingDrinksFemale();
        return new HeavyDrinking(switch (sex) {
            case MALE -> male;
            case FEMALE -> female;
            case INTERSEX, UNKNOWN -> Math.min(male, female);
        });
    }

    boolean isHeavy(DiaryDay day) {
        return day.amountOf(Substances.ALCOHOL).compareTo(fromDrinks) >= 0;
    }
}
