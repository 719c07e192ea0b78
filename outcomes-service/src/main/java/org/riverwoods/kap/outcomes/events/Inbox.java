package org.riverwoods.kap.outcomes.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumption: an event's id is recorded in the same transaction as its effect, so a
 * redelivered event (a consumer restart, a rebalance, a relay retry) changes nothing the second time.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /** Records the event for this consumer; false if it was already processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                + "values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
