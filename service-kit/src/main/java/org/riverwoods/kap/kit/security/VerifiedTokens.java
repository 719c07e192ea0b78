package org.riverwoods.kap.kit.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Bearer tokens verified once and remembered until they expire: a clinic client sends the same token
 * with every request, and the RSA signature check was a sixth of each request's CPU. Only a token
 * that passed every check (signature, issuer, expiry) is remembered, keyed by the whole token, and it
 * is checked against its own expiry again on every use; past it, the full verification runs (and
 * refuses). Bounded: {@code kap.security.verified-tokens.max}, cleared when full; 0 turns it off.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();
    private final AtomicLong fullVerifications = new AtomicLong();

    @Inject
    DefaultJWTParser delegate;

    @ConfigProperty(name = "kap.security.verified-tokens.max", defaultValue = "10000")
    int max;

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken known = verified.get(bearerToken);
        if (known != null && Instant.now().getEpochSecond() < known.getExpirationTime()) {
            return known;
        }
        verified.remove(bearerToken);
        fullVerifications.incrementAndGet();
        JsonWebToken token = delegate.parse(bearerToken);
        if (max > 0 && token.getExpirationTime() > 0) { // a token without expiry is verified every time
            if (verified.size() >= max) {
                verified.clear();
            }
            verified.put(bearerToken, token);
        }
        return token;
    }

    /** How many tokens were verified in full (signature included) since start. */
    public long fullVerifications() {
        return fullVerifications.get();
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo authContextInfo) throws ParseException {
        return delegate.parse(bearerToken, authContextInfo);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return delegate.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return delegate.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return delegate.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return delegate.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return delegate.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return delegate.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return delegate.parseOnly(bearerToken);
    }
}
