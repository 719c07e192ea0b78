package org.riverwoods.kap.kit.deadletter;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

/**
 * The dead letters of this service, for operators (role {@code admin} only). Defined once in the kit,
 * so every service answers the same paths. Replaying applies the stored record through the consumer
 * that failed on it; it is safe to repeat.
 */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetterStore store;

    @Inject
    DeadLetterReplay replays;

    /** Oldest first; {@code status} narrows to UNREPLAYED or REPLAYED. */
    @GET
    public Page<DeadLetterView> list(@QueryParam("status") DeadLetterStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return store.list(status, page, size).map(DeadLetterView::of);
    }

    @GET
    @Path("/{deadLetterId}")
    public DeadLetterView get(@PathParam("deadLetterId") UUID deadLetterId) {
        return store.find(deadLetterId).map(DeadLetterView::of)
                .orElseThrow(() -> ProblemException.notFound("Dead letter"));
    }

    /** 200 with the replayed letter; 409 problem+json if it fails again (it stays unreplayed). */
    @POST
    @Path("/{deadLetterId}/replay")
    public DeadLetterView replay(@PathParam("deadLetterId") UUID deadLetterId) {
        return replays.replay(deadLetterId);
    }

    /** Why an unreplayed letter is closed without being applied. */
    public record Dismissal(@NotBlank @Size(max = 500) String reason) {
    }

    /** 200 with the dismissed letter; 409 if it is not unreplayed. The reason is kept and the dismissal audited. */
    @POST
    @Path("/{deadLetterId}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeadLetterView dismiss(@PathParam("deadLetterId") UUID deadLetterId, @NotNull @Valid Dismissal dismissal) {
        return replays.dismiss(deadLetterId, dismissal.reason().strip());
    }

    /** Every unreplayed letter, oldest first; 200 with what applied and what still fails. */
    @POST
    @Path("/replay")
    public ReplayReport replayAll() {
        return replays.replayAll();
    }
}
