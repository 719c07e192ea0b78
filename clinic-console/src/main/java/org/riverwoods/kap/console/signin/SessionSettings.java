package org.riverwoods.kap.console.signin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** How long a console session lasts: idle, and at most. */
@ConfigMapping(prefix = "kap.console.session")
public interface SessionSettings {

    @WithName("idle-timeout")
    Duration idleTimeout();

    Duration lifetime();
}
