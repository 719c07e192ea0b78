package org.riverwoods.kap.infusion.input;

import static org.riverwoods.kap.infusion.Fixtures.awaitSession;
import static org.riverwoods.kap.infusion.Fixtures.bookInfusion;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.infusion.Fixtures.Booked;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TestPostgres;
import org.riverwoods.kap.testing.malformed.MalformedInput;
import org.riverwoods.kap.testing.malformed.RowCounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Malformed variants of every operation in this service's own OpenAPI document, against a booked
 * session so that they reach the resources: no 5xx, problem+json on every error, no rows from a
 * refused write. Seeded ({@code -Dkap.malformed.seed}); {@code -Dkap.malformed.variants} sets how many
 * per operation.
 */
@QuarkusTest
class MalformedInputTest {

    @Test
    void noMalformedRequestReachesA5xxOrWritesARow() throws Exception {
        Booked booked = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(booked);

        MalformedInput.Report report = MalformedInput.against(URI.create("http://localhost:" + RestAssured.port))
                .token(DevTokens.allStaffRoles())
                .rowCounts(RowCounts.of(TestPostgres.jdbcUrl("infusion"), TestPostgres.user(), TestPostgres.password(),
                        "audit_entry"))
                .pathValue("patientId", booked.patientId()::toString)
                .pathValue("sessionId", () -> sessionId)
                .run();

        System.out.println("[malformed-input] infusion-service: " + report.summary());
        report.assertClean();
    }
}
