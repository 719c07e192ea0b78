package org.riverwoods.kap.console.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The claims of a JWT the console already trusts (minted by the development sign-in, or verified by
 * quarkus-oidc): read, never verified here. An opaque token has none.
 */
final class TokenClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenClaims() {
    }

    static JsonNode of(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return MissingNode.getInstance();
        }
    }

    /** The {@code sub} claim: the name the services record as who did something. */
    static String subject(String token) {
        return of(token).path("sub").asText(null);
    }

    /** A patient's own id ({@code patient_id}); null for staff. */
    static UUID patientId(String token) {
        String id = of(token).path("patient_id").asText(null);
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
