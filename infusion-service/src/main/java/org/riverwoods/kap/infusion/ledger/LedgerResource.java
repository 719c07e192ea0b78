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
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/controlled-substances/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Controlled-substance ledger")
@SecurityRequirement(name = "SecurityScheme")
public class LedgerResource {

    static final String CORRECTION = """
            { "correctsEntryId": "0b6f3c1e-4a57-4b8e-9d1c-2f5a7e9c3b10", "quantityMg": 2.0, "witnessedBy": "dr-okafor",
              "reason": "Draw recorded as 60 mg; 58 mg was drawn" }""";
    static final String CSV = "text/csv";

    @Inject
    LedgerReports reports;

    @Inject
    Ledger ledger;

    @Inject
    Corrections corrections;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @ConfigProperty(name = "kap.infusion.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The ledger for a range of clinic days, in chain order (default today)")
    @APIResponse(responseCode = "200", description = "One page of entries")
    public Page<EntryView> ledger(@Parameter(description = "First clinic day, YYYY-MM-DD") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last clinic day, YYYY-MM-DD") @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reports.ledger(ClinicDays.orToday(from, "from", clinicZone), ClinicDays.orToday(to, "to", clinicZone), page,
                size);
    }

    @GET
    @Path("/csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The ledger for a range of clinic days as CSV, to print or file")
    @APIResponse(responseCode = "200", description = "text/csv, one line per entry",
            content = @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = EntryView.CSV_HEADER)))
    public Response ledgerCsv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate first = ClinicDays.orToday(from, "from", clinicZone);
        LocalDate last = ClinicDays.orToday(to, "to", clinicZone);
        return Response.ok(reports.ledgerCsv(first, last), CSV)
                .header("Content-Disposition", "attachment; filename=\"ledger-" + first + "-" + last + ".csv\"").build();
    }

    @GET
    @Path("/entries/{entryId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "One ledger entry")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "No such entry")
    public EntryView entry(@PathParam("entryId") UUID entryId) {
        return reports.entry(entryId);
    }

    @GET
    @Path("/verification")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Walk the hash chain: is every entry as it was written?",
            description = "Each entry carries the SHA-256 of the one before it; an entry (or a receipt) changed "
                    + "afterwards, a missing or a forked entry is reported with the first entry where the chain breaks.")
    @APIResponse(responseCode = "200", description = "The result; intact=false names the first broken entry")
    public ChainCheck verify() {
        return ledger.verify();
    }

    @POST
    @Path("/corrections")
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Correct an entry with a new, witnessed entry naming it (nothing is ever edited)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "correction", value = CORRECTION)))
    @APIResponse(responseCode = "201", description = "The correcting entry")
    @APIResponse(responseCode = "400", description = "A field is wrong; the problem names it")
    public Response correct(
            @Parameter(description = "Client-chosen unique key; a retry with the same key returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull LedgerRequests.Correction request) {
        return idempotent.create(idempotencyKey, request, () -> {
            EntryView entry = corrections.correct(request);
            return new IdempotentCreation.Created(EntryView.location(uri, entry.id()), entry);
        });
    }
}
