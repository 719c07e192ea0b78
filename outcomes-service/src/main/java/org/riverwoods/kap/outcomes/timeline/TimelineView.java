package org.riverwoods.kap.outcomes.timeline;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry")
public record TimelineView(Instant occurredAt, String source, String eventType, String summary) {

    static TimelineView of(TimelineEntry e) {
        return new TimelineView(e.occurredAt, e.source, e.eventType, e.summary);
    }
}
