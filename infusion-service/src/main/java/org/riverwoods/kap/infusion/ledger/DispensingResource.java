package org.riverwoods.kap.infusion.ledger;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

/** What became of a session's drawn dose when not all of it was given. */
@Path("/api/v1/controlled-substances/sessions/{sessionId}/unused-dose")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Controlled-substance ledger")
@SecurityRequirement(name = "SecurityScheme")
public class DispensingResource {

    static final String UNUSED = """
            { "givenMg": 31.5, "disposition": "WASTED", "witnessedBy": "nurse-sam",
              "reason": "Infusion stopped at 22 minutes (hypertension)" }""";

    @Inject
    Dispensing dispensing;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "An aborted or shortened infusion: what was given, and the rest returned or wasted",
            description = "The draw at the start took the whole verified dose from the vial. The part not given is "
                    + "RETURNED to the vial's stock or WASTED in front of a second clinician (witnessedBy, not the caller). "
                    + "Publishes ControlledSubstanceDispensed (RETURNED) or ControlledSubstanceWasted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "unused", value = UNUSED)))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is wrong (e.g. self-witnessed); the problem names it")
    @APIResponse(responseCode = "404", description = "No draw for this session")
    @APIResponse(responseCode = "409", description = "Already recorded")
    public Response unusedDose(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Client-chosen unique key; a retry with the same key returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull LedgerRequests.UnusedDose request) {
        return idempotent.create(idempotencyKey, java.util.Map.of("sessionId", sessionId, "unused", request), () -> {
            SessionDispensing recorded = dispensing.recordUnused(sessionId, request);
            return new IdempotentCreation.Created(EntryView.location(uri, recorded.entry().id()), recorded);
        });
    }
}
