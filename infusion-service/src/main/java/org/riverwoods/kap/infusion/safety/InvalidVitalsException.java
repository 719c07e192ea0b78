package org.riverwoods.kap.infusion.safety;

import java.util.List;

/**
 * A vitals reading that cannot be true, with every problem found in it (not just the first). The
 * problems name fields and the values allowed, never the values sent. A reading refused here has
 * raised no alerts: the caller must show it to the nurse as a reading to check by hand.
 */
public class InvalidVitalsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidVitalsException(List<String> problems) {
        super("Invalid vitals reading: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One entry per problem, e.g. "moaas must be 0-5". */
    public List<String> problems() {
        return problems;
    }
}
