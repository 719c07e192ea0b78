package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdverseEvent")
public record AdverseEventView(UUID id, UUID sessionId, String type, AdverseEventSeverity severity,
        List<String> actionsTaken, String notes, Instant occurredAt, Instant reportedAt, String reportedBy) {

    static AdverseEventView of(AdverseEventEntity e) {
        return new AdverseEventView(e.id, e.sessionId, e.type, e.severity, e.actionsTaken, e.notes, e.occurredAt,
                e.reportedAt, e.reportedBy);
    }
}
