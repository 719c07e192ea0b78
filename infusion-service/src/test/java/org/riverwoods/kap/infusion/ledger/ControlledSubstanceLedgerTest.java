package org.riverwoods.kap.infusion.ledger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.infusion.Fixtures.CHECK_IN;
import static org.riverwoods.kap.infusion.Fixtures.as;
import static org.riverwoods.kap.infusion.Fixtures.asStaff;
import static org.riverwoods.kap.infusion.Fixtures.awaitSession;
import static org.riverwoods.kap.infusion.Fixtures.bookInfusion;
import static org.riverwoods.kap.infusion.Fixtures.preAssessmentOk;
import static org.riverwoods.kap.infusion.Fixtures.receiveVial;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.infusion.events.Topics;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.TestPostgres;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The controlled-substance ledger through the API, against the real database and broker. */
@QuarkusTest
class ControlledSubstanceLedgerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LEDGER = "/api/v1/controlled-substances";

    @Test
    void oneInfusionWritesTheReceiptTheDrawAndTheWasteAndTheBalanceFallsByWhatWasGivenAndWasted() {
        String lot = lot();
        String vial = receiveVial(lot, "10", "10", null); // 100 mg
        assertBalance(vial, "100.000", "10.000");
        String session = dosedAndVerified(lot); // 0.8 mg/kg x 72.5 kg = 58 mg

        try (TopicReader reader = TopicReader.subscribe(Topics.CONTROLLED_SUBSTANCES)) {
            as("nurse").body(Map.of("vialId", vial)).post(session + "/start").then().statusCode(200)
                    .body("status", is("INFUSING"));
            assertBalance(vial, "42.000", "4.200");

            // single-dose vials (the default): the rest is wasted in front of a second clinician
            String waste = as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"volumeMl\":4.2,\"witnessedBy\":\"nurse-2\",\"reason\":\"Remainder of a single-dose vial\"}")
                    .post(LEDGER + "/vials/" + vial + "/wastes").then().statusCode(201)
                    .body("kind", is("WASTE")).body("quantityMg", is(-42.0f)).extract().path("id");
            assertBalance(vial, "0.000", "0.000");

            List<Map<String, Object>> entries = entriesOfVial(vial);
            assertEquals(List.of("RECEIPT", "DRAW", "WASTE"), entries.stream().map(e -> e.get("kind")).toList());
            BigDecimal received = decimal(entries.get(0).get("quantityMg"));
            BigDecimal given = decimal(entries.get(1).get("quantityMg")).negate();
            BigDecimal wasted = decimal(entries.get(2).get("quantityMg")).negate();
            assertEquals(0, new BigDecimal("58").compareTo(given), "the verified dose was drawn");
            assertEquals(0, received.subtract(given).subtract(wasted).signum(), "fell by exactly what was given and wasted");
            assertEquals(session.substring(session.lastIndexOf('/') + 1), entries.get(1).get("sessionId"));

            for (String type : List.of("ControlledSubstanceReceived", "ControlledSubstanceDispensed", "ControlledSubstanceWasted")) {
                ConsumerRecord<String, String> event = reader.awaitOne(TopicReader.event(type, vial), WAIT);
                EventContracts.assertValid(type, event.value());
                assertTrue(!event.value().contains("patientId"), type + " carries no patient id");
            }
            assertTrue(waste != null);
        }
        String sessionId = session.substring(session.lastIndexOf('/') + 1);
        String patientId = as("nurse").get(session).then().extract().path("patientId");
        as("admin").get("/api/v1/patients/" + patientId + "/controlled-substance-dispensings").then().statusCode(200)
                .body("items.kind", hasItem("DRAW")).body("items.sessionId", hasItem(sessionId));
        as("admin").get("/api/v1/patients/" + patientId + "/controlled-substance-dispensings/csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("DRAW"));
        as("admin").get(LEDGER + "/ledger/csv").then().statusCode(200).body(containsString(vial));
        as("admin").get(LEDGER + "/inventory").then().statusCode(200).body("vials.vialId", not(hasItem(vial)));
        as("therapist").get(LEDGER + "/ledger").then().statusCode(403);
        as("admin").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"volumeMl\":1,\"witnessedBy\":\"nurse-2\"}").post(LEDGER + "/vials/" + vial + "/wastes")
                .then().statusCode(403);
    }

    @Test
    void aStartIsRefusedFromAVialWithoutEnoughAnExpiredVialOrAnotherLot() {
        String lot = lot();
        String session = dosedAndVerified(lot); // 58 mg
        String small = receiveVial(lot, "5", "10", null); // 50 mg
        String expired = receiveVial(lot, "20", "10", LocalDate.now().minusDays(2));
        String otherLot = receiveVial(lot(), "20", "10", null);

        as("nurse").body(Map.of("vialId", small)).post(session + "/start").then().statusCode(409)
                .contentType("application/problem+json").body("violations[0].field", is("vialId"))
                .body("detail", containsString("less than the verified dose"));
        as("nurse").body(Map.of("vialId", expired)).post(session + "/start").then().statusCode(409)
                .body("violations[0].field", is("vialId")).body("detail", containsString("expired"));
        as("nurse").body(Map.of("vialId", otherLot)).post(session + "/start").then().statusCode(409)
                .body("violations[0].field", is("vialId")).body("detail", containsString("lot"));
        as("nurse").body(Map.of("vialId", UUID.randomUUID())).post(session + "/start").then().statusCode(409)
                .body("violations[0].field", is("vialId"));
        as("nurse").body("{}").post(session + "/start").then().statusCode(400).contentType("application/problem+json");
        // nothing moved: the refused starts wrote no entry and the session is still waiting
        as("nurse").get(session).then().body("status", is("PRE_ASSESSMENT_PASSED"));
        assertBalance(small, "50.000", "5.000");
        assertBalance(expired, "200.000", "20.000");

        String enough = receiveVial(lot, "20", "10", null);
        as("nurse").body(Map.of("vialId", enough)).post(session + "/start").then().statusCode(200);
        assertBalance(enough, "142.000", "14.200");
        // single-dose: an opened vial is not drawn from again
        String second = dosedAndVerified(lot);
        as("nurse").body(Map.of("vialId", enough)).post(second + "/start").then().statusCode(409)
                .body("violations[0].field", is("vialId")).body("detail", containsString("single-dose"));
    }

    @Test
    void anAbortedInfusionRecordsWhatWasGivenAndWastesTheRestWitnessed() {
        String lot = lot();
        String vial = receiveVial(lot, "10", "10", null);
        String session = dosedAndVerified(lot);
        String sessionId = session.substring(session.lastIndexOf('/') + 1);
        as("nurse").body(Map.of("vialId", vial)).post(session + "/start").then().statusCode(200);
        as("nurse").body("{\"reason\":\"Blood pressure 190/112 at 20 minutes\"}").post(session + "/abort").then()
                .statusCode(200);
        String unused = LEDGER + "/sessions/" + sessionId + "/unused-dose";
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"givenMg\":30,\"disposition\":\"WASTED\",\"witnessedBy\":\"dev-nurse\",\"reason\":\"Stopped\"}")
                .post(unused).then().statusCode(400).body("violations[0].field", is("witnessedBy"));
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"givenMg\":59,\"disposition\":\"WASTED\",\"witnessedBy\":\"nurse-2\",\"reason\":\"Stopped\"}")
                .post(unused).then().statusCode(400).body("violations[0].field", is("givenMg"));
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"givenMg\":30,\"disposition\":\"WASTED\",\"witnessedBy\":\"nurse-2\",\"reason\":\"Stopped\"}")
                .post(unused).then().statusCode(201).body("drawnMg", is(58.0f)).body("givenMg", is(30.0f))
                .body("unusedMg", is(28.0f)).body("entry.kind", is("WASTE"));
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"givenMg\":30,\"disposition\":\"RETURNED\",\"reason\":\"Again\"}")
                .post(unused).then().statusCode(409);
        List<Map<String, Object>> entries = entriesOfVial(vial);
        assertEquals(List.of("RECEIPT", "DRAW", "RETURN", "WASTE"), entries.stream().map(e -> e.get("kind")).toList());
        // the vial fell by what was given (30) and what was wasted (28): 42 mg left for its own waste
        assertBalance(vial, "42.000", "4.200");
    }

    @Test
    void aSelfWitnessedWasteIsRefusedNamingTheFieldWithoutEchoingIt() {
        String vial = receiveVial(lot(), "10", "10", null);
        asStaff("nurse-lee", "nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"volumeMl\":1.0,\"witnessedBy\":\"nurse-lee\"}").post(LEDGER + "/vials/" + vial + "/wastes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("witnessedBy")).body("detail", not(containsString("nurse-lee")));
        asStaff("nurse-lee", "nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"volumeMl\":11.0,\"witnessedBy\":\"nurse-kim\"}").post(LEDGER + "/vials/" + vial + "/wastes")
                .then().statusCode(400).body("violations[0].field", is("volumeMl"));
        assertBalance(vial, "100.000", "10.000");
        // a receipt and a count are signed by two different people too
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                {"supplier":"S","invoiceReference":"I","product":"Ketamine","ndc":"42023-0113-10","concentrationMgPerMl":10,
                 "volumeMl":10,"lotNumber":"L","expiresOn":"2030-01-01","witnessedBy":"dev-nurse"}""")
                .post(LEDGER + "/vials").then().statusCode(400).body("violations[0].field", is("witnessedBy"));
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"witnessedBy\":\"dev-nurse\",\"vials\":[]}").post(LEDGER + "/counts").then().statusCode(400)
                .body("violations[0].field", is("witnessedBy"));
    }

    @Test
    void aCountThatDisagreesWithTheBalanceOpensADiscrepancyAndRaisesItsEvent() {
        String vial = receiveVial(lot(), "10", "10", null);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> v : vialsInStock()) {
            BigDecimal counted = decimal(v.get("balanceMl"));
            if (v.get("id").equals(vial)) {
                counted = counted.subtract(new BigDecimal("1.5")); // 1.5 mL (15 mg) missing
            }
            lines.add(Map.of("vialId", v.get("id"), "countedVolumeMl", counted));
        }
        try (TopicReader reader = TopicReader.subscribe(Topics.CONTROLLED_SUBSTANCES)) {
            JsonPath count = as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("shift", "END_OF_DAY", "witnessedBy", "dr-witness", "vials", lines))
                    .post(LEDGER + "/counts").then().statusCode(201).extract().jsonPath();
            assertEquals(1, count.getInt("discrepancies"), "only the vial short by more than the tolerance");
            String discrepancyId = count.getString("discrepancyIds[0]");
            ConsumerRecord<String, String> found = reader.awaitOne(TopicReader.event("InventoryDiscrepancyFound", vial), WAIT);
            EventContracts.assertValid("InventoryDiscrepancyFound", found.value());
            assertEquals(-1.5, TopicReader.json(found).path("differenceMl").asDouble());
            assertEquals(-15.0, TopicReader.json(found).path("differenceMg").asDouble());

            as("nurse").get("/api/v1/chair-board/controlled-substance-alerts").then().statusCode(200)
                    .body("id", hasItem(discrepancyId));
            String etag = as("admin").get(LEDGER + "/discrepancies/" + discrepancyId).then().statusCode(200)
                    .body("status", is("OPEN")).extract().header("ETag");
            String resolution = """
                    {"outcome":"LOSS_REPORTED","explanation":"Vial found cracked in the safe","lossReport":{
                     "deaRegistrationNumber":"AR1234563","discoveredOn":"%s","lossType":"OTHER","policeNotified":false,
                     "description":"Cracked vial; leaked. Vials now stored upright in a padded tray."}}""".formatted(LocalDate.now());
            as("nurse").header("If-Match", etag).body(resolution).post(LEDGER + "/discrepancies/" + discrepancyId + "/resolution")
                    .then().statusCode(403);
            as("prescriber").body(resolution).post(LEDGER + "/discrepancies/" + discrepancyId + "/resolution")
                    .then().statusCode(428);
            as("prescriber").header("If-Match", etag).body(resolution)
                    .post(LEDGER + "/discrepancies/" + discrepancyId + "/resolution").then().statusCode(200)
                    .body("status", is("LOSS_REPORTED")).body("lossReport.ndc", is("42023-0113-10"))
                    .body("lossReport.quantityLostMg", is(15.0f));
            assertBalance(vial, "85.000", "8.500");
            as("nurse").get("/api/v1/chair-board/controlled-substance-alerts").then().body("id", not(hasItem(discrepancyId)));
        }
    }

    @Test
    void anEditedLedgerRowFailsTheChainCheckAndTheTableRefusesEdits() throws SQLException {
        String vial = receiveVial(lot(), "10", "10", null);
        as("admin").get(LEDGER + "/ledger/verification").then().statusCode(200).body("intact", is(true));
        long sequence = ((Number) entriesOfVial(vial).get(0).get("sequenceNumber")).longValue();

        try (Connection db = DriverManager.getConnection(TestPostgres.jdbcUrl("infusion"), TestPostgres.user(),
                TestPostgres.password())) {
            SQLException refused = assertThrows(SQLException.class, () -> update(db, sequence, "+ 1"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> {
                try (Statement s = db.createStatement()) {
                    s.execute("delete from controlled_substance_entry where sequence_number = " + sequence);
                }
            });
            try (Statement s = db.createStatement()) {
                s.execute("set session_replication_role = replica"); // a superuser bypasses the trigger
            }
            update(db, sequence, "+ 1");
            try {
                as("admin").get(LEDGER + "/ledger/verification").then().statusCode(200).body("intact", is(false))
                        .body("firstBrokenEntry", is((int) sequence))
                        .body("finding", containsString("no longer match"));
            } finally {
                update(db, sequence, "- 1"); // put it back for the other tests
                try (Statement s = db.createStatement()) {
                    s.execute("set session_replication_role = origin");
                }
            }
        }
        as("admin").get(LEDGER + "/ledger/verification").then().statusCode(200).body("intact", is(true));
    }

    @Test
    void aCorrectionIsANewWitnessedEntryNamingTheOneItCorrects() {
        String vial = receiveVial(lot(), "10", "10", null);
        String receipt = (String) entriesOfVial(vial).get(0).get("id");
        String correction = "{\"correctsEntryId\":\"%s\",\"quantityMg\":%s,\"witnessedBy\":\"%s\",\"reason\":\"Recount\"}";
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(correction.formatted(receipt, "-2", "dev-nurse")).post(LEDGER + "/ledger/corrections").then()
                .statusCode(400).body("violations[0].field", is("witnessedBy"));
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(correction.formatted(receipt, "-100.5", "nurse-2")).post(LEDGER + "/ledger/corrections").then()
                .statusCode(400).body("violations[0].field", is("quantityMg"));
        as("nurse").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(correction.formatted(receipt, "-2", "nurse-2")).post(LEDGER + "/ledger/corrections").then()
                .statusCode(201).body("kind", is("CORRECTION")).body("correctsEntryId", is(receipt));
        List<Map<String, Object>> entries = entriesOfVial(vial);
        assertEquals(List.of("RECEIPT", "CORRECTION"), entries.stream().map(e -> e.get("kind")).toList());
        assertEquals(0, new BigDecimal("100").compareTo(decimal(entries.get(0).get("quantityMg"))), "the receipt stands as written");
        assertBalance(vial, "98.000", "9.800");
    }

    @Test
    void twoStartsAtOnceFromOneVialNeitherOverdrawNorForkTheChain() {
        String lot = lot();
        String vial = receiveVial(lot, "10", "10", null); // 100 mg: room for one 58 mg dose only
        String first = dosedAndVerified(lot);
        String second = dosedAndVerified(lot);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(
                () -> as("nurse").body(Map.of("vialId", vial)).post(first + "/start").then().extract().statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(
                () -> as("nurse").body(Map.of("vialId", vial)).post(second + "/start").then().extract().statusCode());
        List<Integer> statuses = new ArrayList<>(List.of(a.join(), b.join()));
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        assertBalance(vial, "42.000", "4.200");
        as("admin").get(LEDGER + "/ledger/verification").then().statusCode(200).body("intact", is(true));
    }

    private static void update(Connection db, long sequence, String change) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("update controlled_substance_entry set quantity_mg = quantity_mg "
                + change + " where sequence_number = ?")) {
            s.setLong(1, sequence);
            s.executeUpdate();
        }
    }

    /** A session through the gate with 58 mg calculated from {@code lot} and checked by a second nurse. */
    private static String dosedAndVerified(String lot) {
        String session = "/api/v1/infusion-sessions/" + awaitSession(bookInfusion("IV", "0.8", 40));
        as("nurse").body(CHECK_IN).post(session + "/check-in").then().statusCode(200);
        as("nurse").body(preAssessmentOk()).post(session + "/pre-assessment").then().statusCode(200);
        as("nurse").body("{\"concentrationMgPerMl\":1.0,\"lotNumber\":\"" + lot + "\"}").post(session + "/dose").then()
                .statusCode(200).body("dose.totalDoseMg", is(58.0f));
        asStaff("nurse-2", "nurse").post(session + "/dose/verification").then().statusCode(200);
        return session;
    }

    private static void assertBalance(String vial, String mg, String ml) {
        JsonPath v = as("nurse").get(LEDGER + "/vials/" + vial).then().statusCode(200).extract().jsonPath();
        assertEquals(0, new BigDecimal(mg).compareTo(decimal(v.get("balanceMg"))), "balance mg of the vial");
        assertEquals(0, new BigDecimal(ml).compareTo(decimal(v.get("balanceMl"))), "balance mL of the vial");
    }

    private static List<Map<String, Object>> entriesOfVial(String vial) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath p = as("admin").get(LEDGER + "/ledger?size=100&page=" + page + "&from="
                    + LocalDate.now().minusDays(2) + "&to=" + LocalDate.now().plusDays(2)).then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            items.stream().filter(e -> vial.equals(e.get("vialId"))).forEach(all::add);
            if (page + 1 >= p.getInt("totalPages")) {
                return all;
            }
        }
    }

    private static List<Map<String, Object>> vialsInStock() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath p = as("nurse").get(LEDGER + "/vials?inStock=true&size=100&page=" + page).then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(p.getList("items"));
            if (page + 1 >= p.getInt("totalPages")) {
                return all;
            }
        }
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }

    private static String lot() {
        return "KET-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
