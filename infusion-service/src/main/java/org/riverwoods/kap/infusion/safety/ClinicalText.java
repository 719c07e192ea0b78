package org.riverwoods.kap.infusion.safety;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How the safety messages write times and measurements for the nurse. */
final class ClinicalText {

    private ClinicalText() {
    }

    /**
     * For a time that falls short of a limit ("4 h 30 min"): cut to whole seconds, so a time just
     * short of the limit never reads as the limit itself.
     */
    static String shortOf(Duration elapsed) {
        return write(Duration.ofSeconds(elapsed.getSeconds()));
    }

    /**
     * For a time that is past a limit ("7 days 1 min"): rounded up to whole seconds, so a time just
     * past the limit never reads as the limit itself.
     */
    static String pastLimit(Duration elapsed) {
        Duration whole = Duration.ofSeconds(elapsed.getSeconds());
        return write(whole.equals(elapsed) ? whole : whole.plusSeconds(1));
    }

    static String hours(int hours) {
        return hours + " h";
    }

    static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** "152/96 mmHg"; a part not measured reads "?". */
    static String bloodPressure(Integer systolicMmHg, Integer diastolicMmHg) {
        return part(systolicMmHg) + "/" + part(diastolicMmHg) + " mmHg";
    }

    /** Grams per decilitre with at least three decimals, as a breathalyser shows them ("0.000"). */
    static String gramsPerDecilitre(BigDecimal value) {
        return (value.scale() < 3 ? value.setScale(3) : value).toPlainString() + " g/dL";
    }

    private static String write(Duration d) {
        List<String> parts = new ArrayList<>();
        if (d.toDays() > 0) {
            parts.add(days((int) d.toDays()));
        }
        if (d.toHoursPart() > 0) {
            parts.add(d.toHoursPart() + " h");
        }
        if (d.toMinutesPart() > 0) {
            parts.add(d.toMinutesPart() + " min");
        }
        if (d.toSecondsPart() > 0) {
            parts.add(d.toSecondsPart() + " s");
        }
        return parts.isEmpty() ? "0 min" : String.join(" ", parts);
    }

    private static String part(Integer value) {
        return value == null ? "?" : value.toString();
    }
}
