package org.riverwoods.kap.treatment.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewQueueEntry", description = "A completed intake without a plan, and why")
public record ReviewQueueView(UUID intakeId, UUID patientId, String decision, List<ReviewQueueEntry.ReviewReason> reasons,
        String primarySubstance, Instant receivedAt, String resolution, String resolvedBy, Instant resolvedAt) {

    static ReviewQueueView of(ReviewQueueEntry e) {
        return new ReviewQueueView(e.intakeId, e.patientId, e.decision, e.reasons, e.primarySubstance, e.receivedAt,
                e.resolution, e.resolvedBy, e.resolvedAt);
    }
}
