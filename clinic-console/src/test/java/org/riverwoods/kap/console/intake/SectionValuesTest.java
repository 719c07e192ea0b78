package org.riverwoods.kap.console.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SectionValuesTest {

    @Test
    void aRecordedHistoryFillsItsCorrectionForm() {
        Map<String, Object> history = Map.of("primarySubstance", "ALCOHOL", "priorTreatmentEpisodes", 2,
                "substances", List.of(Map.of("substance", "ALCOHOL", "daysUsedLast30", 24, "route", "ORAL")),
                "currentMedications", List.of(Map.of("name", "Lorazepam", "benzodiazepine", true,
                        "lorazepamEquivalentMgPerDay", new BigDecimal("2.00"))));
        Map<String, String> values = SectionValues.history(history);
        assertEquals("ALCOHOL", values.get("primarySubstance"));
        assertEquals("24", values.get("daysUsedLast30-0"));
        assertEquals("true", values.get("benzodiazepine-0"));
        assertEquals("2.00", values.get("lorazepamEquivalentMgPerDay-0"));

        List<Map<String, String>> rows = SectionValues.rows(values, List.of("substance", "route"), 3);
        assertEquals(3, rows.size());
        assertEquals(Map.of("index", "0", "number", "1", "substance", "ALCOHOL", "substanceError", "", "route", "ORAL",
                "routeError", ""), rows.get(0));
        assertEquals("", rows.get(1).get("substance"));
    }

    @Test
    void withoutAScreenTheBenzodiazepineTotalComesFromTheHistory() {
        assertEquals(Map.of("benzodiazepineLorazepamEquivalentMgPerDay", "2.00"),
                SectionValues.screen(null, Map.of("benzodiazepineLorazepamEquivalentMgPerDay", new BigDecimal("2.00"))));
        Map<String, String> screen = SectionValues.screen(Map.of("screen", Map.of("pregnant", false, "systolicMmHg", 128)),
                Map.of("benzodiazepineLorazepamEquivalentMgPerDay", new BigDecimal("2.00")));
        assertEquals("false", screen.get("pregnant"));
        assertEquals("128", screen.get("systolicMmHg"));
        assertTrue(SectionValues.history(null).isEmpty());
    }

    @Test
    void theServicesRefusalOfARowIsShownNextToThatRowsInput() {
        Map<String, String> errors = SectionValues.historyInputErrors(Map.of(
                "substances[1].daysUsedLast30", "must be less than or equal to 30",
                "currentMedications[0].name", "must not be blank", "primarySubstance", "must not be null"));
        assertEquals(Map.of("daysUsedLast30-1", "must be less than or equal to 30", "medication-0", "must not be blank"), errors);
        List<Map<String, String>> rows = SectionValues.rows(Map.of(), errors, List.of("daysUsedLast30"), 2);
        assertEquals("", rows.get(0).get("daysUsedLast30Error"));
        assertEquals("must be less than or equal to 30", rows.get(1).get("daysUsedLast30Error"));
    }
}
