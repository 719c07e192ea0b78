package org.riverwoods.kap.intake.progress;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/intakes/{intakeId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intakes", description = "The intake lifecycle: started -> screening -> assessed -> completed")
@SecurityRequirement(name = "SecurityScheme")
public class IntakeResource {

    static final String INTAKE = """
            {
              "id": "9a7d1c55-0e0b-4c9a-b0b4-3f3c2d1e0f11",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "status": "SCREENING",
              "startedAt": "2026-11-26T14:20:00Z",
              "scores": [ { "instrument": "PHQ_9", "loincCode": "44261-6", "total": 12, "band": "MODERATE",
                            "flags": [], "administeredAt": "2026-11-26T14:50:00Z" } ],
              "treatmentConsentActive": false,
              "missing": [
                { "code": "SCREENING_AUDIT", "description": "a scored AUDIT" },
                { "code": "SUBSTANCE_HISTORY", "description": "the substance-use history" },
                { "code": "CONTRAINDICATION_SCREEN", "description": "the ketamine contraindication screen" },
                { "code": "TREATMENT_CONSENT", "description": "an active treatment consent" }
              ],
              "version": 1
            }""";

    @Inject
    IntakeService intakes;

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Read an intake: status, latest scores, eligibility and what is still missing")
    @APIResponse(responseCode = "200", description = "The intake; ETag for completing it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeView.class),
                    examples = @ExampleObject(name = "in progress", value = INTAKE)))
    @APIResponse(responseCode = "404", description = "No such intake")
    public Response get(@PathParam("intakeId") UUID intakeId) {
        IntakeView view = intakes.get(intakeId);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("/completion")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Complete the intake",
            description = "Needs the required instruments, the substance history, the contraindication screen and an "
                    + "active treatment consent; otherwise 409 lists what is missing. Publishes IntakeCompleted for "
                    + "treatment planning (whatever the eligibility decision: treatment keeps a review queue).")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeView.class),
                    examples = @ExampleObject(name = "completed", value = INTAKE)))
    @APIResponse(responseCode = "409", description = "Something is missing, or the intake is already completed")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response complete(@PathParam("intakeId") UUID intakeId,
            @Parameter(description = "ETag of the intake read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IntakeView view = intakes.complete(intakeId, ifMatch);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
