package org.riverwoods.kap.treatment.review;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review queue", description = "Completed intakes that got no plan: ineligible, needs review, or no template")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewQueueResource {

    static final String ENTRY = """
            {
              "intakeId": "9a7d1c55-0e0b-4c9a-b0b4-3f3c2d1e0f11",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "decision": "INELIGIBLE",
              "reasons": [ { "code": "PREGNANT", "severity": "EXCLUDES", "description": "Pregnant" } ],
              "primarySubstance": "ALCOHOL",
              "receivedAt": "2026-11-26T15:30:00Z"
            }""";

    public record Resolution(@NotBlank @Size(max = 500) String resolution) {
    }

    @Inject
    ReviewQueue queue;

    @GET
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN })
    @Operation(summary = "The open reviews, oldest first (all with includeResolved=true)")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{ \"items\": [" + ENTRY
                    + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1 }")))
    public Page<ReviewQueueView> list(@QueryParam("includeResolved") @DefaultValue("false") boolean includeResolved,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queue.list(includeResolved, page, size);
    }

    @POST
    @Path("/{intakeId}/resolution")
    @RolesAllowed(Roles.PRESCRIBER)
    @Operation(summary = "Close a review with what was decided (prescriber)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "resolution", value = "{ \"resolution\": \"Referred to psychiatry; not a ketamine candidate now\" }")))
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "entry", value = ENTRY)))
    @APIResponse(responseCode = "409", description = "Already resolved")
    public ReviewQueueView resolve(@PathParam("intakeId") UUID intakeId, @Valid @NotNull Resolution body) {
        return queue.resolve(intakeId, body.resolution());
    }
}
