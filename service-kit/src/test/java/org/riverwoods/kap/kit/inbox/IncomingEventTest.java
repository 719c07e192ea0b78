package org.riverwoods.kap.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What makes a record poison before any consumer looks at its type. */
class IncomingEventTest {

    @Test
    void aCloudEventWithAJsonObjectIsAnEvent() {
        IncomingEvent event = IncomingEvent.of(record("{\"patientId\":\"6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10\",\"n\":[1,{}]}"));
        assertEquals("InfusionCompleted", event.type());
    }

    @Test
    void aPayloadThatIsNotOneJsonObjectIsPoisonWhateverItsType() {
        for (String payload : new String[] { "not an event", "{\"patientId\": \"unterminated", "[1,2]", "42", "",
                "{} {}", "{\"a\":1} trailing" }) {
            assertThrows(PoisonMessageException.class, () -> IncomingEvent.of(record(payload)), payload);
        }
        assertThrows(PoisonMessageException.class, () -> IncomingEvent.of(record(null)), "no payload");
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsPoison() {
        ConsumerRecord<String, String> bare = new ConsumerRecord<>("infusion.sessions", 0, 0, "key", "{}");
        assertThrows(PoisonMessageException.class, () -> IncomingEvent.of(bare));
    }

    private static ConsumerRecord<String, String> record(String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("infusion.sessions", 0, 0, "key", payload);
        record.headers().add("ce_id", "e-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "InfusionCompleted".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
