package org.riverwoods.kap.treatment.plan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.riverwoods.kap.kit.outbox.PublishedBeforeAnswer;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;
import org.riverwoods.kap.treatment.schedule.AppointmentService;
import org.riverwoods.kap.treatment.schedule.AppointmentView;

@Path("/api/v1/treatment-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment plans", description = "Biopsychosocial plans: draft -> approved -> active -> completed")
@SecurityRequirement(name = "SecurityScheme")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    AppointmentService appointmentService;

    @GET
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN })
    @Operation(summary = "Plans in one status, oldest first (e.g. the drafts waiting for a prescriber)")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "drafts", value = PlanExamples.PAGE)))
    public Page<PlanView> list(@QueryParam("status") @DefaultValue("DRAFT") PlanStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return plans.listByStatus(status, page, size);
    }

    @GET
    @Path("/{planId}")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Read a plan: prescription, components, phases, approval")
    @APIResponse(responseCode = "200", description = "The plan; ETag for approving or changing it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "draft", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response get(@PathParam("planId") UUID planId) {
        PlanView plan = plans.get(planId);
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }

    @GET
    @Path("/{planId}/history")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN })
    @Operation(summary = "Every change of the plan, oldest first, with the plan as it stood after it")
    @APIResponse(responseCode = "200", description = "The history")
    public List<PlanHistoryEntry> history(@PathParam("planId") UUID planId) {
        return plans.history(planId);
    }

    @GET
    @Path("/{planId}/appointments")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "The plan's appointments in time order (booked when the plan is activated)")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<AppointmentView> appointments(@PathParam("planId") UUID planId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return appointmentService.forPlan(planId, page, size);
    }

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Path("/{planId}/approval")
    @Consumes(MediaType.WILDCARD) // no body: the signature covers the plan as read
    @RolesAllowed(Roles.PRESCRIBER)
    @Operation(summary = "Approve (sign) a draft plan and its ketamine prescription (prescriber only)",
            description = "If-Match must carry the ETag of the plan as read: the prescriber signs what they saw. "
                    + "Of two approvals at once, one signs and the other gets 409. Publishes TreatmentPlanApproved.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class), examples = @ExampleObject(name = "approved", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "403", description = "Not a prescriber")
    @APIResponse(responseCode = "409", description = "Already approved, or not a draft")
    @APIResponse(responseCode = "412", description = "The plan changed since it was read")
    public Response approve(@PathParam("planId") UUID planId,
            @Parameter(description = "ETag of the plan as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanView plan = plans.approve(planId, ifMatch);
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Path("/{planId}/amendments")
    @RolesAllowed(Roles.PRESCRIBER)
    @Operation(summary = "Amend a plan: a new plan version, with its reason kept in the history (prescriber only)",
            description = "Send only the fields that change. An approved or active plan is signed again by the amending "
                    + "prescriber (TreatmentPlanApproved with the new version); upcoming infusions are announced again "
                    + "with the new dose. Infusion count and interval change only before activation.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AmendmentRequest.class), examples = @ExampleObject(name = "lower dose",
                    value = "{ \"reason\": \"Marked dissociation at 0.8 mg/kg; reduce\", \"doseMgPerKg\": 0.6 }")))
    @APIResponse(responseCode = "200", description = "Amended", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class), examples = @ExampleObject(name = "plan", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "The amended prescription does not hang together")
    @APIResponse(responseCode = "409", description = "Closed or on hold, or a schedule change after activation")
    public Response amend(@PathParam("planId") UUID planId,
            @Parameter(description = "ETag of the plan as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AmendmentRequest request) {
        PlanView plan = plans.amend(planId, ifMatch, request);
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Path("/{planId}/status")
    @RolesAllowed(Roles.PRESCRIBER)
    @Operation(summary = "Activate, hold, resume, complete or discontinue a plan, with a reason",
            description = "Allowed: APPROVED -> ACTIVE; ACTIVE -> ON_HOLD, COMPLETED, DISCONTINUED; ON_HOLD -> ACTIVE "
                    + "(resume), DISCONTINUED; DRAFT -> DISCONTINUED. Anything else is 409. Activation books every "
                    + "appointment from startDate (InfusionScheduled, TherapySessionScheduled); completing or "
                    + "discontinuing cancels what is still upcoming. Publishes TreatmentPlanStatusChanged.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusChangeRequest.class), examples = @ExampleObject(name = "hold", value = PlanExamples.STATUS)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanView.class), examples = @ExampleObject(name = "plan", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response changeStatus(@PathParam("planId") UUID planId,
            @Parameter(description = "ETag of the plan as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        PlanView plan = plans.changeStatus(planId, ifMatch, request);
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }
}
