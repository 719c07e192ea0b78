package org.riverwoods.kap.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.kit.testsupport.Api.as;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.kit.testsupport.NoteBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A change another service must not miss is on the broker before its answer leaves. */
@QuarkusTest
class PublishedBeforeAnswerTest {

    @Inject
    OutboxRelay relay;

    @AfterEach
    void resume() {
        relay.resume();
    }

    @Test
    void theAnswerLeavesOnlyOnceTheEventIsPublished() {
        Response created = as("nurse").body(NoteBody.valid(UUID.randomUUID()).json()).post(Api.NOTES + "/published");

        created.then().statusCode(201).header("Kap-Events-Published", "true");
        UUID note = UUID.fromString(created.path("id"));
        assertEquals(0, unpublished(note), "published before the answer, not after");
    }

    @Test
    void aRelayThatCannotPublishDelaysTheAnswerOnlyAsLongAsTheWaitAndSaysSo() {
        relay.pause();
        long started = System.nanoTime();

        Response created = as("nurse").body(NoteBody.valid(UUID.randomUUID()).json()).post(Api.NOTES + "/published");

        created.then().statusCode(201).header("Kap-Events-Published", "false");
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMillis >= 1000 && waitedMillis < 5000, "waited " + waitedMillis + " ms (kap.outbox.publish-wait=PT1S)");
        assertEquals(1, unpublished(UUID.fromString(created.path("id"))), "committed, waiting in the outbox");
    }

    private static long unpublished(UUID subject) {
        return Database.number("select count(*) from outbox_event where subject = ? and published_at is null",
                subject.toString());
    }
}
