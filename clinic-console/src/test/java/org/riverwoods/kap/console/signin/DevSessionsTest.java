package org.riverwoods.kap.console.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions end after the idle timeout, after the absolute lifetime, and at sign-out. */
class DevSessionsTest {

    private final DevSessions sessions = new DevSessions();
    private Instant now = Instant.parse("2026-12-04T09:00:00Z");

    @BeforeEach
    void setUp() {
        sessions.sessionSettings = new SessionSettings() {
            @Override
            public Duration idleTimeout() {
                return Duration.ofMinutes(30);
            }

            @Override
            public Duration lifetime() {
                return Duration.ofHours(12);
            }
        };
        sessions.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void anIdleSessionEnds() {
        String id = sessions.start("token", "nurse", null, "n");
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.touch(id).isPresent());
        now = now.plus(Duration.ofMinutes(31));
        assertFalse(sessions.touch(id).isPresent());
        now = now.minus(Duration.ofMinutes(31)); // and it stays ended
        assertFalse(sessions.touch(id).isPresent());
    }

    @Test
    void aBusySessionStillEndsAtItsLifetime() {
        String id = sessions.start("token", "nurse", null, "n");
        for (int i = 0; i < 12 * 3; i++) {
            now = now.plus(Duration.ofMinutes(20));
            Optional<DevSessions.DevSession> session = sessions.touch(id);
            assertTrue(session.isPresent(), "ended early after " + (i + 1) * 20 + " min");
        }
        now = now.plus(Duration.ofMinutes(20));
        assertFalse(sessions.touch(id).isPresent());
    }

    @Test
    void signOutEndsItAndIdsAreNotGuessable() {
        String a = sessions.start("token", "nurse", null, "n");
        String b = sessions.start("token", "nurse", null, "n");
        assertNotEquals(a, b);
        assertTrue(a.length() >= 43);
        sessions.end(a);
        assertFalse(sessions.touch(a).isPresent());
        assertTrue(sessions.touch(b).isPresent());
        assertFalse(sessions.touch(null).isPresent());
    }
}
