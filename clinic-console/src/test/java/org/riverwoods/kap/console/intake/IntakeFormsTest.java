package org.riverwoods.kap.console.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.riverwoods.kap.console.pages.FormReader;
import org.junit.jupiter.api.Test;

class IntakeFormsTest {

    @Test
    void aRegistrationSendsEveryFieldAndLeavesTheWeightBoundsToTheService() {
        Map<String, String> form = new HashMap<>(Map.of("givenName", " Ada ", "familyName", "Lovelace", "dateOfBirth",
                "1984-03-12", "sex", "FEMALE", "weightKg", "6800", "weightMeasuredOn", "2026-12-01", "email", ""));
        FormReader.Body body = IntakeForms.registration(form::get);
        assertTrue(body.readable(), "6800 kg is a number: the service refuses it, with its own words");
        assertEquals("Ada", body.json().get("givenName"));
        assertEquals(new BigDecimal("6800"), body.json().get("weightKg"));
        assertEquals("1984-03-12", body.json().get("dateOfBirth"));
        assertNull(body.json().get("email"), "blank is sent as absent");
        assertTrue(body.json().containsKey("medicalRecordNumber"));
        assertEquals(9, body.json().size(), "every PatientDetails field");
    }

    @Test
    void aWeightThatIsNotANumberCannotBeSent() {
        FormReader.Body body = IntakeForms.registration(Map.of("weightKg", "68,5 kg", "dateOfBirth", "12/03/1984")::get);
        assertFalse(body.readable());
        assertEquals("is not a number", body.fieldErrors().get("weightKg"));
        assertTrue(body.fieldErrors().get("dateOfBirth").contains("yyyy-MM-dd"));
    }

    @Test
    void screeningAnswersGoInItemOrderAndAnUnansweredItemIsSentAsNull() {
        FormReader.Body body = IntakeForms.screening("GAD_7", 7,
                Map.of("item1", "1", "item2", "2", "item3", "1", "item4", "1", "item5", "2", "item7", "1")::get);
        assertTrue(body.readable());
        assertEquals("GAD_7", body.json().get("instrument"));
        assertEquals(Arrays.asList(1, 2, 1, 1, 2, null, 1), body.json().get("answers"));
    }

    @Test
    void aScreeningAnswerThatIsNotANumberIsNamedAsTheServiceNamesIt() {
        FormReader.Body body = IntakeForms.screening("PACS", 5, Map.of("item2", "two")::get);
        assertEquals("is not a whole number", body.fieldErrors().get("answers[1]"));
    }

    @Test
    void theHistorySendsOnlyTheRowsFilledIn() {
        Map<String, String> form = new HashMap<>();
        form.put("primarySubstance", "ALCOHOL");
        form.put("substance-0", "ALCOHOL");
        form.put("daysUsedLast30-0", "24");
        form.put("lastUseOn-0", "2026-12-01");
        form.put("route-0", "ORAL");
        form.put("substance-1", "");
        form.put("daysUsedLast30-1", "3");
        form.put("priorTreatmentEpisodes", "2");
        form.put("medication-0", "Lorazepam");
        form.put("benzodiazepine-0", "true");
        form.put("lorazepamEquivalentMgPerDay-0", "2.0");
        FormReader.Body body = IntakeForms.substanceHistory(form::get);
        assertTrue(body.readable());
        List<?> substances = (List<?>) body.json().get("substances");
        assertEquals(1, substances.size(), "a row without a substance is not sent");
        assertEquals(Map.of("substance", "ALCOHOL", "daysUsedLast30", 24, "lastUseOn", "2026-12-01", "route", "ORAL"),
                substances.get(0));
        assertEquals(2, body.json().get("priorTreatmentEpisodes"));
        Map<?, ?> medication = (Map<?, ?>) ((List<?>) body.json().get("currentMedications")).get(0);
        assertEquals(Boolean.TRUE, medication.get("benzodiazepine"));
        assertEquals(new BigDecimal("2.0"), medication.get("lorazepamEquivalentMgPerDay"));
    }

    @Test
    void anUnansweredScreenItemIsSentAsNullNeverAsNo() {
        Map<String, String> form = new HashMap<>();
        IntakeForms.SCREEN_ITEMS.keySet().forEach(item -> form.put(item, "false"));
        form.put("pregnant", "");
        form.put("activePsychosisOrMania", "true");
        form.put("systolicMmHg", "128");
        form.put("diastolicMmHg", "82");
        form.put("benzodiazepineLorazepamEquivalentMgPerDay", "0");
        FormReader.Body body = IntakeForms.contraindicationScreen(form::get);
        assertTrue(body.json().containsKey("pregnant"));
        assertNull(body.json().get("pregnant"));
        assertEquals(Boolean.TRUE, body.json().get("activePsychosisOrMania"));
        assertEquals(Boolean.FALSE, body.json().get("breastfeeding"));
        assertEquals(128, body.json().get("systolicMmHg"));
        assertEquals(9 + 3, body.json().size(), "every ContraindicationScreen field");
    }

    @Test
    void aConsentSignedAtIsReadAsUtcAndAPart2ConsentCarriesItsScope() {
        FormReader.Body part2 = IntakeForms.consent("PART2_DEIDENTIFIED_DISCLOSURE", Map.of("documentVersion", "P2-1",
                "signedAt", "2026-12-04T13:05", "signedBy", "the patient", "scope-RESEARCH", "on")::get);
        assertTrue(part2.readable());
        assertEquals("2026-12-04T13:05:00Z", part2.json().get("signedAt"));
        assertEquals(List.of("RESEARCH"), part2.json().get("scope"));
        FormReader.Body treatment = IntakeForms.consent("TREATMENT", Map.of("signedAt", "yesterday")::get);
        assertFalse(treatment.json().containsKey("scope"), "a treatment consent has no disclosure scope");
        assertTrue(treatment.fieldErrors().containsKey("signedAt"));
    }
}
