package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SafetyAlert")
public record AlertView(UUID id, String rule, String level, String message, Instant raisedAt) {

    static AlertView of(SafetyAlertEntity a) {
        return a == null ? null : new AlertView(a.id, a.rule, a.level, a.message, a.raisedAt);
    }
}
