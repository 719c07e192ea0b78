package org.riverwoods.kap.console.signin;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs development tokens like {@code ./platform token}: the services verify them with the
 * development public key, which only the local platform gives them.
 */
@ApplicationScoped
public class DevTokenMinter {

    @Inject
    DevSignInSettings settings;

    @Inject
    SessionSettings sessionSettings;

    private volatile PrivateKey key;

    String mint(String role, UUID patientId) {
        String subject = patientId == null ? "dev-" + role : "dev-patient-" + patientId;
        JwtClaimsBuilder claims = Jwt.issuer(settings.issuer()).subject(subject).upn(subject)
                .groups(Set.of(role)).expiresIn(sessionSettings.lifetime());
        if (patientId != null) {
            claims.claim("patient_id", patientId.toString());
        }
        return claims.sign(key());
    }

    private PrivateKey key() {
        if (key == null) {
            String pem = settings.signingKey()
                    .orElseThrow(() -> new IllegalStateException("kap.console.dev-sign-in.signing-key is not set"));
            try {
                byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalStateException("kap.console.dev-sign-in.signing-key is not a PKCS#8 RSA key", e);
            }
        }
        return key;
    }
}
