package org.riverwoods.kap.kit.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.testing.DevTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.ParseException;

/** A verified token is remembered, never beyond its expiry, and nothing unverified is ever taken from memory. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    @Test
    void theSameTokenIsVerifiedOnceAndRemembered() throws Exception {
        String token = DevTokens.staff("nurse");

        JsonWebToken first = tokens.parse(token);

        assertSame(first, tokens.parse(token), "the second use takes the verified token from memory");
    }

    @Test
    void requestsWithTheSameTokenVerifyItsSignatureOnce() {
        UUID note = Api.createNote(UUID.randomUUID());
        String token = DevTokens.staff("bench-nurse", "nurse");
        long before = tokens.fullVerifications();

        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).get(Api.NOTES + "/" + note).then().statusCode(200);
        }

        assertEquals(1, tokens.fullVerifications() - before);
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefusedEvenWhenTheOriginalIsRemembered() {
        UUID note = Api.createNote(UUID.randomUUID());
        String token = DevTokens.staff("nurse");
        given().auth().oauth2(token).get(Api.NOTES + "/" + note).then().statusCode(200);
        String altered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        given().auth().oauth2(altered).get(Api.NOTES + "/" + note).then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** Past its expiry a token is verified in full again (and refused once past the clock-skew grace). */
    @Test
    void aRememberedTokenIsNotTakenFromMemoryOnceItHasExpired() throws Exception {
        String token = DevTokens.staffExpiringIn("nurse", Duration.ofSeconds(2));
        JsonWebToken first = tokens.parse(token);
        assertSame(first, tokens.parse(token));

        Thread.sleep(3000);

        JsonWebToken again = null;
        try {
            again = tokens.parse(token);
        } catch (ParseException refused) {
            return; // refused outright: as good
        }
        assertNotSame(first, again, "verified again, not taken from memory");
    }
}
