package org.riverwoods.kap.console.plans;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.riverwoods.kap.console.pages.FormReader;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.services.ServiceProblem;
import org.riverwoods.kap.console.signin.ConsoleUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Treatment plans: the review queue and the plans by status, and one plan with its prescriber's
 * actions (sign, activate, amend, hold, resume...). Every action is treatment-service's own call,
 * sent with the plan's ETag as read, so the prescriber signs exactly what the page showed.
 */
@Path("/plans")
public class PlansResource {

    static final List<String> STATUSES = List.of("DRAFT", "APPROVED", "ACTIVE", "ON_HOLD", "COMPLETED", "DISCONTINUED");
    private static final int PAGE_SIZE = 20;
    /** What the page says after a successful action (Post/Redirect/Get carries only its name). */
    private static final Map<String, String> DONE = Map.of("sign", "Plan signed with its ketamine prescription.",
            "amend", "Plan amended; the amendment is in its history.", "activate", "Plan activated; its appointments are booked.",
            "hold", "Plan put on hold.", "resume", "Plan resumed.", "complete", "Plan completed.",
            "discontinue", "Plan discontinued.");

    @Inject
    ServiceCalls services;


    @Inject
    ConsoleUser user;

    @Inject
    @Location("plans/list.html")
    Template list;

    @Inject
    @Location("plans/plan.html")
    Template planPage;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response plans(@QueryParam("status") @DefaultValue("DRAFT") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("queuePage") @DefaultValue("0") int queuePage,
            @QueryParam("resolved") String resolved) {
        return listPage(status, page, queuePage, resolved != null, null, null, 200);
    }

