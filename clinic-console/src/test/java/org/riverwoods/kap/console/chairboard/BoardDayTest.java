package org.riverwoods.kap.console.chairboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BoardDayTest {

    @Test
    void aStepWithoutScriptReturnsToTheDayTheBoardShowed() {
        assertEquals(LocalDate.of(2026, 12, 7), ChairBoardResource.boardDay("http://localhost:8093/chair-board?date=2026-12-07"));
        assertNull(ChairBoardResource.boardDay("http://localhost:8093/chair-board"));
        assertNull(ChairBoardResource.boardDay("http://localhost:8093/today?date=2026-12-07"));
        assertNull(ChairBoardResource.boardDay("http://localhost:8093/chair-board?date=tomorrow"));
        assertNull(ChairBoardResource.boardDay(null));
    }
}
