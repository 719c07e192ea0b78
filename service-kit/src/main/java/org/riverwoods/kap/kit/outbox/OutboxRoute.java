package org.riverwoods.kap.kit.outbox;

import java.net.URI;

import io.smallrye.mutiny.Uni;

/**
 * The extension point for topics a service publishes its own way (outcomes-service's de-identified
 * analytics records carry no time). The relay still claims, orders and marks these rows; only the
 * send is the route's. A service declares a bean implementing it.
 */
public interface OutboxRoute {

    boolean handles(String topic);

    /** Sends one committed row; the relay waits for the returned acknowledgement. */
    Uni<Void> send(OutboxEvent event, URI source);
}