    /** A prescriber closes a review with what was decided. */
    @POST
    @Path("review-queue/{intakeId}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response resolve(@PathParam("intakeId") UUID intakeId, MultivaluedMap<String, String> form) {
        String resolution = form.getFirst("resolution");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resolution", resolution == null || resolution.isBlank() ? null : resolution.trim());
        ServiceAnswer answer = services.post(Service.TREATMENT, "/api/v1/review-queue/" + intakeId + "/resolution", body, null);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/plans?resolved=" + intakeId + "#resolved-note")).build();
        }
        return listPage(form.getFirst("status"), number(form.getFirst("page")), number(form.getFirst("queuePage")),
                false, intakeId.toString(), answer.problem(), refusalStatus(answer.problem()));
    }

    @GET
    @Path("{planId}")
    @Produces(MediaType.TEXT_HTML)
    public Response plan(@PathParam("planId") UUID planId, @QueryParam("done") String done) {
        return planPage(planId, null, null, Map.of(), false, 200, done == null ? null : DONE.get(done));
    }

    /** The prescriber signs the plan as read: its ETag goes back in If-Match. */
    @POST
    @Path("{planId}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("planId") UUID planId, MultivaluedMap<String, String> form) {
        ServiceAnswer answer = services.postIfMatch(Service.TREATMENT, "/api/v1/treatment-plans/" + planId + "/approval", null,
                form.getFirst("etag"));
        return afterAction(planId, "sign", answer, form);
    }

    @POST
    @Path("{planId}/amendment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response amend(@PathParam("planId") UUID planId, MultivaluedMap<String, String> form) {
        FormReader.Body body = PlanForms.amendment(form::getFirst);
        if (!body.readable()) {
            return planPage(planId, "amend", body.problem(), typed(form), false, 400, null);
        }
        ServiceAnswer answer = services.postIfMatch(Service.TREATMENT, "/api/v1/treatment-plans/" + planId + "/amendments",
                body.json(), form.getFirst("etag"));
        return afterAction(planId, "amend", answer, form);
    }

    /** Activate, hold, resume, complete or discontinue, each with its reason. */
    @POST
    @Path("{planId}/status/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changeStatus(@PathParam("planId") UUID planId, @PathParam("action") String action,
            MultivaluedMap<String, String> form) {
        if (!PlanForms.STATUS_ACTIONS.containsKey(action)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        FormReader.Body body = PlanForms.statusChange(action, form::getFirst);
        if (!body.readable()) {
            return planPage(planId, action, body.problem(), typed(form), false, 400, null);
        }
        ServiceAnswer answer = services.postIfMatch(Service.TREATMENT, "/api/v1/treatment-plans/" + planId + "/status",
                body.json(), form.getFirst("etag"));
        return afterAction(planId, action, answer, form);
    }

    private Response afterAction(UUID planId, String action, ServiceAnswer answer, MultivaluedMap<String, String> form) {
        if (answer.ok()) {
            return Response.seeOther(URI.create("/plans/" + planId + "?done=" + action + "#done-note")).build();
        }
        ServiceProblem problem = answer.problem();
        // a 412 re-renders the plan as it now stands: the prescriber reads it again before signing
        return planPage(planId, action, problem, typed(form), problem.status() == 412, refusalStatus(problem), null);
    }

    private Response planPage(UUID planId, String failed, ServiceProblem problem, Map<String, String> typed,
            boolean changed, int status, String done) {
        ServiceAnswer plan = services.get(Service.TREATMENT, "/api/v1/treatment-plans/" + planId);
        if (!plan.ok()) {
            return html(plan.status() >= 400 && plan.status() < 500 ? plan.status() : 200,
                    planPage.data("plan", null).data("loadProblem", plan.problem()).data("planId", planId)
                            .data("etag", null).data("history", List.of()).data("historyProblem", null)
                            .data("actions", Set.of()).data("failed", null).data("problem", null)
                            .data("typed", Map.of()).data("changed", false).data("done", null).render());
        }
        Map<String, Object> view = plan.map();
        String planStatus = String.valueOf(view.get("status"));
        ServiceAnswer history = services.get(Service.TREATMENT, "/api/v1/treatment-plans/" + planId + "/history");
        return html(status, planPage.data("plan", view).data("loadProblem", null).data("planId", planId)
                .data("etag", plan.etag())
                .data("history", history.ok() ? history.items() : List.of())
                .data("historyProblem", history.ok() ? null : history.problem())
                .data("actions", PlanActions.offered(planStatus, user.is("prescriber")))
                .data("failed", failed).data("problem", problem).data("typed", typed).data("changed", changed).data("done", done)
                .data("amendmentFields", PlanForms.AMENDMENT_FIELDS)
                .render());
    }

    private Response listPage(String status, int page, int queuePage, boolean resolved, String failedIntake, ServiceProblem problem,
            int httpStatus) {
        String shown = status != null && STATUSES.contains(status) ? status : "DRAFT";
        ServiceAnswer queue = services.get(Service.TREATMENT,
                "/api/v1/review-queue?page=" + Math.max(0, queuePage) + "&size=" + PAGE_SIZE);
        ServiceAnswer plans = services.get(Service.TREATMENT,
                "/api/v1/treatment-plans?status=" + shown + "&page=" + Math.max(0, page) + "&size=" + PAGE_SIZE);
        return html(httpStatus, list.data("status", shown).data("statuses", STATUSES)
                .data("page", Math.max(0, page)).data("queuePage", Math.max(0, queuePage))
                .data("plansPager", Pager.of(Math.max(0, page), plans.ok() ? plans.totalPages() : 0))
                .data("queuePager", Pager.of(Math.max(0, queuePage), queue.ok() ? queue.totalPages() : 0))
                .data("queue", queue.ok() ? queue.items() : List.of())
                .data("queueTotal", queue.ok() ? queue.total() : 0L)
                .data("queueProblem", queue.ok() ? null : queue.problem())
                .data("plans", plans.ok() ? plans.items() : List.of())
                .data("plansTotal", plans.ok() ? plans.total() : 0L)
                .data("plansProblem", plans.ok() ? null : plans.problem())
                .data("prescriber", user.is("prescriber"))
                .data("resolved", resolved).data("failedIntake", failedIntake).data("problem", problem).render());
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(body).build();
    }

    /** A service's 4xx is shown on the form with its own status; anything else as a 200 page. */
    private static int refusalStatus(ServiceProblem problem) {
        return problem.status() >= 400 && problem.status() < 500 ? problem.status() : 200;
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        return typed;
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
