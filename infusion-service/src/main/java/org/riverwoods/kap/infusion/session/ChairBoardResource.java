package org.riverwoods.kap.infusion.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.riverwoods.kap.infusion.ledger.Discrepancies;
import org.riverwoods.kap.infusion.ledger.DiscrepancyView;
import org.riverwoods.kap.kit.security.Roles;

import io.smallrye.mutiny.Multi;

@Path("/api/v1/chair-board")
@Tag(name = "Chair board", description = "Today's sessions and whoever is in a chair now, with latest vitals, elapsed "
        + "time, alert state and flags")
@SecurityRequirement(name = "SecurityScheme")
public class ChairBoardResource {

    @Inject
    SessionBoard board;

    @Inject
    Discrepancies discrepancies;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The day's sessions in time order (the clinic's local day, default today)",
            description = "Today's board also lists every patient checked in, being assessed, infusing or in recovery, "
                    + "whatever day they were booked for. A day has a bounded number of chairs, so the board is one list.")
    @APIResponse(responseCode = "200", description = "One row per session")
    public List<ChairRow> day(@Parameter(description = "YYYY-MM-DD") @QueryParam("date") LocalDate date) {
        return board.day(date);
    }

    @GET
    @Path("/controlled-substance-alerts")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The board's controlled-substance lines: every count discrepancy still open",
            description = "A line stays until a prescriber resolves the discrepancy (explained or reported as a loss).")
    @APIResponse(responseCode = "200", description = "One line per open discrepancy, oldest first")
    public List<DiscrepancyView> controlledSubstanceAlerts() {
        return discrepancies.open();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Server-sent events: the row of a session each time its status, vitals or alerts change")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream of ChairRow")
    public Multi<ChairRow> stream() {
        return board.stream();
    }
}
