package org.riverwoods.kap.kit.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.problem.ProblemException;

/** ETags.requireMatch on its own; {@link ConditionalUpdateTest} checks it through an API. */
class ETagsTest {

    @Test
    void theCurrentVersionMatchesInAnyAcceptedSpelling() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void aStaleVersionIs412() {
        ProblemException stale = assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3));
        assertEquals(412, stale.problem().status());
        assertThrows(ProblemException.class, () -> ETags.requireMatch("3", 3), "an unquoted tag is not an ETag");
    }

    @Test
    void aMissingIfMatchIs428() {
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(null, 0)).problem().status());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(" ", 0)).problem().status());
    }

    @Test
    void theTagIsTheQuotedVersion() {
        assertEquals("\"7\"", ETags.of(7).toString());
    }
}
