package org.riverwoods.kap.console.plans;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** A patient's appointments, a page at a time, by week and day: infusions, therapy, groups. */
@Path("/patients/{patientId}/calendar")
public class PatientCalendarResource {

    private static final int PAGE_SIZE = 50;

    @Inject
    ServiceCalls services;

    @Inject
    @Location("plans/calendar.html")
    Template calendar;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response calendar(@PathParam("patientId") UUID patientId, @QueryParam("page") @DefaultValue("0") int page) {
        int shown = Math.max(0, page);
        ServiceAnswer answer = services.get(Service.TREATMENT,
                "/api/v1/patients/" + patientId + "/appointments?page=" + shown + "&size=" + PAGE_SIZE);
        int status = answer.ok() || answer.status() >= 500 ? 200 : answer.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(calendar.data("patientId", patientId).data("page", shown)
                        .data("weeks", answer.ok() ? CalendarWeeks.of(answer.items()) : List.of())
                        .data("total", answer.ok() ? answer.total() : 0L)
                        .data("pager", Pager.of(shown, answer.ok() ? answer.totalPages() : 0))
                        .data("problem", answer.ok() ? null : answer.problem()).render())
                .build();
    }
}
