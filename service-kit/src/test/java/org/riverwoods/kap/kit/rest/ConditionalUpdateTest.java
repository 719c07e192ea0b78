package org.riverwoods.kap.kit.rest;

import static org.hamcrest.Matchers.is;
import static org.riverwoods.kap.kit.testsupport.Api.NOTES;
import static org.riverwoods.kap.kit.testsupport.Api.as;
import static org.riverwoods.kap.kit.testsupport.Problems.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.kit.testsupport.NoteBody;

import io.quarkus.test.junit.QuarkusTest;

/** An update must name the version it read: none is 428, an old one 412, the current one succeeds. */
@QuarkusTest
class ConditionalUpdateTest {

    @Test
    void anUpdateNeedsTheCurrentETag() {
        UUID patient = UUID.randomUUID();
        UUID note = Api.createNote(patient);
        String revised = NoteBody.valid(patient).set("text", "\"Revised after the session\"").json();

        assertProblem(as("nurse").body(revised).put(NOTES + "/" + note), 428, "If-Match");
        assertProblem(as("nurse").header("If-Match", "\"7\"").body(revised).put(NOTES + "/" + note), 412, null);
        as("nurse").get(NOTES + "/" + note).then().statusCode(200).header("ETag", "\"0\"")
                .body("text", is("Slept well; cravings 3/10"));

        as("nurse").header("If-Match", "\"0\"").body(revised).put(NOTES + "/" + note)
                .then().statusCode(200).header("ETag", "\"1\"").body("text", is("Revised after the session"));

        // the tag just used is stale now: a second writer holding it cannot overwrite the first
        assertProblem(as("prescriber").header("If-Match", "\"0\"")
                .body(NoteBody.valid(patient).json()).put(NOTES + "/" + note), 412, null);
        as("nurse").get(NOTES + "/" + note).then().statusCode(200).header("ETag", "\"1\"")
                .body("text", is("Revised after the session"));
    }
}
