package org.riverwoods.kap.treatment.input;

import static org.riverwoods.kap.treatment.Fixtures.eligibleIntake;
import static org.riverwoods.kap.treatment.Fixtures.publishIntakeCompleted;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TestPostgres;
import org.riverwoods.kap.testing.malformed.MalformedInput;
import org.riverwoods.kap.testing.malformed.RowCounts;
import org.riverwoods.kap.treatment.plan.PlanLifecycleTestSupport;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Malformed variants of every operation in this service's own OpenAPI document, against a drafted
 * plan so that they reach the resources: no 5xx, problem+json on every error, no rows from a refused
 * write. Seeded ({@code -Dkap.malformed.seed}); {@code -Dkap.malformed.variants} sets how many per operation.
 */
@QuarkusTest
class MalformedInputTest {

    @Test
    void noMalformedRequestReachesA5xxOrWritesARow() throws Exception {
        UUID patientId = UUID.randomUUID();
        UUID intakeId = UUID.randomUUID();
        publishIntakeCompleted(eligibleIntake(intakeId, patientId, "ALCOHOL"), patientId);
        String planId = PlanLifecycleTestSupport.awaitPlanOf(patientId);

        MalformedInput.Report report = MalformedInput.against(URI.create("http://localhost:" + RestAssured.port))
                .token(DevTokens.allStaffRoles())
                .rowCounts(RowCounts.of(TestPostgres.jdbcUrl("treatment"), TestPostgres.user(), TestPostgres.password(),
                        "audit_entry"))
                .pathValue("patientId", patientId::toString)
                .pathValue("intakeId", intakeId::toString)
                .pathValue("planId", () -> planId)
                .pathValue("code", () -> "KARE")
                .pathValue("version", () -> "1")
                .run();

        System.out.println("[malformed-input] treatment-service: " + report.summary());
        report.assertClean();
    }
}
