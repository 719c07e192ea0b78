package org.riverwoods.kap.infusion.ledger;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/controlled-substances/vials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Controlled-substance ledger", description = "Ketamine (Schedule III): receipts, draws, witnessed waste, "
        + "counts, discrepancies, the hash-chained ledger and its reports")
@SecurityRequirement(name = "SecurityScheme")
public class VialResource {

    static final String RECEIPT = """
            { "supplier": "Cardinal Health", "invoiceReference": "INV-2026-11873", "product": "Ketamine HCl injection",
              "ndc": "42023-0113-10", "concentrationMgPerMl": 10.0, "volumeMl": 20.0, "lotNumber": "KET-2611-0042",
              "expiresOn": "2027-10-31", "witnessedBy": "dr-okafor" }""";
    static final String WASTE = """
            { "volumeMl": 14.2, "witnessedBy": "nurse-sam", "reason": "Remainder of a single-dose vial" }""";

    @Inject
    Vials vials;

    @Inject
    Wastes wastes;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Receive a vial into stock (received by the caller, witnessed by another person)",
            description = "Writes the receipt and its RECEIPT ledger entry; publishes ControlledSubstanceReceived. "
                    + "A self-witnessed receipt is refused naming witnessedBy.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "receipt", value = RECEIPT)))
    @APIResponse(responseCode = "201", description = "Received; Location names the vial")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response receive(
            @Parameter(description = "Client-chosen unique key; a retry with the same key returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull LedgerRequests.Receipt receipt) {
        return idempotent.create(idempotencyKey, receipt, () -> {
            VialView created = vials.receive(receipt);
            return new IdempotentCreation.Created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                    created);
        });
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Vials in receipt order with their balances; of one lot, or only those still holding drug")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<VialView> list(@QueryParam("lotNumber") @Size(min = 1, max = 60) String lotNumber,
            @Parameter(description = "Only vials whose balance is above zero") @QueryParam("inStock") @DefaultValue("false") boolean inStock,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return vials.list(lotNumber, inStock, page, size);
    }

    @GET
    @Path("/{vialId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "A vial: its receipt, its balance in mg and mL (sum of its entries) and when it was opened")
    @APIResponse(responseCode = "200", description = "The vial")
    @APIResponse(responseCode = "404", description = "No such vial")
    public VialView get(@PathParam("vialId") UUID vialId) {
        return vials.get(vialId);
    }

    @POST
    @Path("/{vialId}/wastes")
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Waste drug left in a vial, in front of a second clinician",
            description = "What is left after a draw is wasted (single-dose vials, kap.clinical.controlled-substances."
                    + "multi-dose-vials=false) or kept. The witness must be another person: a self-witnessed waste is "
                    + "refused naming witnessedBy. Publishes ControlledSubstanceWasted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "waste", value = WASTE)))
    @APIResponse(responseCode = "201", description = "Wasted; the ledger entry")
    @APIResponse(responseCode = "400", description = "Self-witnessed, or more than the vial holds; the problem names the field")
    @APIResponse(responseCode = "404", description = "No such vial")
    public Response waste(@PathParam("vialId") UUID vialId,
            @Parameter(description = "Client-chosen unique key; a retry with the same key returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull LedgerRequests.Waste request) {
        return idempotent.create(idempotencyKey, java.util.Map.of("vialId", vialId, "waste", request), () -> {
            EntryView entry = wastes.waste(vialId, request);
            return new IdempotentCreation.Created(EntryView.location(uri, entry.id()), entry);
        });
    }
}
