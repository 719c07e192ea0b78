package org.riverwoods.kap.intake.consent;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.outbox.PublishedBeforeAnswer;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients/{patientId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Treatment consent and 42 CFR Part 2 disclosure consent")
@SecurityRequirement(name = "SecurityScheme")
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.PATIENT }) // admin is not a clinician: no consents
    @Operation(summary = "Record a signed consent",
            description = "Treatment consent is recorded by staff; a patient may sign their own Part 2 disclosure consent "
                    + "in the app. Not admin: recording consent is a clinical act. Publishes ConsentGranted (without who signed "
                    + "or witnessed).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentRequest.class),
            examples = { @ExampleObject(name = "treatment", value = ConsentExamples.TREATMENT_REQUEST),
                    @ExampleObject(name = "Part 2 disclosure", value = ConsentExamples.PART2_REQUEST) }))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class),
                    examples = @ExampleObject(name = "recorded", value = ConsentExamples.CONSENT)))
    @APIResponse(responseCode = "400", description = "Invalid consent (e.g. a Part 2 consent without scope)")
    @APIResponse(responseCode = "403", description = "Another patient's record, or a patient recording treatment consent")
    public Response grant(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Client-chosen key; a retry returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ConsentRequest request) {
        return idempotent.create(idempotencyKey, request, () -> {
            ConsentView created = consents.grant(patientId, request);
            return new IdempotentCreation.Created(
                    uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "List a patient's consents, oldest signature first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "page", value = ConsentExamples.PAGE)))
    public Page<ConsentView> list(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return consents.list(patientId, page, size);
    }

    @GET
    @Path("/{consentId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Read a consent and its current status (ACTIVE, EXPIRED, REVOKED)")
    @APIResponse(responseCode = "200", description = "The consent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class),
                    examples = @ExampleObject(name = "consent", value = ConsentExamples.CONSENT)))
    @APIResponse(responseCode = "404", description = "No such consent")
    public ConsentView get(@PathParam("patientId") UUID patientId, @PathParam("consentId") UUID consentId) {
        return consents.get(patientId, consentId);
    }

    @POST
    @PublishedBeforeAnswer // infusion decides on it: on the broker before the answer
    @Path("/{consentId}/revocation")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.PATIENT }) // admin is not a clinician: no consents
    @Operation(summary = "Revoke a consent, effective at once",
            description = "A patient can revoke her own consents, treatment consent included (withdrawing consent is her right). Publishes ConsentRevoked; consumers stop relying on it "
                    + "from the revocation time.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevocationRequest.class),
            examples = @ExampleObject(name = "revocation", value = ConsentExamples.REVOCATION)))
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class),
                    examples = @ExampleObject(name = "revoked", value = ConsentExamples.REVOKED)))
    @APIResponse(responseCode = "409", description = "Already revoked")
    public ConsentView revoke(@PathParam("patientId") UUID patientId, @PathParam("consentId") UUID consentId,
            @Valid @NotNull RevocationRequest request) {
        return consents.revoke(patientId, consentId, request);
    }
}
