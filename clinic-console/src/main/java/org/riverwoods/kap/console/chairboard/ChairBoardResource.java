package org.riverwoods.kap.console.chairboard;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.console.pages.FormReader;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.services.ServiceProblem;
import org.riverwoods.kap.console.signin.ConsoleUser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Multi;

/**
 * The chair board: one tile per session of the day, live, with the visit's next step done in place.
 * Steps post here; the console calls infusion-service with the clinician's own token, so the
 * service's rules (and its refusals, shown in words) decide.
 */
@Path("/chair-board")
public class ChairBoardResource {

    /** A tile as the board page lists it. */
    @TemplateData
    public record RenderedTile(String sessionId, String html) {
    }

    @Inject
    ServiceCalls services;

    @Inject
    ConsoleUser user;

    @Inject
    TileBuilder tiles;

    @Inject
    BoardStream stream;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kap.console.clinic-zone")
    ZoneId clinicZone;

    @Inject
    @Location("chairboard/board.html")
    Template board;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response board(@QueryParam("date") String date) {
        return page(day(date), null, null, 200);
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        if (!user.atTheChair()) {
            throw new jakarta.ws.rs.ForbiddenException(); // a refusal, not an empty stream the browser would retry
        }
        return stream.follow(Viewer.of(user), sse);
    }

    /** One step of the visit; {@code step} is infusion-service's own path segment. */
    @POST
    @Path("{sessionId}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response step(@PathParam("sessionId") UUID sessionId, @PathParam("step") String step,
            MultivaluedMap<String, String> form, @HeaderParam("HX-Request") String htmx,
            @HeaderParam("Referer") String referer) {
        if (!NextSteps.ALL.contains(step)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        FormReader.Body body = StepForms.read(step, TileBuilder.fields(form));
        ServiceProblem problem;
        if (body.readable()) {
            String path = "/api/v1/infusion-sessions/" + sessionId + "/"
                    + (NextSteps.VERIFY.equals(step) ? "dose/verification" : step);
            ServiceAnswer answer = services.post(Service.INFUSION, path, body.json(), form.getFirst("idempotencyKey"));
            if (answer.ok()) {
                if (htmx != null) {
                    // the tile comes back through the live stream, as every browser's does (chairboard.js
                    // reloads the page when the stream is down)
                    return Response.noContent().build();
                }
                LocalDate shown = boardDay(referer);
                return Response.seeOther(URI.create("/chair-board" + (shown == null ? "" : "?date=" + shown) + "#tile-"
                        + sessionId)).build();
            }
            problem = answer.problem();
        } else {
            problem = body.problem();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        Tile.Step failed = new Tile.Step(step, problem, typed);
        if (htmx != null) {
            // 200 so htmx swaps it in: the refusal is shown on the tile's form
            return Response.ok(tile(sessionId, failed)).build();
        }
        LocalDate shown = boardDay(referer);
        return page(shown == null ? LocalDate.now(clinicZone) : shown, sessionId, failed, problem.status() >= 400 && problem.status() < 500
                ? problem.status() : 200);
    }

    private String tile(UUID sessionId, Tile.Step failed) {
        return tiles.render(Viewer.of(user), rowFor(sessionId), failed);
    }

    /** The board's row of the session; a session no longer on today's board gets one from its record. */
    private JsonNode rowFor(UUID sessionId) {
        ServiceAnswer day = services.get(Service.INFUSION, "/api/v1/chair-board");
        if (day.ok()) {
            for (JsonNode row : day.body()) {
                if (sessionId.toString().equals(row.path("sessionId").asText())) {
                    return row;
                }
            }
        }
        JsonNode session = services.get(Service.INFUSION, "/api/v1/infusion-sessions/" + sessionId).body();
        ObjectNode row = json.createObjectNode();
        row.put("sessionId", sessionId.toString());
        row.set("patientId", session.path("patientId"));
        row.set("status", session.path("status"));
        row.set("infusionNumber", session.path("infusionNumber"));
        row.set("scheduledStart", session.path("scheduledStart"));
        row.set("statusReason", session.path("statusReason"));
        return row;
    }

    private Response page(LocalDate day, UUID failedSession, Tile.Step failed, int status) {
        if (!user.atTheChair()) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML)
                    .entity(board.data("day", day).data("tiles", List.of()).data("problem", null)
                            .data("refused", "Only nurses, prescribers and administrators follow the chair board.")
                            .render())
                    .build();
        }
        ServiceAnswer answer = services.get(Service.INFUSION, "/api/v1/chair-board?date=" + day);
        List<RenderedTile> rendered = new ArrayList<>();
        if (answer.ok()) {
            Viewer viewer = Viewer.of(user);
            for (JsonNode row : answer.body()) {
                String id = row.path("sessionId").asText();
                boolean refused = failedSession != null && failedSession.toString().equals(id);
                rendered.add(new RenderedTile(id, tiles.render(viewer, row, refused ? failed : null)));
            }
        }
        return Response.status(status).type(MediaType.TEXT_HTML)
                .entity(board.data("day", day).data("tiles", rendered)
                        .data("problem", answer.ok() ? null : answer.problem()).data("refused", null).render())
                .build();
    }

    /** Without script a step answers with the board page: the day the clinician was looking at, if she was. */
    static LocalDate boardDay(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            if (!"/chair-board".equals(from.getPath()) || from.getQuery() == null) {
                return null;
            }
            for (String pair : from.getQuery().split("&")) {
                if (pair.startsWith("date=")) {
                    return LocalDate.parse(pair.substring(5));
                }
            }
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private LocalDate day(String date) {
        try {
            return date == null || date.isBlank() ? LocalDate.now(clinicZone) : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.now(clinicZone);
        }
    }
}
