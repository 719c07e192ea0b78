package org.riverwoods.kap.intake.input;

import static org.riverwoods.kap.intake.Fixtures.TREATMENT_CONSENT;
import static org.riverwoods.kap.intake.Fixtures.as;
import static org.riverwoods.kap.intake.Fixtures.screening;
import static org.riverwoods.kap.intake.Fixtures.startIntake;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TestPostgres;
import org.riverwoods.kap.testing.malformed.MalformedInput;
import org.riverwoods.kap.testing.malformed.RowCounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Malformed variants of every operation in this service's own OpenAPI document, against real ids so
 * that they reach the resources: no 5xx, problem+json on every error, no rows from a refused write.
 * Seeded ({@code -Dkap.malformed.seed}); {@code -Dkap.malformed.variants} sets how many per operation.
 */
@QuarkusTest
class MalformedInputTest {

    @Test
    void noMalformedRequestReachesA5xxOrWritesARow() throws Exception {
        UUID[] ids = startIntake();
        String consentId = as("nurse").body(TREATMENT_CONSENT).post("/api/v1/patients/" + ids[0] + "/consents")
                .then().statusCode(201).extract().path("id");
        String screeningId = as("nurse").body(screening("PHQ_9", "[0,0,0,0,0,0,0,0,0]"))
                .post("/api/v1/intakes/" + ids[1] + "/screenings").then().statusCode(201).extract().path("id");

        MalformedInput.Report report = MalformedInput.against(URI.create("http://localhost:" + RestAssured.port))
                .token(DevTokens.allStaffRoles())
                .rowCounts(RowCounts.of(TestPostgres.jdbcUrl("intake"),
                        TestPostgres.user(), TestPostgres.password(), "audit_entry"))
                .pathValue("patientId", ids[0]::toString)
                .pathValue("intakeId", ids[1]::toString)
                .pathValue("consentId", () -> consentId)
                .pathValue("screeningId", () -> screeningId)
                .run();

        System.out.println("[malformed-input] intake-service: " + report.summary());
        report.assertClean();
    }
}
