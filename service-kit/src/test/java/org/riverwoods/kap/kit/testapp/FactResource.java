package org.riverwoods.kap.kit.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.security.Roles;

/** Announces a fact through the outbox; {@link FactsConsumer} learns it from the broker. */
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FactResource {

    @Inject
    Outbox outbox;

    @POST
    @Transactional
    @RolesAllowed(Roles.NURSE)
    public Response announce(@NotNull FactLearned fact) {
        outbox.append(new FactAnnounced(fact.factKey()));
        return Response.accepted().build();
    }
}
