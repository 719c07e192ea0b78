package org.riverwoods.kap.outcomes.cohort;

/**
 * Small-cell suppression: no number resting on fewer than the minimum number of patients is
 * published ({@link CohortSettings#minimumCellSize()}). A cohort row whose enrolment is under the
 * minimum is suppressed whole, its relapse-free survival curve included (see {@link CohortRow}).
 */
public final class SmallCells {

    private SmallCells() {
    }

    /** The value with its size, or a suppressed cell when fewer than {@code minimum} patients contribute. */
    public static <T> Cell<T> suppressIfSmall(int n, T value, int minimum) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum must be at least 1");
        }
        return n < minimum ? Cell.suppressedCell() : Cell.shown(n, value);
    }
}
