package org.riverwoods.kap.outcomes.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static final int MINIMUM = Settings.defaults().minimumCellSize();

    @Test
    void tenPatientsAreSuppressed() {
        assertEquals(new Cell<Integer>(null, null, true), SmallCells.suppressIfSmall(10, 10, MINIMUM));
    }

    @Test
    void elevenPatientsAreShown() {
        assertEquals(new Cell<>(11, 11, false), SmallCells.suppressIfSmall(11, 11, MINIMUM));
    }

    @Test
    void noPatientsIsSuppressedToo() {
        assertEquals(Cell.suppressedCell(), SmallCells.suppressIfSmall(0, 0, MINIMUM));
    }

    @Test
    void aSuppressedCellCannotCarryANumber() {
        assertThrows(IllegalArgumentException.class, () -> new Cell<>(10, 10, true));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SmallCells.suppressIfSmall(-1, 0, MINIMUM));
        assertThrows(IllegalArgumentException.class, () -> SmallCells.suppressIfSmall(5, 5, 0));
    }
}
