package org.riverwoods.kap.outcomes.cohort;

import java.util.Objects;

/**
 * One published number of a cohort row and how many patients it rests on. A suppressed cell
 * carries neither: its size alone could single out patients.
 */
public record Cell<T>(Integer n, T value, boolean suppressed) {

    public Cell {
        if (suppressed && (n != null || value != null)) {
            throw new IllegalArgumentException("a suppressed cell carries no number");
        }
        if (!suppressed) {
            Objects.requireNonNull(n, "n");
            Objects.requireNonNull(value, "value");
        }
    }

    public static <T> Cell<T> shown(int n, T value) {
        return new Cell<>(n, value, false);
    }

    public static <T> Cell<T> suppressedCell() {
        return new Cell<>(null, null, true);
    }
}
