package org.riverwoods.kap.kit.outbox;

import java.util.UUID;

/**
 * An event this service publishes. The record's components are the JSON payload (checked against
 * {@code contracts/schemas/<type>.schema.json}); these methods only route it.
 */
public interface DomainEvent {

    /** The CloudEvent type, also the name of the schema: the record's own name. */
    default String eventType() {
        return getClass().getSimpleName();
    }

    String topic();

    /** The patient (or session) the event is about. */
    UUID subjectId();

    /**
     * Kafka key and CloudEvent subject: the subject's id on clinical topics. De-identified analytics
     * events override it with the patient's pseudonym.
     */
    default String messageKey() {
        return subjectId().toString();
    }
}
