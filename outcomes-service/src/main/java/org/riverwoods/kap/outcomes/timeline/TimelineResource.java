package org.riverwoods.kap.outcomes.timeline;

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

@Path("/api/v1/patients/{patientId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "One chronological view of a patient across every service")
@SecurityRequirement(name = "SecurityScheme")
public class TimelineResource {

    static final String PAGE = """
            { "items": [
                { "occurredAt": "2026-11-26T15:00:00Z", "source": "intake-service", "eventType": "IntakeCompleted",
                  "summary": "Intake completed: ALCOHOL, ELIGIBLE" },
                { "occurredAt": "2026-11-26T15:00:01Z", "source": "treatment-service", "eventType": "TreatmentPlanStatusChanged",
                  "summary": "Plan draft" } ],
              "page": 0, "size": 50, "totalItems": 2, "totalPages": 1 }""";

    @Inject
    TimelineService timeline;

    @GET
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "The patient's journey, oldest first",
            description = "Intake, plan, appointments, infusions, alerts and adverse events as they happened. A patient sees "
                    + "their own timeline without staff-only items (safety alerts, suicide-risk flags, eligibility decisions).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "timeline", value = PAGE)))
    public Page<TimelineView> timeline(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return timeline.of(patientId, page, size);
    }
}
