package org.riverwoods.kap.console.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.riverwoods.kap.console.pages.FormReader;
import org.junit.jupiter.api.Test;

class PlanFormsTest {

    @Test
    void anAmendmentSendsOnlyTheFieldsFilledIn() {
        FormReader.Body body = PlanForms.amendment(Map.of("reason", " Dissociation; reduce ", "doseMgPerKg", "0.6",
                "therapySessionCount", "9", "infusionMinutes", " ")::get);
        assertTrue(body.readable());
        assertEquals("Dissociation; reduce", body.json().get("reason"));
        assertEquals(new BigDecimal("0.6"), body.json().get("doseMgPerKg"));
        assertEquals(9, body.json().get("therapySessionCount"));
        assertFalse(body.json().containsKey("infusionMinutes"), "blank means unchanged");
        assertFalse(body.json().containsKey("aftercareWeeks"));
    }

    @Test
    void aBlankReasonIsSentAsMissingSoTheServiceNamesIt() {
        FormReader.Body body = PlanForms.amendment(Map.of("doseMgPerKg", "0.6")::get);
        assertTrue(body.json().containsKey("reason"));
        assertNull(body.json().get("reason"));
    }

    @Test
    void whatIsNotANumberIsNamedByItsField() {
        FormReader.Body body = PlanForms.amendment(Map.of("reason", "r", "doseMgPerKg", "0,6", "infusionCount", "3.5")::get);
        assertFalse(body.readable());
        assertEquals("is not a number", body.fieldErrors().get("doseMgPerKg"));
        assertEquals("is not a whole number", body.fieldErrors().get("infusionCount"));
    }

    @Test
    void activationCarriesItsStartDateOtherMovesDoNot() {
        FormReader.Body activate = PlanForms.statusChange("activate", Map.of("reason", "Start", "startDate", "2026-12-07")::get);
        assertEquals(Map.of("status", "ACTIVE", "reason", "Start", "startDate", "2026-12-07"), activate.json());
        FormReader.Body hold = PlanForms.statusChange("hold", Map.of("reason", "Surgery", "startDate", "2026-12-07")::get);
        assertEquals(Map.of("status", "ON_HOLD", "reason", "Surgery"), hold.json());
        assertEquals("ACTIVE", PlanForms.statusChange("resume", Map.of("reason", "Back")::get).json().get("status"));
    }

    @Test
    void aStartDateThatIsNotADateIsNamed() {
        FormReader.Body body = PlanForms.statusChange("activate", Map.of("reason", "Start", "startDate", "07/12/2026")::get);
        assertEquals("is not a date (yyyy-MM-dd)", body.fieldErrors().get("startDate"));
    }
}
