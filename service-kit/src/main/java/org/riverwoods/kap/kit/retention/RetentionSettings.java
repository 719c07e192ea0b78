package org.riverwoods.kap.kit.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long the kit's bookkeeping rows are kept ({@code kap.retention.*}). The defaults are the
 * platform's; a service configures nothing. Why each default is what it is: docs/operations.md, Retention.
 */
@ConfigMapping(prefix = "kap.retention")
public interface RetentionSettings {

    /** False stops the scheduled purge (a legal hold, an investigation); nothing else changes. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Published outbox rows are deleted this long after publication. Unpublished rows never are.
     * A week covers looking into an incident after a long weekend; the rows copy clinical payloads
     * that the service's own tables and the broker already hold.
     */
    @WithDefault("P7D")
    Duration outboxPublishedAfter();

    /**
     * Processed-event ids are deleted this long after processing, and never before the consumed
     * topics could deliver the event again ({@link RedeliveryHorizon}): an id forgotten too early
     * lets a redelivered event apply twice.
     */
    @WithDefault("P60D")
    Duration processedEventsAfter();

    /**
     * Stored Idempotency-Key responses are deleted this long after creation, and never inside the
     * window promised to clients ({@code kap.idempotency.retention}, PT24H), whichever is longer.
     */
    @WithDefault("P2D")
    Duration idempotencyKeysAfter();

    /** Rows deleted per transaction: each batch is short and locks only the rows it deletes. */
    @WithDefault("500")
    int batchSize();

    /** Time between purge runs; a run deletes batch after batch until nothing old is left. */
    @WithDefault("PT1H")
    Duration interval();
}
