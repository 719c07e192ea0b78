package org.riverwoods.kap.outcomes.input;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.outcomes.Fixtures;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TestPostgres;
import org.riverwoods.kap.testing.malformed.MalformedInput;
import org.riverwoods.kap.testing.malformed.RowCounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Malformed variants of every operation in this service's own OpenAPI document, against a registered
 * patient so that they reach the resources: no 5xx, problem+json on every error, no rows from a
 * refused write. Seeded ({@code -Dkap.malformed.seed}); {@code -Dkap.malformed.variants} sets how many
 * per operation.
 */
@QuarkusTest
class MalformedInputTest {

    @Test
    void noMalformedRequestReachesA5xxOrWritesARow() throws Exception {
        UUID patientId = Fixtures.registeredPatient();
        String yesterday = LocalDate.now().minusDays(1).toString();

        MalformedInput.Report report = MalformedInput.against(URI.create("http://localhost:" + RestAssured.port))
                .token(DevTokens.allStaffRoles())
                .rowCounts(RowCounts.of(TestPostgres.jdbcUrl("outcomes"), TestPostgres.user(), TestPostgres.password(),
                        "audit_entry"))
                .pathValue("patientId", patientId::toString)
                .pathValue("day", () -> yesterday)
                .run();

        System.out.println("[malformed-input] outcomes-service: " + report.summary());
        report.assertClean();
    }
}
