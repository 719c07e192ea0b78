package org.riverwoods.kap.intake.screening;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/intakes/{intakeId}/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening", description = "AUDIT, AUDIT-C, DAST-10, PHQ-9, GAD-7 and PACS, scored by the service")
@SecurityRequirement(name = "SecurityScheme")
public class ScreeningResource {

    static final String PHQ9_REQUEST = """
            { "instrument": "PHQ_9", "answers": [2, 2, 1, 2, 1, 1, 2, 1, 0], "administeredAt": "2026-11-26T14:50:00Z" }""";

    static final String PHQ9_SCORED = """
            {
              "id": "3c1f0e2a-7b5d-4a8e-9c61-5d2e8f7a9b10",
              "intakeId": "9a7d1c55-0e0b-4c9a-b0b4-3f3c2d1e0f11",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "instrument": "PHQ_9",
              "loincCode": "44261-6",
              "panelLoincCode": "44249-1",
              "answers": [2, 2, 1, 2, 1, 1, 2, 1, 0],
              "total": 12,
              "maxTotal": 27,
              "band": "MODERATE",
              "flags": [],
              "source": "PATIENT",
              "administeredAt": "2026-11-26T14:50:00Z",
              "recordedAt": "2026-11-26T14:50:03.211Z"
            }""";

    static final String INVALID = """
            {
              "type": "urn:kap:problem:validation-failed",
              "title": "Validation failed",
              "status": 400,
              "detail": "answers[8] item 9 must be one of 0, 2, 4",
              "violations": [ { "field": "answers[8]", "message": "item 9 must be one of 0, 2, 4" } ]
            }""";

    @Inject
    ScreeningService screenings;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.PATIENT })
    @Operation(summary = "Submit answers to an instrument and get its score",
            description = "The service validates every answer, scores the instrument, stores answers, total and band, "
                    + "and publishes ScreeningScored. A PHQ-9 with item 9 above 0 flags the patient for same-day "
                    + "follow-up and publishes SuicideRiskFlagged, whatever the total. Patients submit their own.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningRequest.class),
            examples = @ExampleObject(name = "PHQ-9", value = PHQ9_REQUEST)))
    @APIResponse(responseCode = "201", description = "Scored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class),
                    examples = @ExampleObject(name = "scored", value = PHQ9_SCORED)))
    @APIResponse(responseCode = "400", description = "Wrong number of answers or a value the item does not allow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "409", description = "The intake is completed")
    public Response record(@PathParam("intakeId") UUID intakeId,
            @Parameter(description = "Client-chosen key; a retry returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ScreeningRequest request) {
        return idempotent.create(idempotencyKey, request, () -> {
            ScreeningView scored = screenings.record(intakeId, request);
            return new IdempotentCreation.Created(
                    uri.getAbsolutePathBuilder().path(scored.id().toString()).build(), scored);
        });
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "List the screenings of an intake, in the order they were answered")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{ \"items\": [" + PHQ9_SCORED + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1 }")))
    public Page<ScreeningView> list(@PathParam("intakeId") UUID intakeId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return screenings.list(intakeId, page, size);
    }

    @GET
    @Path("/{screeningId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Read one screening with its answers")
    @APIResponse(responseCode = "200", description = "The screening",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class),
                    examples = @ExampleObject(name = "screening", value = PHQ9_SCORED)))
    @APIResponse(responseCode = "404", description = "No such screening")
    public ScreeningView get(@PathParam("intakeId") UUID intakeId, @PathParam("screeningId") UUID screeningId) {
        return screenings.get(intakeId, screeningId);
    }
}
