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

@Path("/api/v1/controlled-substances/counts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Controlled-substance ledger")
@SecurityRequirement(name = "SecurityScheme")
public class CountResource {

    static final String COUNT = """
            { "shift": "END_OF_DAY", "witnessedBy": "dr-okafor",
              "vials": [ { "vialId": "5d0c8a2e-7b3f-4e61-9a2d-1c4e8f6b7a90", "countedVolumeMl": 14.2 } ] }""";
    static final String RESOLUTION = """
            { "outcome": "EXPLAINED", "explanation": "Recount with a 1 mL syringe: 14.2 mL, the ledger is right", "lossReport": null }""";

    @Inject
    Counts counts;

    @Inject
    Discrepancies discrepancies;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @ConfigProperty(name = "kap.infusion.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Record a count of the stock, signed by the caller and a second person",
            description = "Compared with every vial's balance; a vial with stock not listed counts as empty. A difference "
                    + "above kap.clinical.controlled-substances.count-tolerance-ml opens a discrepancy, publishes "
                    + "InventoryDiscrepancyFound and shows on the chair board.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "count", value = COUNT)))
    @APIResponse(responseCode = "201", description = "The count, each vial's balance and count, and any discrepancy opened")
    @APIResponse(responseCode = "400", description = "A field is wrong (e.g. self-witnessed); the problem names it")
    public Response count(
            @Parameter(description = "Client-chosen unique key; a retry with the same key returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull LedgerRequests.Count request) {
        return idempotent.create(idempotencyKey, request, () -> {
            CountView created = counts.record(request);
            return new IdempotentCreation.Created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                    created);
        });
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Counts of a range of clinic days (default today)")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<CountView> counts(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return counts.list(ClinicDays.orToday(from, "from", clinicZone), ClinicDays.orToday(to, "to", clinicZone), page,
                size);
    }

    @GET
    @Path("/{countId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "One count")
    @APIResponse(responseCode = "200", description = "The count")
    @APIResponse(responseCode = "404", description = "No such count")
    public CountView countById(@PathParam("countId") UUID countId) {
        return counts.get(countId);
    }
}
