package org.riverwoods.kap.console.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void instantsPrintInUtcAndAnythingElseAsItCame() {
        assertEquals("2026-12-04 15:07 UTC", Formats.time("2026-12-04T15:07:59.123Z"));
        assertEquals("15:07", Formats.clock("2026-12-04T15:07:00Z"));
        assertEquals("2026-12-04", Formats.time("2026-12-04"));
        assertEquals(null, Formats.time(null));
    }
}
