package org.riverwoods.kap.infusion.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/controlled-substances/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Controlled-substance ledger")
@SecurityRequirement(name = "SecurityScheme")
public class DiscrepancyResource {

    static final String RESOLUTION = """
            { "outcome": "EXPLAINED", "explanation": "Recount with a 1 mL syringe: 14.2 mL, the ledger is right", "lossReport": null }""";

    @Inject
    Discrepancies discrepancies;

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Discrepancies found by counts, oldest first; optionally of one status")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<DiscrepancyView> discrepancies(@QueryParam("status") Discrepancy.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return discrepancies.list(status, page, size);
    }

    @GET
    @Path("/{discrepancyId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "One discrepancy; its ETag is needed to resolve it")
    @APIResponse(responseCode = "200", description = "The discrepancy")
    @APIResponse(responseCode = "404", description = "No such discrepancy")
    public Response discrepancy(@PathParam("discrepancyId") UUID discrepancyId) {
        DiscrepancyView view = discrepancies.get(discrepancyId);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("/{discrepancyId}/resolution")
    @RolesAllowed(Roles.PRESCRIBER)
    @Operation(summary = "Resolve a discrepancy: explained, or reported as a loss (prescriber)",
            description = "LOSS_REPORTED writes a LOSS entry for the drug missing and keeps a report with the fields a "
                    + "DEA Form 106-style theft-or-loss report needs. Needs If-Match with the discrepancy's ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "explained", value = RESOLUTION)))
    @APIResponse(responseCode = "200", description = "Resolved")
    @APIResponse(responseCode = "409", description = "Already resolved")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response resolve(@PathParam("discrepancyId") UUID discrepancyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull LedgerRequests.Resolution request) {
        DiscrepancyView view = discrepancies.resolve(discrepancyId, ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
