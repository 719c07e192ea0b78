package org.riverwoods.kap.outcomes.cohort;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Program outcomes per protocol and period: aggregates only")
@SecurityRequirement(name = "SecurityScheme")
public class CohortResource {

    static final String EXAMPLE = """
            [ { "templateCode": "KARE", "period": "2026-Q4",
                "enrolled": { "n": 24, "value": 24, "suppressed": false },
                "completed": { "n": null, "value": null, "suppressed": true },
                "meanPercentDaysAbstinent": { "n": 22, "value": 81.4, "suppressed": false },
                "meanPhq9Change": { "n": null, "value": null, "suppressed": true },
                "relapseFreeSurvival": { "points": [ { "day": 0, "survival": 1.0000, "atRisk": 22, "events": 0, "censored": 0 } ],
                                         "medianDays": null, "subjects": 22 } } ]""";

    @Inject
    CohortService cohorts;

    @GET
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN, Roles.PRESCRIBER })
    @Operation(summary = "Outcomes per protocol template for patients who started in a quarter",
            description = "Enrolled, completed, mean percent days abstinent since the start, and Kaplan-Meier relapse-free "
                    + "survival (curve and median). Cells with fewer patients than kap.analytics.minimum-cell-size are "
                    + "suppressed; a protocol row under it is suppressed whole. PHQ-9 change comes with the questionnaires.")
    @APIResponse(responseCode = "200", description = "One row per protocol", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "quarter", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "period is not like 2026-Q4")
    public List<CohortRow> quarter(@Parameter(description = "e.g. 2026-Q4", required = true) @QueryParam("period") String period) {
        return cohorts.quarter(period);
    }
}
