package org.riverwoods.kap.infusion.safety;

import java.util.Objects;

/** An alert raised by one rule; the message gives the measured value and the threshold crossed. */
public record SafetyAlert(AlertRule rule, AlertLevel level, String message) {

    public SafetyAlert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        if (level != rule.level()) {
            throw new IllegalArgumentException(rule + " raises " + rule.level() + ", not " + level);
        }
    }

    static SafetyAlert of(AlertRule rule, String message) {
        return new SafetyAlert(rule, rule.level(), message);
    }
}
