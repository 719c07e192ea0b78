package org.riverwoods.kap.console.today;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.signin.ConsoleUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The clinic's day: appointments by time, infusions by state, how many intakes wait for review. */
@Path("/")
public class TodayResource {

    @Inject
    ServiceCalls services;

    @Inject
    ConsoleUser user;

    @ConfigProperty(name = "kap.console.clinic-zone")
    ZoneId clinicZone;

    @Inject
    @Location("today/today.html")
    Template today;

    /** Each role starts where its work is. */
    @GET
    public Response home() {
        String start = user.isPatient() ? "/me" : user.isClinician() ? "/today" : "/program";
        return Response.seeOther(URI.create(start)).build();
    }

    @GET
    @Path("today")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance today() {
        LocalDate day = LocalDate.now(clinicZone);
        ServiceAnswer appointments = services.get(Service.TREATMENT, "/api/v1/appointments?date=" + day + "&size=200");
        ServiceAnswer queue = services.get(Service.TREATMENT, "/api/v1/review-queue?size=1");
        ServiceAnswer board = user.atTheChair() ? services.get(Service.INFUSION, "/api/v1/chair-board?date=" + day) : null;
        Map<String, Long> byState = new TreeMap<>();
        if (board != null && board.ok()) {
            board.items().forEach(row -> byState.merge(String.valueOf(row.get("status")), 1L, Long::sum));
        }
        return today.data("day", day)
                .data("appointments", appointments.ok() ? appointments.items() : List.of())
                .data("appointmentsProblem", appointments.ok() ? null : appointments.problem())
                .data("queueCount", queue.ok() ? queue.total() : null)
                .data("infusionsByState", byState)
                .data("seesBoard", board != null && board.ok());
    }
}
