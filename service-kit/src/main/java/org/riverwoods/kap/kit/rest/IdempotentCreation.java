package org.riverwoods.kap.kit.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Honours the {@code Idempotency-Key} header on creating POSTs: a mobile client that retries after a
 * lost response gets the first response again and never creates a second record.
 *
 * <p>Keys are per caller. Requests with the same key are serialised by a transaction-scoped
 * advisory lock, so even two retries racing each other create one record. Reusing a key for a
 * different request body is a client bug and answers 422.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kap.idempotency.retention")
    Duration retention;

    /** The created resource: where it lives and what to send back. */
    public record Created(URI location, Object body) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Response create(String key, Object request, Supplier<Created> creation) {
        if (key == null || key.isBlank()) {
            return respond(creation.get());
        }
        if (key.length() > 200) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Idempotency-Key must be at most 200 characters");
        }
        String principal = caller.subject();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, principal + "\n" + key).getSingleResult();
        String fingerprint = fingerprint(request);
        IdempotentRequest previous = em.find(IdempotentRequest.class, new IdempotentRequest.Key(principal, key));
        if (previous != null && previous.createdAt.isAfter(Instant.now().minus(retention))) {
            if (!previous.requestFingerprint.equals(fingerprint)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used for a different request; use a new key for a new request");
            }
            return replay(previous);
        }
        if (previous != null) {
            em.remove(previous);
            em.flush();
        }
        Created created = creation.get();
        IdempotentRequest stored = new IdempotentRequest();
        stored.principal = principal;
        stored.idempotencyKey = key;
        stored.requestFingerprint = fingerprint;
        stored.responseStatus = 201;
        stored.responseLocation = created.location().toString();
        stored.responseBody = write(created.body());
        stored.createdAt = Instant.now();
        em.persist(stored);
        return respond(created);
    }

    private static Response respond(Created created) {
        return Response.created(created.location()).entity(created.body()).build();
    }

    private Response replay(IdempotentRequest previous) {
        return Response.status(previous.responseStatus)
                .location(URI.create(previous.responseLocation))
                .header(REPLAYED_HEADER, "true")
                .type("application/json")
                .entity(previous.responseBody)
                .build();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response could not be serialised", e);
        }
    }
}
