package org.riverwoods.kap.console.signin;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The console as a container runs it: OIDC on (pointing at an identity provider that is not
 * there), no development sign-in.
 */
public class ProductionProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.auth-server-url", "http://localhost:9/realms/clinic",
                "quarkus.oidc.client-id", "clinic-console",
                "quarkus.oidc.credentials.secret", "not-a-real-secret");
    }
}
