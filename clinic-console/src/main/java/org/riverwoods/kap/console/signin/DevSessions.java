package org.riverwoods.kap.console.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The development sign-in's sessions, in memory: a random id in an HttpOnly cookie names one. A
 * session ends after the idle timeout or the absolute lifetime, and at sign-out. (Production
 * sessions are quarkus-oidc's.)
 */
@ApplicationScoped
public class DevSessions {

    public static final String COOKIE = "kap_console_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    record DevSession(String token, Set<String> roles, UUID patientId, String name, Instant started, Instant lastSeen) {
    }

    private final Map<String, DevSession> sessions = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    @Inject
    DevSignInSettings settings;

    @Inject
    SessionSettings sessionSettings;

    /** Whether the local platform turned the development sign-in on. */
    public boolean enabled() {
        return settings.enabled();
    }

    String start(String token, String role, UUID patientId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        sessions.put(id, new DevSession(token, Set.of(role), patientId, name, now, now));
        return id;
    }

    /** The live session and marks it used; empty (and forgotten) when it has expired. */
    Optional<DevSession> touch(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        DevSession session = sessions.computeIfPresent(id, (key, s) -> expired(s, now) ? null
                : new DevSession(s.token(), s.roles(), s.patientId(), s.name(), s.started(), now));
        return Optional.ofNullable(session);
    }

    void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private boolean expired(DevSession session, Instant now) {
        return session.lastSeen().plus(sessionSettings.idleTimeout()).isBefore(now)
                || session.started().plus(sessionSettings.lifetime()).isBefore(now);
    }
}
