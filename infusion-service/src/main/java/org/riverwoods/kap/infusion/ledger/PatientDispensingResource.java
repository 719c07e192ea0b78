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

/** A patient's dispensing record, from the ledger entries of their sessions. */
@Path("/api/v1/patients/{patientId}/controlled-substance-dispensings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controlled-substance ledger")
@SecurityRequirement(name = "SecurityScheme")
public class PatientDispensingResource {

    @Inject
    LedgerReports reports;

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "A patient's dispensing record: every draw, return, waste and correction of their sessions")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<EntryView> dispensings(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reports.dispensingOf(patientId, page, size);
    }

    @GET
    @Path("/csv")
    @Produces(LedgerResource.CSV)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "A patient's dispensing record as CSV, to print or file")
    @APIResponse(responseCode = "200", description = "text/csv",
            content = @Content(mediaType = LedgerResource.CSV, examples = @ExampleObject(name = "csv", value = EntryView.CSV_HEADER)))
    public Response dispensingsCsv(@PathParam("patientId") UUID patientId) {
        return Response.ok(reports.dispensingCsv(patientId), LedgerResource.CSV)
                .header("Content-Disposition", "attachment; filename=\"dispensing-" + patientId + ".csv\"").build();
    }
}
