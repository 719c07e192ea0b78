package org.riverwoods.kap.treatment.schedule;

import java.time.LocalDate;
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

@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "The clinic's calendar: infusions and sessions of active plans")
@SecurityRequirement(name = "SecurityScheme")
public class AppointmentResource {

    @Inject
    AppointmentService appointments;

    @GET
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN })
    @Operation(summary = "Day view: every appointment of one clinic day, in time order",
            description = "The day is the clinic's local day (kap.treatment.clinic.zone); default today.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "day", value = AppointmentExamples.PAGE)))
    public Page<AppointmentView> day(@Parameter(description = "YYYY-MM-DD") @QueryParam("date") LocalDate date,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return appointments.day(date == null ? appointments.today() : date, page, size);
    }

    @GET
    @Path("/{appointmentId}")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "One appointment")
    @APIResponse(responseCode = "200", description = "The appointment; ETag for moving or cancelling it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class),
                    examples = @ExampleObject(name = "infusion", value = AppointmentExamples.APPOINTMENT)))
    public Response get(@PathParam("appointmentId") UUID appointmentId) {
        AppointmentView view = appointments.get(appointmentId);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Path("/{appointmentId}/reschedule")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.ADMIN })
    @Operation(summary = "Move an appointment (or confirm a proposed time, or reinstate a cancelled one)",
            description = "Inside clinic days and hours; the plan must be active. Publishes InfusionScheduled or "
                    + "TherapySessionScheduled again with the same appointment id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RescheduleRequest.class),
            examples = @ExampleObject(name = "reschedule", value = AppointmentExamples.RESCHEDULE)))
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppointmentView.class), examples = @ExampleObject(name = "moved", value = AppointmentExamples.APPOINTMENT)))
    @APIResponse(responseCode = "400", description = "Outside clinic hours, or in the past")
    @APIResponse(responseCode = "409", description = "Completed, or the plan is not active")
    public Response reschedule(@PathParam("appointmentId") UUID appointmentId,
            @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RescheduleRequest request) {
        AppointmentView view = appointments.reschedule(appointmentId, ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Path("/{appointmentId}/cancellation")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.ADMIN })
    @Operation(summary = "Cancel an upcoming appointment, with a reason", description = "Publishes AppointmentCancelled.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CancellationRequest.class),
            examples = @ExampleObject(name = "cancel", value = AppointmentExamples.CANCEL)))
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppointmentView.class), examples = @ExampleObject(name = "cancelled", value = AppointmentExamples.APPOINTMENT)))
    @APIResponse(responseCode = "409", description = "Not upcoming")
    public Response cancel(@PathParam("appointmentId") UUID appointmentId,
            @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CancellationRequest request) {
        AppointmentView view = appointments.cancel(appointmentId, ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
