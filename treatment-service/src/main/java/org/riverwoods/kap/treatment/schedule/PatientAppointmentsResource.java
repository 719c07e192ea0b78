package org.riverwoods.kap.treatment.schedule;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients/{patientId}/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@SecurityRequirement(name = "SecurityScheme")
public class PatientAppointmentsResource {

    @Inject
    AppointmentService appointments;

    @GET
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Patient view: a patient's appointments in time order; a patient sees only their own")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "appointments", value = AppointmentExamples.PAGE)))
    public Page<AppointmentView> list(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return appointments.forPatient(patientId, page, size);
    }
}
