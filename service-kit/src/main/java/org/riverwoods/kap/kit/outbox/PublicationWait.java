package org.riverwoods.kap.kit.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Holds the answer of a {@link PublishedBeforeAnswer} method, after its transaction committed, until
 * the relay has the events it appended acknowledged by the broker. The change is committed either
 * way; past {@code kap.outbox.publish-wait} the answer goes with {@code Kap-Events-Published: false}.
 */
@Provider
@PublishedBeforeAnswer
public class PublicationWait implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(PublicationWait.class);
    static final String HEADER = "Kap-Events-Published";

    @Inject
    AppendedInThisRequest appended;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kap.outbox.publish-wait")
    Duration publishWait;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        List<UUID> events = appended.events();
        if (events.isEmpty() || response.getStatus() >= 400) {
            return;
        }
        long deadline = System.nanoTime() + publishWait.toNanos();
        boolean published = false;
        try {
            while (!(published = allPublished(events)) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!published) {
            LOG.warnf("%d event(s) of a request not on the broker within %s; answered without them", events.size(),
                    publishWait);
        }
        response.getHeaders().putSingle(HEADER, Boolean.toString(published));
    }

    private boolean allPublished(List<UUID> events) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where id in (?1) and published_at is null")
                .setParameter(1, events).getSingleResult()).longValue() == 0);
    }
}
