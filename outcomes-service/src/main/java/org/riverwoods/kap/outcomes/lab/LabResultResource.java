package org.riverwoods.kap.outcomes.lab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.security.Caller;
import org.riverwoods.kap.kit.security.Roles;
import org.riverwoods.kap.outcomes.profile.OutcomeInputChanged;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

/** Lab results are few and entered by staff: the resource keeps them without a separate service. */
@Path("/api/v1/patients/{patientId}/lab-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lab results", description = "Urine toxicology and EtG")
@SecurityRequirement(name = "SecurityScheme")
public class LabResultResource {

    @Inject
    PatientAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Event<OutcomeInputChanged> outcomeInputChanged;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Record a lab result; positive when the value is at or above the laboratory's cut-off",
            description = "A positive result for the plan's substance confirms reported use within "
                    + "kap.clinical.outcomes.relapse-confirmation-days (the KARE relapse rule). Idempotency-Key makes a "
                    + "retry safe.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "EtG", value = "{ \"collectedOn\": \"2026-12-03\", \"analyte\": \"ETHYL_GLUCURONIDE\", "
                    + "\"valueNgPerMl\": 780, \"cutoffNgPerMl\": 500 }")))
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response record(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Client-chosen key; a retry returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull LabResultRequest request) {
        access.require(patientId, "LabResult");
        PatientProfile.requireKnown(patientId);
        return idempotent.create(idempotencyKey, request, () -> {
            LabResultView recorded = recordResult(patientId, request);
            return new IdempotentCreation.Created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build(),
                    recorded);
        });
    }

    private LabResultView recordResult(UUID patientId, LabResultRequest request) {
        LabResult r = new LabResult();
        r.id = UUID.randomUUID();
        r.patientId = patientId;
        r.collectedOn = request.collectedOn();
        r.analyte = request.analyte();
        r.substance = request.analyte().substance();
        r.valueNgPerMl = request.valueNgPerMl();
        r.cutoffNgPerMl = request.cutoffNgPerMl();
        r.positive = request.valueNgPerMl().compareTo(request.cutoffNgPerMl()) >= 0;
        r.recordedAt = Instant.now();
        r.recordedBy = caller.subject();
        r.persist();
        LabResult.flush();
        outcomeInputChanged.fire(new OutcomeInputChanged(patientId));
        audit.record(AuditAction.CREATE, "LabResult", patientId, r.id);
        return LabResultView.of(r);
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "The patient's lab results, oldest first (a patient's list is short: no paging)")
    @APIResponse(responseCode = "200", description = "The results")
    public List<LabResultView> list(@PathParam("patientId") UUID patientId) {
        access.require(patientId, "LabResult");
        audit.record(AuditAction.LIST, "LabResult", patientId, null);
        return LabResult.<LabResult>list("patientId = ?1 order by collectedOn", patientId).stream()
                .map(LabResultView::of).toList();
    }
}
