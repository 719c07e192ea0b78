package org.riverwoods.kap.intake.patient;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.outbox.PublishedBeforeAnswer;
import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients", description = "Registration and demographics")
@SecurityRequirement(name = "SecurityScheme")
public class PatientResource {

    @Inject
    PatientService patients;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Register a patient",
            description = "Creates the patient's record and publishes PatientRegistered (no name or contact details). "
                    + "Send an Idempotency-Key so that a retried request never registers the patient twice.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatientDetails.class),
            examples = @ExampleObject(name = "new patient", value = PatientExamples.DETAILS)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class),
                    examples = @ExampleObject(name = "registered", value = PatientExamples.PATIENT)))
    @APIResponse(responseCode = "400", description = "Invalid details",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid weight", value = PatientExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The medical record number belongs to another patient")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response register(
            @Parameter(description = "Client-chosen unique key; a retry with the same key returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull PatientDetails details) {
        return idempotent.create(idempotencyKey, details, () -> {
            PatientView created = patients.register(details);
            return new IdempotentCreation.Created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                    created);
        });
    }

    @GET
    @Path("/{patientId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Read a patient's record",
            description = "A patient token can read only its own record, and without the staff-only suicide-risk flag. "
                    + "The ETag header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The record",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version of the record, for If-Match"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class),
                    examples = @ExampleObject(name = "patient", value = PatientExamples.PATIENT)))
    @APIResponse(responseCode = "403", description = "Another patient's record")
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown id", value = PatientExamples.NOT_FOUND_PROBLEM)))
    public Response get(@PathParam("patientId") UUID patientId) {
        PatientView patient = patients.get(patientId);
        return Response.ok(patient).tag(ETags.of(patient.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "List patients, oldest registration first",
            description = "Pages of at most 100. A patient token lists only its own record.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "first page", value = PatientExamples.PAGE)))
    public Page<PatientView> list(
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE)
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return patients.list(page, size);
    }

    @PUT
    @Path("/{patientId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Correct a patient's record",
            description = "Replaces the details. If-Match must carry the ETag last read; a stale one gets 412. "
                    + "Publishes PatientUpdated.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatientDetails.class),
            examples = @ExampleObject(name = "new weight", value = PatientExamples.DETAILS)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class),
                    examples = @ExampleObject(name = "updated", value = PatientExamples.PATIENT)))
    @APIResponse(responseCode = "412", description = "Someone changed the record since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stale", value = PatientExamples.STALE_PROBLEM)))
    @APIResponse(responseCode = "428", description = "If-Match header missing")
    public Response update(@PathParam("patientId") UUID patientId,
            @Parameter(description = "The ETag from the last read, e.g. \"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PatientDetails details) {
        PatientView patient = patients.update(patientId, ifMatch, details);
        return Response.ok(patient).tag(ETags.of(patient.version())).build();
    }

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Path("/{patientId}/suicide-risk-review")
    @RolesAllowed(Roles.PRESCRIBER) // clearing the flag is a prescriber's clinical decision
    @Operation(summary = "Record the same-day follow-up of a suicide-risk flag",
            description = "Kept with its outcome and note (which stay in intake); clears the patient's flag, whether "
                    + "raised by an intake screening or by a PHQ-9 during treatment, and publishes SuicideRiskReviewed "
                    + "(outcome and time only) so that the other services clear theirs. "
                    + "An eligibility decision made while the flag was up is not changed: a prescriber reviews it. "
                    + "Prescribers only: clearing the flag is a clinical decision.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SuicideRiskReviewRequest.class),
            examples = @ExampleObject(name = "review", value = """
                    { "outcome": "SAFETY_PLAN_IN_PLACE", "note": "Passive ideation, no plan or intent; safety plan agreed." }""")))
    @APIResponse(responseCode = "200", description = "Reviewed; the flag is cleared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class),
                    examples = @ExampleObject(name = "patient", value = PatientExamples.PATIENT)))
    @APIResponse(responseCode = "409", description = "No flag to review")
    public Response reviewSuicideRisk(@PathParam("patientId") UUID patientId,
            @Valid @NotNull SuicideRiskReviewRequest request) {
        PatientView patient = patients.reviewSuicideRisk(patientId, request);
        return Response.ok(patient).tag(ETags.of(patient.version())).build();
    }
}
