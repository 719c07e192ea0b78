package org.riverwoods.kap.outcomes.questionnaire;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.outbox.PublishedBeforeAnswer;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients/{patientId}/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "PHQ-9, GAD-7, PACS and a 0-100 craving scale during treatment")
@SecurityRequirement(name = "SecurityScheme")
public class QuestionnaireResource {

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Transactional
    @RolesAllowed({ Roles.PATIENT, Roles.NURSE, Roles.THERAPIST, Roles.PRESCRIBER })
    @Operation(summary = "Submit a questionnaire; it is scored at once",
            description = "Patients fill in their own from the app. A PHQ-9 item 9 above 0 puts a staff-only same-day "
                    + "follow-up line on the timeline and is reported (SuicideRiskReported): intake-service flags the "
                    + "patient until a clinician records a review there. Idempotency-Key makes a retry safe.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "PHQ-9", value = "{ \"questionnaire\": \"PHQ_9\", \"answers\": [1,1,0,1,0,1,0,0,0] }"),
            @ExampleObject(name = "craving", value = "{ \"questionnaire\": \"CRAVING_VAS\", \"answers\": [35] }") }))
    @APIResponse(responseCode = "201", description = "Scored")
    @APIResponse(responseCode = "400", description = "Wrong number of answers or an answer out of range")
    public Response record(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Client-chosen key; a retry returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull QuestionnaireRequest request) {
        return idempotent.create(idempotencyKey, request, () -> {
            QuestionnaireView scored = questionnaires.record(patientId, request);
            return new IdempotentCreation.Created(uri.getAbsolutePathBuilder().path(scored.id().toString()).build(), scored);
        });
    }

    @GET
    @RolesAllowed({ Roles.PATIENT, Roles.NURSE, Roles.THERAPIST, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The patient's questionnaires, oldest first")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<QuestionnaireView> list(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return questionnaires.list(patientId, page, size);
    }
}
