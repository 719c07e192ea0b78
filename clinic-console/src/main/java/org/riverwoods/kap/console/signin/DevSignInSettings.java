package org.riverwoods.kap.console.signin;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** The development sign-in: on only where the local platform (or the browser tests) turns it on. */
@ConfigMapping(prefix = "kap.console.dev-sign-in")
public interface DevSignInSettings {

    boolean enabled();

    String issuer();

    /** PKCS#8 PEM of the development key: present only where the local platform sets it. */
    @WithName("signing-key")
    Optional<String> signingKey();
}
