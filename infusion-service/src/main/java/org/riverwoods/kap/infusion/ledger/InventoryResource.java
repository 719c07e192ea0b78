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
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/controlled-substances/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Controlled-substance ledger")
@SecurityRequirement(name = "SecurityScheme")
public class InventoryResource {

    @Inject
    LedgerReports reports;

    @ConfigProperty(name = "kap.infusion.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The stock at the end of a clinic day, per vial and per lot (default today)")
    @APIResponse(responseCode = "200", description = "The inventory")
    public InventoryView inventory(@Parameter(description = "YYYY-MM-DD") @QueryParam("date") LocalDate date) {
        return reports.inventory(ClinicDays.orToday(date, "date", clinicZone));
    }

    @GET
    @Path("/csv")
    @Produces(LedgerResource.CSV)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The inventory at the end of a clinic day as CSV")
    @APIResponse(responseCode = "200", description = "text/csv",
            content = @Content(mediaType = LedgerResource.CSV, examples = @ExampleObject(name = "csv", value = InventoryView.CSV_HEADER)))
    public Response inventoryCsv(@QueryParam("date") LocalDate date) {
        LocalDate day = ClinicDays.orToday(date, "date", clinicZone);
        return Response.ok(reports.inventory(day).csv(), LedgerResource.CSV)
                .header("Content-Disposition", "attachment; filename=\"inventory-" + day + ".csv\"").build();
    }
}
