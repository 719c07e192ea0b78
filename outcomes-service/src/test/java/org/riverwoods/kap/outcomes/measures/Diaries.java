package org.riverwoods.kap.outcomes.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Short ways to write diary days and labs in tests. Dates are ISO strings. */
final class Diaries {

    static final String ALCOHOL = "ALCOHOL";
    static final String CANNABIS = "CANNABIS";
    static final String COCAINE = "COCAINE";

    private Diaries() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A day reported with no use of anything. */
    static DiaryDay nothing(String date) {
        return DiaryDay.nothingUsed(day(date));
    }

    static DiaryDay drinks(String date, String standardDrinks) {
        return used(date, ALCOHOL, standardDrinks);
    }

    static DiaryDay used(String date, String substance, String amount) {
        return new DiaryDay(day(date), Map.of(substance, new BigDecimal(amount)));
    }

    static LabResult positive(String date, String substance) {
        return new LabResult(day(date), substance, true);
    }

    static LabResult negative(String date, String substance) {
        return new LabResult(day(date), substance, false);
    }
}
