package org.riverwoods.kap.console.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A console never starts with the development sign-in beside OIDC, or without its key. */
class SignInGuardTest {

    @Test
    void devSignInBesideOidcRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> SignInGuard.check(true, true, Optional.of("key")));
    }

    @Test
    void devSignInWithoutKeyRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> SignInGuard.check(true, false, Optional.empty()));
    }

    @Test
    void eitherAloneStarts() {
        assertDoesNotThrow(() -> SignInGuard.check(false, true, Optional.empty()));
        assertDoesNotThrow(() -> SignInGuard.check(true, false, Optional.of("key")));
    }
}
