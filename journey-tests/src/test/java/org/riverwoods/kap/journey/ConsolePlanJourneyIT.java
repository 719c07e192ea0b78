package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.riverwoods.kap.testing.journey.ClinicSteps;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A prescriber signs and activates the plan: a completed intake drafts it (through the services'
 * APIs), a nurse reads it but is not offered the signature, the prescriber finds it among the drafts,
 * reads its components and phases, signs, is refused an activation without a reason (in words, next
 * to the field), activates it, and finds the booked infusions on the patient's calendar.
 */
class ConsolePlanJourneyIT {

    @Test
    void aPrescriberSignsAndActivatesThePlan() {
        ClinicSteps clinic = Journeys.clinic("plan");
        UUID patientId = clinic.registerPatient("FEMALE", "68.0");
        UUID intakeId = clinic.assess(patientId, "ALCOHOL", false);
        clinic.grantTreatmentConsent(patientId);
        clinic.completeIntake(intakeId);
        JsonNode draft = clinic.awaitPlan(patientId, "DRAFT");
        String planId = draft.path("id").asText();

        try (ConsoleBrowser browser = ConsoleBrowser.desktop("plan")) {
            // a nurse reads the plan but is not offered the signature (only a prescriber signs)
            browser.signIn("nurse");
            browser.go("/plans/" + planId);
            browser.waitForText(By.id("plan-status"), "DRAFT");
            assertTrue(browser.driver().findElements(By.id("sign")).isEmpty(), "a nurse is not offered the Sign button");
            assertTrue(browser.driver().findElements(By.id("activate")).isEmpty());
            assertTrue(text(browser, "actions-note").contains("Only a prescriber"), text(browser, "actions-note"));
            browser.screenshot("nurse-reads-draft");
            browser.signOut();

            // the prescriber finds the draft among the plans waiting for her
            browser.signIn("prescriber");
            browser.go("/plans?status=DRAFT");
            WebElement link = findOnPages(browser, "plan-link-" + planId);
            browser.screenshot("drafts");
            link.click();
            browser.waitForText(By.id("plan-status"), "DRAFT");

            // the plan as the service holds it: prescription, three components, phases
            JsonNode components = draft.path("components");
            // the dose as the service wrote it, trailing zeros and all (0.800 mg/kg)
            String dose = text(browser, "prescription-dose");
            assertEquals(0, new java.math.BigDecimal(dose.substring(0, dose.indexOf(" mg/kg")))
                    .compareTo(draft.path("prescription").path("doseMgPerKg").decimalValue()), dose);
            assertTrue(text(browser, "component-biological").contains(
                    components.path("biological").path("ketamineInfusions").asInt() + " ketamine infusions"),
                    text(browser, "component-biological"));
            assertTrue(text(browser, "component-psychological").contains(
                    components.path("psychological").path("modality").asText()), text(browser, "component-psychological"));
            assertTrue(text(browser, "component-social").contains(
                    components.path("social").path("aftercareWeeks").asInt() + " weeks of aftercare"),
                    text(browser, "component-social"));
            assertFalse(draft.path("phases").isEmpty());
            for (JsonNode phase : draft.path("phases")) {
                assertTrue(text(browser, "plan-phases").contains(phase.path("phase").asText()), text(browser, "plan-phases"));
            }
            browser.screenshot("draft-plan");

            // she signs what she read
            browser.driver().findElement(By.id("sign")).click();
            browser.waitForText(By.id("plan-status"), "APPROVED");
            assertTrue(text(browser, "plan-approval").contains("dev-prescriber"), text(browser, "plan-approval"));
            assertEquals("APPROVED", clinic.plan(UUID.fromString(planId)).path("status").asText());

            // activation needs a reason: refused in words next to the field
            browser.driver().findElement(By.id("activate")).click();
            WebElement why = browser.waitFor(By.id("activate-reason-error"));
            assertFalse(why.getText().isBlank());
            assertEquals("true", browser.driver().findElement(By.id("activate-reason")).getAttribute("aria-invalid"));
            assertEquals("APPROVED", text(browser, "plan-status"));
            browser.screenshot("activation-refused");

            browser.type("activate-reason", "Start of treatment");
            browser.driver().findElement(By.id("activate")).click();
            browser.waitForText(By.id("plan-status"), "ACTIVE");
            assertTrue(text(browser, "done-note").contains("activated"), text(browser, "done-note"));
            assertTrue(browser.driver().findElements(By.id("sign")).isEmpty());
            browser.screenshot("active-plan");
            JsonNode active = clinic.plan(UUID.fromString(planId));
            assertEquals("ACTIVE", active.path("status").asText());
            assertEquals("dev-prescriber", active.path("approval").path("prescriber").asText());

            // the booked infusions on the patient's calendar
            List<JsonNode> infusions = clinic.infusionAppointments(UUID.fromString(planId));
            assertEquals(draft.path("prescription").path("infusionCount").asInt(), infusions.size());
            browser.driver().findElement(By.id("calendar-link")).click();
            browser.waitFor(By.id("calendar"));
            for (JsonNode infusion : infusions) {
                String row = text(browser, "appointment-" + infusion.path("id").asText());
                assertTrue(row.contains("KETAMINE_INFUSION " + infusion.path("sequence").asInt()), row);
                assertTrue(row.contains("SCHEDULED"), row);
            }
            browser.screenshot("calendar");
        }
    }

    /** The link on the page of drafts that holds it (older drafts of other journeys come first). */
    private static WebElement findOnPages(ConsoleBrowser browser, String id) {
        for (int page = 0; page < 50; page++) {
            List<WebElement> found = browser.driver().findElements(By.id(id));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = browser.driver().findElements(By.id("plans-next"));
            assertFalse(next.isEmpty(), "the draft is on no page of the plans list");
            next.get(0).click();
            browser.waitFor(By.id("plans"));
        }
        throw new AssertionError("the draft was not found on 50 pages");
    }

    private static String text(ConsoleBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
