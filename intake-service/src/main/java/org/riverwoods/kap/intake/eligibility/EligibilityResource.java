package org.riverwoods.kap.intake.eligibility;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/intakes/{intakeId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "Ketamine contraindication screen and eligibility decision")
@SecurityRequirement(name = "SecurityScheme")
public class EligibilityResource {

    @Inject
    EligibilityService eligibility;

    @PUT
    @Path("/screen")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Record the contraindication screen and decide eligibility",
            description = "Every item must be answered. The decision (ELIGIBLE, INELIGIBLE, NEEDS_REVIEW) always comes "
                    + "with its reasons; thresholds are clinic settings (kap.clinical.eligibility.*). Replacing a screen "
                    + "needs If-Match and drops any earlier override. Publishes EligibilityDecided.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContraindicationScreen.class),
            examples = @ExampleObject(name = "screen", value = EligibilityExamples.SCREEN)))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class),
                    examples = @ExampleObject(name = "needs review", value = EligibilityExamples.ELIGIBILITY)))
    @APIResponse(responseCode = "409", description = "The intake is completed")
    @APIResponse(responseCode = "412", description = "Stale If-Match when replacing a screen")
    public Response recordScreen(@PathParam("intakeId") UUID intakeId,
            @Parameter(description = "ETag of the current screen; needed only to replace one")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContraindicationScreen screen) {
        EligibilityView view = eligibility.recordScreen(intakeId, ifMatch, screen);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    // the reasons are staff reasoning (the patient's timeline leaves eligibility decisions out too)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN })
    @Operation(summary = "Read the eligibility decision, its reasons and any override",
            description = "Staff only: the reasons are the clinicians' reasoning, which a patient hears from them.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class),
                    examples = @ExampleObject(name = "decision", value = EligibilityExamples.ELIGIBILITY)))
    @APIResponse(responseCode = "404", description = "No screen recorded yet")
    public Response get(@PathParam("intakeId") UUID intakeId) {
        EligibilityView view = eligibility.get(intakeId);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("/override")
    @RolesAllowed(Roles.PRESCRIBER)
    @Operation(summary = "Override the computed decision (prescriber only)",
            description = "Needs a written clinical justification (kap.clinical.eligibility.minimum-override-justification-length) "
                    + "and If-Match. The override, its author and time are kept and audited. Publishes EligibilityDecided.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OverrideRequest.class),
            examples = @ExampleObject(name = "override", value = EligibilityExamples.OVERRIDE)))
    @APIResponse(responseCode = "200", description = "Overridden",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class),
                    examples = @ExampleObject(name = "decision", value = EligibilityExamples.ELIGIBILITY)))
    @APIResponse(responseCode = "400", description = "Justification missing or too short, or the same decision")
    @APIResponse(responseCode = "403", description = "Not a prescriber")
    public Response override(@PathParam("intakeId") UUID intakeId,
            @Parameter(description = "ETag of the eligibility read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OverrideRequest request) {
        EligibilityView view = eligibility.override(intakeId, ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
