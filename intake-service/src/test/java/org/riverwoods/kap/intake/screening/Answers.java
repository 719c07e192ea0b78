package org.riverwoods.kap.intake.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer sets that reach an exact total, for the instruments whose answers are their item scores
 * (all but DAST-10). Built from the allowed values alone, not from the scorer under test.
 */
final class Answers {

    private Answers() {
    }

    static List<Integer> summingTo(Instrument instrument, int total) {
        if (instrument == Instrument.DAST_10) {
            throw new IllegalArgumentException("DAST-10 item 3 is reversed: build its answers by hand");
        }
        List<Integer> answers = fill(instrument, 1, total);
        if (answers == null) {
            throw new IllegalArgumentException(instrument + " cannot reach " + total);
        }
        return answers;
    }

    /** Highest answers first from {@code item} on, backtracking where items 9-10 of the AUDIT can't make up an odd rest. */
    private static List<Integer> fill(Instrument instrument, int item, int remaining) {
        if (item > instrument.itemCount()) {
            return remaining == 0 ? new ArrayList<>() : null;
        }
        List<Integer> allowed = new ArrayList<>(instrument.allowedValues(item));
        Collections.reverse(allowed);
        for (int answer : allowed) {
            if (answer <= remaining) {
                List<Integer> rest = fill(instrument, item + 1, remaining - answer);
                if (rest != null) {
                    rest.add(0, answer);
                    return rest;
                }
            }
        }
        return null;
    }
}
