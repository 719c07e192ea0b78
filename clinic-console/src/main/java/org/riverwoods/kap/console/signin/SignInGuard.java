package org.riverwoods.kap.console.signin;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a console with the development sign-in on beside the OIDC one, or without the
 * key it signs with: a production console must never hand out development tokens by mistake.
 */
public class SignInGuard {

    @Inject
    DevSignInSettings settings;

    /** Whether pages require the OIDC sign-in (quarkus.http.auth.permission.pages.enabled follows it). */
    @ConfigProperty(name = "kap.console.oidc.enabled", defaultValue = "true")
    boolean oidcEnabled;

    void check(@Observes StartupEvent started) {
        check(settings.enabled(), oidcEnabled, settings.signingKey());
    }

    static void check(boolean devSignIn, boolean oidc, Optional<String> signingKey) {
        if (!devSignIn) {
            return;
        }
        if (oidc) {
            throw new IllegalStateException("kap.console.dev-sign-in.enabled=true needs kap.console.oidc.enabled=false:"
                    + " the development sign-in is for the local platform only");
        }
        if (signingKey.isEmpty()) {
            throw new IllegalStateException("kap.console.dev-sign-in.enabled=true needs kap.console.dev-sign-in.signing-key");
        }
    }
}
