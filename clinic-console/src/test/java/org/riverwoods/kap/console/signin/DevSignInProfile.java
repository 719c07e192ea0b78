package org.riverwoods.kap.console.signin;

import java.util.Map;

import org.riverwoods.kap.testing.DevTokens;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The console as the local platform starts it: development sign-in on, OIDC off. */
public class DevSignInProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kap.console.dev-sign-in.enabled", "true",
                "kap.console.oidc.enabled", "false",
                "kap.console.dev-sign-in.signing-key", DevTokens.privateKeyPem(),
                // nothing answers here: a page that calls a service shows the not-answering page
                "kap.console.services.treatment-url", "http://localhost:9",
                "kap.console.services.infusion-url", "http://localhost:9");
    }
}
