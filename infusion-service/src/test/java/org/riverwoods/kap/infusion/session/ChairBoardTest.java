package org.riverwoods.kap.infusion.session;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riverwoods.kap.infusion.Fixtures.CHECK_IN;
import static org.riverwoods.kap.infusion.Fixtures.as;
import static org.riverwoods.kap.infusion.Fixtures.asStaff;
import static org.riverwoods.kap.infusion.Fixtures.awaitSession;
import static org.riverwoods.kap.infusion.Fixtures.bookInfusion;
import static org.riverwoods.kap.infusion.Fixtures.preAssessmentOk;
import static org.riverwoods.kap.infusion.Fixtures.startBody;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.infusion.Fixtures.Booked;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The chair board's row of a session with many alerts: the worst and the latest, at a cost that does not grow with them. */
@QuarkusTest
class ChairBoardTest {

    @Test
    void aSessionWithHundredsOfAlertsShowsItsWorstAndItsLatest() {
        Booked b = bookInfusion("IV", "0.8", 40);
        String sessionId = awaitSession(b);
        String session = "/api/v1/infusion-sessions/" + sessionId;
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200);
        as("nurse").body(preAssessmentOk()).post(session + "/pre-assessment").then().statusCode(200);
        as("nurse").body("{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"KET-1\"}").post(session + "/dose").then()
                .statusCode(200);
        asStaff("nurse-2", "nurse").post(session + "/dose/verification").then().statusCode(200);
        as("nurse").body(startBody(session)).post(session + "/start").then().statusCode(200).body("status", is("INFUSING"));
        Instant start = Instant.now().minusSeconds(3600);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 300; i++) {
                String rule = i == 150 ? "HYPOXAEMIA" : i == 299 ? "TACHYCARDIA" : "BLOOD_PRESSURE_OVERDUE";
                String level = i == 150 ? "STOP" : i == 299 ? "ALERT" : "REMINDER";
                alert(UUID.fromString(sessionId), rule, level, start.plusSeconds(i));
            }
        });

        long started = System.nanoTime();
        List<?> state = as("nurse").get("/api/v1/chair-board").then().statusCode(200).extract()
                .path("findAll { it.sessionId == '" + sessionId + "' }.alertState");
        List<?> latest = as("nurse").get("/api/v1/chair-board").then().statusCode(200).extract()
                .path("findAll { it.sessionId == '" + sessionId + "' }.latestAlert.rule");
        System.out.printf("[chair-board] two board reads with a 300-alert session: %.1f ms%n",
                (System.nanoTime() - started) / 1e6);

        assertEquals(List.of("STOP"), state, "the worst alert of the session, wherever it is");
        assertEquals(List.of("TACHYCARDIA"), latest, "the latest alert");
    }

    private static void alert(UUID sessionId, String rule, String level, Instant at) {
        SafetyAlertEntity a = new SafetyAlertEntity();
        a.id = UUID.randomUUID();
        a.sessionId = sessionId;
        a.rule = rule;
        a.level = level;
        a.message = rule + " (test)";
        a.raisedAt = at;
        a.persist();
    }
}
