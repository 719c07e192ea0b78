package org.riverwoods.kap.console.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The REMS-style monitoring record of one infusion, as a printable page: who dosed and who verified,
 * the dose and lot, the times, the blood pressures the form asks for, events and the vitals chart.
 */
@Path("/infusion-sessions/{sessionId}/record")
public class MonitoringRecordResource {

    @Inject
    ServiceCalls services;

    @Inject
    @Location("record/record.html")
    Template record;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response record(@PathParam("sessionId") UUID sessionId) {
        String base = "/api/v1/infusion-sessions/" + sessionId;
        ServiceAnswer monitoring = services.get(Service.INFUSION, base + "/monitoring-record");
        if (!monitoring.ok()) {
            return Response.status(monitoring.status() == 404 ? 404 : monitoring.status() >= 500 ? 502 : monitoring.status())
                    .type(MediaType.TEXT_HTML)
                    .entity(record.data("sessionId", sessionId).data("problem", monitoring.problem()).data("r", Map.of())
                            .data("session", Map.of()).data("patient", null).data("readings", List.of()).data("chart", null).render())
                    .build();
        }
        ServiceAnswer session = services.get(Service.INFUSION, base);
        ServiceAnswer vitals = services.get(Service.INFUSION, base + "/vitals");
        List<Map<String, Object>> readings = vitals.ok() ? vitals.items() : new ArrayList<>();
        ServiceAnswer patient = services.get(Service.INTAKE, "/api/v1/patients/" + monitoring.body().path("patientId").asText());
        return Response.ok(record.data("sessionId", sessionId).data("problem", null).data("r", monitoring.map())
                .data("session", session.ok() ? session.map() : Map.of())
                .data("patient", patient.ok() ? patient.map() : null)
                .data("readings", readings)
                .data("chart", vitals.ok() && !readings.isEmpty() ? VitalsChart.of(vitals.body()) : null).render())
                .type(MediaType.TEXT_HTML).build();
    }
}
