package org.riverwoods.kap.kit.testapp;

import java.time.LocalDate;
import java.util.List;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.outbox.PublishedBeforeAnswer;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

/** A resource shaped like the services' own: every parameter kind the kit reads strictly. */
@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    @Inject
    Notes notes;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    public Response create(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull NoteRequest request) {
        return idempotent.create(idempotencyKey, request, () -> {
            NoteView created = notes.create(request);
            return new IdempotentCreation.Created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                    created);
        });
    }

    /** The same creation, answered only once its event is on the broker. */
    @POST
    @Path("/published")
    @Transactional
    @PublishedBeforeAnswer
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    public Response createPublished(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull NoteRequest request) {
        return create(idempotencyKey, request);
    }

    /** Creates the note under the id given, without looking for it first: a race between two creations. */
    @POST
    @Path("/{noteId}")
    @Transactional
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    public Response createAs(@PathParam("noteId") UUID noteId, @Valid @NotNull NoteRequest request) {
        return Response.status(201).entity(notes.create(noteId, request)).build();
    }

    @GET
    @Path("/{noteId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.PATIENT })
    public Response get(@PathParam("noteId") UUID noteId) {
        NoteView note = notes.get(noteId);
        return Response.ok(note).tag(ETags.of(note.version())).build();
    }

    @PUT
    @Path("/{noteId}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    public Response update(@PathParam("noteId") UUID noteId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NoteRequest request) {
        NoteView note = notes.update(noteId, ifMatch, request);
        return Response.ok(note).tag(ETags.of(note.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST })
    public Page<NoteView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived) {
        return notes.list(page, size, includeArchived);
    }

    @GET
    @Path("/by-day/{day}")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST })
    public List<NoteView> onDay(@PathParam("day") LocalDate day) {
        return notes.onDay(day);
    }
}
