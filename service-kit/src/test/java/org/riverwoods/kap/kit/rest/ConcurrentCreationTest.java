package org.riverwoods.kap.kit.rest;

import static org.riverwoods.kap.kit.testsupport.Api.NOTES;
import static org.riverwoods.kap.kit.testsupport.Api.as;
import static org.riverwoods.kap.kit.testsupport.Problems.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testsupport.NoteBody;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Two requests creating the same record at once (the fault tier met it: a PUT that hung while the
 * database was frozen, and its retry): the loser meets the unique key and is told so, 409, not 500.
 */
@QuarkusTest
class ConcurrentCreationTest {

    @Test
    void theSecondCreationOfOneRecordIsAConflictNotAnInternalError() {
        UUID patient = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        as("nurse").body(NoteBody.valid(patient).json()).post(NOTES + "/" + note).then().statusCode(201);

        assertProblem(as("nurse").body(NoteBody.valid(patient).json()).post(NOTES + "/" + note), 409, null);
        as("nurse").get(NOTES + "/" + note).then().statusCode(200).header("ETag", "\"0\"");
    }
}
