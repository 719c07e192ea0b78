package org.riverwoods.kap.intake.progress;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients/{patientId}/intakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intakes")
@SecurityRequirement(name = "SecurityScheme")
public class PatientIntakeResource {

    @Inject
    IntakeService intakes;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER }) // admin registers patients but starts no clinical record
    @Operation(summary = "Start an intake for a registered patient",
            description = "A patient has at most one open intake. Honour Idempotency-Key for retries.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeView.class),
                    examples = @ExampleObject(name = "started", value = IntakeResource.INTAKE)))
    @APIResponse(responseCode = "404", description = "No such patient")
    @APIResponse(responseCode = "409", description = "The patient already has an open intake")
    public Response start(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Client-chosen key; a retry returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotent.create(idempotencyKey, patientId, () -> {
            IntakeView started = intakes.start(patientId);
            return new IdempotentCreation.Created(
                    uri.getBaseUriBuilder().path("api/v1/intakes").path(started.id().toString()).build(), started);
        });
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "List a patient's intakes, oldest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{ \"items\": [" + IntakeResource.INTAKE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1 }")))
    public Page<IntakeView> list(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return intakes.list(patientId, page, size);
    }
}
