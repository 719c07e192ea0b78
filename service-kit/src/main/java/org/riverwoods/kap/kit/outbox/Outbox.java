package org.riverwoods.kap.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.tracing.TraceParent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

/**
 * Appends events to the transactional outbox. Must be called inside the transaction that makes
 * the state change: the event is committed with it or not at all. The relay is woken after commit.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    Event<OutboxAppended> appended;

    @Inject
    AppendedInThisRequest inThisRequest;

    /** Fired inside the transaction; observed after a successful commit by {@link OutboxRelay}. */
    public record OutboxAppended() {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = event.topic();
        row.eventType = event.eventType();
        row.messageKey = event.messageKey();
        row.subject = event.messageKey();
        row.occurredAt = Instant.now();
        row.payload = serialise(event);
        row.traceParent = TraceParent.current();
        em.persist(row);
        appended.fire(new OutboxAppended());
        if (Arc.container().requestContext().isActive()) {
            inThisRequest.add(row.id); // a REST request may wait for its publication (PublishedBeforeAnswer)
        }
        return row.id;
    }

    private String serialise(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.eventType() + " could not be serialised", e);
        }
    }
}
