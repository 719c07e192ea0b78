package org.riverwoods.kap.console.chairboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.riverwoods.kap.console.pages.FormReader;
import org.junit.jupiter.api.Test;

class StepFormsTest {

    @Test
    void checkInSendsTheWeightAndEachMedicationTickedOrNot() {
        FormReader.Body body = StepForms.read("check-in", Map.of("weightKg", "81.5", "sedatives", "yes")::get);
        assertTrue(body.readable());
        assertEquals(new BigDecimal("81.5"), body.json().get("weightKg"));
        assertEquals(Map.of("sedatives", true, "stimulants", false, "maois", false), body.json().get("concomitantMedications"));
    }

    @Test
    void theGateReadsTimesAsUtcAndAnswersAsBooleans() {
        FormReader.Body body = StepForms.read("pre-assessment", Map.of("lastSolidsAt", "2026-12-04T06:30",
                "pregnancyTestApplicable", "no", "breathAlcoholGramsPerDecilitre", "0.020", "prescriberOnSite", "yes",
                "baselineSystolicMmHg", "128")::get);
        assertTrue(body.readable());
        assertEquals("2026-12-04T06:30:00Z", body.json().get("lastSolidsAt"));
        assertEquals(false, body.json().get("pregnancyTestApplicable"));
        assertNull(body.json().get("pregnancyTestNegative"), "not answered: the service decides whether it was needed");
        assertEquals(true, body.json().get("prescriberOnSite"));
        assertEquals(128, body.json().get("baselineSystolicMmHg"));
        assertEquals(new BigDecimal("0.020"), body.json().get("breathAlcoholGramsPerDecilitre"));
    }

    @Test
    void whatIsNotANumberIsNamedByField() {
        FormReader.Body body = StepForms.read("vitals", Map.of("systolicMmHg", "18S", "diastolicMmHg", "100",
                "lastSolidsAt", "x")::get);
        assertFalse(body.readable());
        assertEquals(Map.of("systolicMmHg", "is not a whole number"), body.fieldErrors());
    }

    @Test
    void adverseEventActionsAreAList() {
        FormReader.Body body = StepForms.read("adverse-events", Map.of("type", "NAUSEA", "severity", "MILD",
                "actionsTaken", "ONDANSETRON_4MG, FLUIDS")::get);
        assertEquals(List.of("ONDANSETRON_4MG", "FLUIDS"), body.json().get("actionsTaken"));
    }

    @Test
    void stepsWithoutABodySendNone() {
        assertNull(StepForms.read("verification", Map.<String, String>of()::get).json());
        assertNull(StepForms.read("infusion-end", Map.<String, String>of()::get).json());
    }
}
