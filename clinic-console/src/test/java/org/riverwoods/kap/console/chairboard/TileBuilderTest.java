package org.riverwoods.kap.console.chairboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

class TileBuilderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-04T14:00:00Z");

    private final TileBuilder tiles = new TileBuilder();

    TileBuilderTest() {
        tiles.bloodPressureEvery = Duration.ofMinutes(10);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode bp(String takenAt) {
        return json("{\"takenAt\":\"" + takenAt + "\",\"systolicMmHg\":130,\"diastolicMmHg\":84}");
    }

    @Test
    void aBloodPressureOlderThanTheIntervalIsOverdueInWords() {
        String reminder = tiles.bloodPressureReminder("INFUSING", MissingNode.getInstance(),
                List.of(bp("2026-12-04T13:45:00Z")), NOW);
        assertEquals("Blood pressure overdue: last taken 15 min ago (due every 10 min)", reminder);
    }

    @Test
    void exactlyTheIntervalIsNotOverdue() {
        assertNull(tiles.bloodPressureReminder("INFUSING", MissingNode.getInstance(), List.of(bp("2026-12-04T13:50:00Z")), NOW));
    }

    @Test
    void theServicesReminderCountsUntilTheNextBloodPressure() {
        JsonNode reminder = json("{\"rule\":\"BLOOD_PRESSURE_OVERDUE\",\"level\":\"REMINDER\",\"raisedAt\":\"2026-12-04T13:59:00Z\"}");
        assertTrue(tiles.bloodPressureReminder("INFUSING", reminder, List.of(), NOW).contains("none taken since dosing"));
        assertNull(tiles.bloodPressureReminder("INFUSING", reminder, List.of(bp("2026-12-04T13:59:30Z")), NOW),
                "a blood pressure after the reminder answers it");
    }

    @Test
    void onlyWhileInfusing() {
        assertNull(tiles.bloodPressureReminder("RECOVERY", MissingNode.getInstance(), List.of(bp("2026-12-04T12:00:00Z")), NOW));
    }

    @Test
    void eachVitalIsItsOwnSeriesWithGaps() {
        List<Integer> values = TileBuilder.series(List.of(bp("2026-12-04T13:45:00Z"), json("{\"takenAt\":\"2026-12-04T13:50:00Z\",\"spo2Percent\":97}")),
                "systolicMmHg");
        assertEquals(java.util.Arrays.asList(130, null), values);
    }

    @Test
    void theAlertLevelIsSaidInWords() {
        assertEquals("PAUSE: pause the infusion", TileBuilder.levelWords("PAUSE"));
        assertEquals("No alerts", TileBuilder.levelWords("none"));
    }
}
