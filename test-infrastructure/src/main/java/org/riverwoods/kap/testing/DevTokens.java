package org.riverwoods.kap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs bearer tokens with the development key pair in {@code dev-jwt/}.
 *
 * <p>For tests and the local platform only: the key is public, so these tokens prove nothing
 * outside a developer's machine. A patient token carries the {@value #PATIENT_CLAIM} claim that
 * scopes it to that patient's records.
 */
public final class DevTokens {

    public static final String ISSUER = "https://kap.local/dev-issuer";
    public static final String PATIENT_CLAIM = "patient_id";
    public static final Set<String> ROLES = Set.of("prescriber", "nurse", "therapist", "patient", "analyst", "admin");
    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final PrivateKey KEY = loadPrivateKey();

    private DevTokens() {
    }

    /** A staff token for {@code role}, with a subject named after the role. */
    public static String staff(String role) {
        return staff("dev-" + role, role);
    }

    /** A staff token for a named clinician (two different people are needed for a dose check). */
    public static String staff(String subject, String role) {
        requireRole(role);
        if ("patient".equals(role)) {
            throw new IllegalArgumentException("Use patient(id) for a patient token");
        }
        return claims(subject, role).sign(KEY);
    }

    /** A staff token that expires after {@code lifetime}: for tests of what happens when it has. */
    public static String staffExpiringIn(String role, Duration lifetime) {
        requireRole(role);
        return Jwt.issuer(ISSUER).subject("dev-" + role).upn("dev-" + role).groups(Set.of(role)).expiresIn(lifetime)
                .sign(KEY);
    }

    /**
     * A token holding every staff role, for tests that must pass every role check to reach what lies
     * behind it (malformed input, say). Never a real person's token.
     */
    public static String allStaffRoles() {
        return Jwt.issuer(ISSUER).subject("dev-all-staff").upn("dev-all-staff")
                .groups(Set.of("prescriber", "nurse", "therapist", "analyst", "admin")).expiresIn(LIFETIME).sign(KEY);
    }

    /** A patient token that can see only the records of {@code patientId}. */
    public static String patient(UUID patientId) {
        return claims("dev-patient-" + patientId, "patient").claim(PATIENT_CLAIM, patientId.toString()).sign(KEY);
    }

    /** A token for a role; for {@code patient}, {@code patientId} names whose records it opens. */
    public static String forRole(String role, UUID patientId) {
        return "patient".equals(role) ? patient(patientId) : staff(role);
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(LIFETIME);
    }

    private static void requireRole(String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("Unknown role '" + role + "'; roles are " + ROLES);
        }
    }

    private static PrivateKey loadPrivateKey() {
        try (InputStream pem = DevTokens.class.getClassLoader().getResourceAsStream("dev-jwt/privateKey.pem")) {
            if (pem == null) {
                throw new IllegalStateException("dev-jwt/privateKey.pem is missing from the classpath");
            }
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the development signing key", e);
        }
    }

    /** The PEM text of the development public key, for services started by the local platform. */
    public static String publicKeyPem() {
        try (InputStream pem = DevTokens.class.getClassLoader().getResourceAsStream("dev-jwt/publicKey.pem")) {
            return new String(pem.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the development public key", e);
        }
    }

    /**
     * The PEM text of the development signing key, for the console's development sign-in on the
     * local platform and in the browser journeys (never in a container).
     */
    public static String privateKeyPem() {
        try (InputStream pem = DevTokens.class.getClassLoader().getResourceAsStream("dev-jwt/privateKey.pem")) {
            return new String(pem.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the development signing key", e);
        }
    }
}
