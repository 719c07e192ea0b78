package org.riverwoods.kap.kit.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.kit.testsupport.Api.NOTES;
import static org.riverwoods.kap.kit.testsupport.Api.as;
import static org.riverwoods.kap.kit.testsupport.Problems.assertProblem;
import static org.riverwoods.kap.kit.testsupport.Problems.assertProblemBody;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.kit.testsupport.NoteBody;
import org.riverwoods.kap.kit.testsupport.RawHttp;
import org.riverwoods.kap.testing.DevTokens;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Wrong input is refused with a 400-class problem+json naming what is wrong, never coerced, never
 * echoed, and nothing of it is stored.
 */
@QuarkusTest
class StrictInputTest {

    private static final UUID PATIENT = UUID.randomUUID();

    @Test
    void aValidNoteAndValidParametersAreAccepted() {
        UUID id = Api.createNote(NoteBody.valid(PATIENT).set("count", "0").set("tags", "[]").json());
        as("nurse").get(NOTES + "/" + id).then().statusCode(200)
                .body("day", is("2026-11-25"))
                .body("count", is(0))
                .body("urgent", is(false))
                .body("tags", empty());
        as("nurse").queryParam("page", "0").queryParam("size", "100").queryParam("includeArchived", "true")
                .get(NOTES).then().statusCode(200);
        List<String> onDay = as("nurse").get(NOTES + "/by-day/2026-11-25").then().statusCode(200)
                .extract().path("id");
        assertTrue(onDay.contains(id.toString()));
    }

    @Test
    void aKeyGivenTwiceIsRefusedWhetherOrNotTheValuesAgree() {
        nothingStoredBy(() -> {
            refused(NoteBody.valid(PATIENT).set("text", "\"Aardvark\"").add("text", "\"Aardvark\""), "text",
                    "Aardvark");
            refused(NoteBody.valid(PATIENT).set("text", "\"Aardvark\"").add("text", "\"Narwhal\""), "text",
                    "Aardvark", "Narwhal");
        });
    }

    @Test
    void controlCharactersInTextAreRefused() {
        nothingStoredBy(() -> {
            refused(NoteBody.valid(PATIENT).set("text", "\"Quokka\\u0000Wombat\""), "text", "Quokka", "Wombat");
            refused(NoteBody.valid(PATIENT).set("text", "\"Quokka\\u001b[2JWombat\""), "text", "Quokka", "Wombat");
        });
    }

    @Test
    void aNullInsideAListIsRefused() {
        nothingStoredBy(() -> refused(NoteBody.valid(PATIENT).set("tags", "[\"Okapi\",null]"), "tags", "Okapi"));
    }

    @Test
    void aWholeNumberIsNeverTruncatedNorReadFromAString() {
        nothingStoredBy(() -> {
            refused(NoteBody.valid(PATIENT).set("count", "1.5"), "count", "1.5");
            refused(NoteBody.valid(PATIENT).set("count", "1.0"), "count", "1.0");
            refused(NoteBody.valid(PATIENT).set("count", "\"7\""), "count", "\"7\"");
        });
    }

    @Test
    void aDateIsAPlausibleIsoString() {
        nothingStoredBy(() -> {
            refused(NoteBody.valid(PATIENT).set("day", "12345"), "day", "12345");
            refused(NoteBody.valid(PATIENT).set("day", "\"1800-01-01\""), "day", "1800-01-01");
        });
    }

    @Test
    void aBooleanIsTrueOrFalseOnly() {
        nothingStoredBy(() -> {
            refused(NoteBody.valid(PATIENT).set("urgent", "1"), "urgent");
            refused(NoteBody.valid(PATIENT).set("urgent", "\"true\""), "urgent", "\"true\"");
        });
    }

    @Test
    void anUnknownFieldIsRefused() {
        nothingStoredBy(() -> refused(NoteBody.valid(PATIENT).add("mood", "\"Zanzibar\""), "mood", "Zanzibar"));
    }

    @Test
    void aMalformedPathParameterIs400NotANotFound() {
        assertProblem(as("nurse").get(NOTES + "/1-2-3-4-5"), 400, "noteId", "1-2-3-4-5");
        assertProblem(as("nurse").get(NOTES + "/by-day/2026-13-45"), 400, "day", "2026-13-45");
        assertProblem(as("nurse").get(NOTES + "/by-day/1800-01-01"), 400, "day", "1800-01-01");
    }

    @Test
    void aMalformedQueryParameterIs400() {
        assertProblem(as("nurse").queryParam("includeArchived", "maybe").get(NOTES), 400, "includeArchived", "maybe");
        assertProblem(as("nurse").queryParam("page", "1.5").get(NOTES), 400, "page", "1.5");
        assertProblem(as("nurse").queryParam("page", "abc").get(NOTES), 400, "page", "abc");
    }

    @Test
    void anOverlongUriIs414() {
        String longPath = NOTES + "/" + "Gnu".repeat(3_334);
        assertProblem(as("nurse").urlEncodingEnabled(false).get(longPath), 414, null, "GnuGnu");
    }

    @Test
    void anOverlargeDeclaredBodyIs413BeforeItIsRead() throws Exception {
        nothingStoredBy(() -> {
            String head = "POST " + NOTES + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + DevTokens.staff("nurse") + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 2 * 1024 * 1024;
            RawHttp.Answer answer;
            try {
                answer = RawHttp.exchange(RestAssured.port, head, "{\"text\":\"Capybara");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertEquals(413, answer.status(), answer.body());
            String type = answer.header("Content-Type");
            assertTrue(type != null && type.startsWith("application/problem+json"), type);
            assertProblemBody(answer.body(), 413, null, "Capybara");
        });
    }

    @Test
    void aMethodTheResourceDoesNotHaveIs405() {
        assertProblem(as("nurse").delete(NOTES + "/" + UUID.randomUUID()), 405, null);
    }

    @Test
    void anUnservableAcceptIs406() {
        UUID id = Api.createNote(PATIENT);
        assertProblem(as("nurse").accept("application/xml").get(NOTES + "/" + id), 406, null);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        nothingStoredBy(() -> assertProblem(given().auth().oauth2(DevTokens.staff("nurse")).contentType("text/plain")
                .body("Tapir").post(NOTES), 415, null, "Tapir"));
    }

    /** Refused while the body is read (not by Bean Validation after a lenient read). */
    private static void refused(NoteBody body, String field, String... sentValues) {
        JsonPath problem = assertProblem(as("nurse").body(body.json()).post(NOTES), 400, field, sentValues);
        assertEquals("urn:kap:problem:malformed-request", problem.getString("type"), problem.prettify());
    }

    /** Runs refused writes and checks that neither a note nor an event was stored. */
    private static void nothingStoredBy(Runnable refusals) {
        long notes = Database.number("select count(*) from note");
        long events = Database.number("select count(*) from outbox_event");
        refusals.run();
        assertEquals(notes, Database.number("select count(*) from note"), "no note stored");
        assertEquals(events, Database.number("select count(*) from outbox_event"), "no event stored");
    }
}
