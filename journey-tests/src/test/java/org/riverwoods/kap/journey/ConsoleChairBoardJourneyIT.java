package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.riverwoods.kap.testing.journey.ClinicSteps;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A nurse runs an infusion from the chair board: check-in, the safety gate (first refused, in
 * words), the dose, a prescriber's double check from her own browser, the start from a vial, vitals;
 * a 185/100 reading turns the tile red within a second with no reload, a monitor reading arrives
 * live, then recovery, discharge and the printable monitoring record with its vitals chart.
 */
class ConsoleChairBoardJourneyIT {

    @Test
    void aNurseRunsAnInfusionFromTheChairBoard() {
        ClinicSteps clinic = Journeys.clinic("chair board");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "MALE");
        JsonNode booked = clinic.awaitSessions(patient.patientId(), 1).get(0);
        String id = booked.path("id").asText();
        UUID sessionId = UUID.fromString(id);
        LocalDate day = LocalDate.ofInstant(Instant.parse(booked.path("scheduledStart").asText()), ClinicSteps.CLINIC_ZONE);
        UUID vial = clinic.receiveVial(ClinicSteps.LOT);
        String board = "/chair-board?date=" + day;

        try (ConsoleBrowser nurse = ConsoleBrowser.desktop("chair-board");
                ConsoleBrowser prescriber = ConsoleBrowser.desktop("chair-board-prescriber")) {
            nurse.signIn("nurse");
            nurse.go(board);
            nurse.waitFor(By.id("tile-" + id));
            awaitLive(nurse);
            assertEquals("Booked", text(nurse, "status-" + id));
            assertTrue(text(nurse, "patient-" + id).startsWith("Journey Patient"), text(nurse, "patient-" + id));

            // check in
            type(nurse, "weightKg-" + id, "80.0");
            click(nurse, "check-in-" + id);
            nurse.waitForText(By.id("status-" + id), "Checked in");

            // the safety gate: refused first (no prescriber on site), in words next to the field
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
            type(nurse, "lastSolidsAt-" + id, now.minusHours(8).toString());
            type(nurse, "lastClearLiquidsAt-" + id, now.minusHours(3).toString());
            choose(nurse, "pregnancyTestApplicable-" + id, "no");
            type(nurse, "breathAlcoholGramsPerDecilitre-" + id, "0.000");
            choose(nurse, "selfReportedIntoxication-" + id, "no");
            type(nurse, "baselineSystolicMmHg-" + id, "128");
            type(nurse, "baselineDiastolicMmHg-" + id, "82");
            type(nurse, "baselineHeartRateBpm-" + id, "74");
            type(nurse, "baselineSpo2Percent-" + id, "98");
            type(nurse, "baselineRespiratoryRatePerMinute-" + id, "14");
            choose(nurse, "prescriberOnSite-" + id, "no");
            click(nurse, "pre-assessment-" + id);
            WebElement why = nurse.waitFor(By.id("prescriberOnSite-" + id + "-error"));
            assertTrue(why.getText().toLowerCase().contains("prescriber"), why.getText());
            assertEquals("true", nurse.driver().findElement(By.id("prescriberOnSite-" + id)).getAttribute("aria-invalid"));
            assertTrue(nurse.driver().findElement(By.cssSelector("#tile-" + id + " .problem")).getText()
                    .contains("Safety gate not passed"));
            assertEquals("128", nurse.driver().findElement(By.id("baselineSystolicMmHg-" + id)).getAttribute("value"),
                    "what the nurse typed stays on the refused form");
            nurse.screenshot("gate-refused");
            choose(nurse, "prescriberOnSite-" + id, "yes");
            click(nurse, "pre-assessment-" + id);
            nurse.waitForText(By.id("status-" + id), "Safety gate passed");

            // the dose; she may not check her own calculation
            type(nurse, "concentrationMgPerMl-" + id, "1.0");
            type(nurse, "lotNumber-" + id, ClinicSteps.LOT);
            click(nurse, "dose-submit-" + id);
            nurse.waitForText(By.id("dose-info-" + id), "not yet verified");
            assertTrue(nurse.driver().findElements(By.id("verification-" + id)).isEmpty(),
                    "the nurse who dosed is not offered the double check");

            // the second clinician: a prescriber, signed in on her own browser
            prescriber.signIn("prescriber");
            prescriber.go(board);
            prescriber.waitFor(By.id("verification-" + id)).click();
            prescriber.waitForText(By.id("dose-info-" + id), "verified by dev-prescriber");

            // the nurse's board learns it live: the start form appears without a reload
            nurse.waitFor(By.id("vialId-" + id));
            nurse.waitForText(By.id("dose-info-" + id), "verified by dev-prescriber");
            choose(nurse, "vialId-" + id, vial.toString());
            click(nurse, "start-" + id);
            nurse.waitForText(By.id("status-" + id), "Infusing");

            // normal vitals; then 185/100 turns the tile red within a second, no reload
            nurse.script("window.__noReload = 1;");
            recordVitals(nurse, id, "130", "84", "4");
            nurse.waitForText(By.id("vitals-" + id), "130/84");
            assertTrue(tileClass(nurse, id).contains("level-none"), tileClass(nurse, id));
            assertTrue(text(nurse, "alert-" + id).contains("No alerts"));
            nurse.waitFor(By.cssSelector("#vitals-" + id + " svg.sparkline"));

            fillVitals(nurse, id, "185", "100", "4");
            nurse.script("""
                    var id = arguments[0];
                    window.__redAt = null;
                    window.__watch = setInterval(function () {
                      var tile = document.getElementById('tile-' + id);
                      if (tile && tile.classList.contains('level-PAUSE') && window.__redAt === null) {
                        window.__redAt = performance.now(); clearInterval(window.__watch);
                      }
                    }, 5);
                    window.__submittedAt = performance.now();
                    document.getElementById('vitals-submit-' + id).click();""", id);
            new WebDriverWait(nurse.driver(), Duration.ofSeconds(5))
                    .until(d -> nurse.script("return window.__redAt !== null;").equals(Boolean.TRUE));
            double millis = ((Number) nurse.script("return window.__redAt - window.__submittedAt;")).doubleValue();
            clinic.say("185/100 submitted: tile red after " + Math.round(millis) + " ms");
            assertTrue(millis < 1000, "the tile turned red after " + millis + " ms");
            assertTrue(text(nurse, "alert-" + id).contains("PAUSE"), text(nurse, "alert-" + id));
            assertTrue(text(nurse, "alert-" + id).contains("185/100"), text(nurse, "alert-" + id));
            assertEquals(1L, nurse.script("return window.__noReload;"), "the page was not reloaded");

            // live: a monitor reading (not from this page) and the prescriber's board, both without reload
            prescriber.waitFor(By.cssSelector("#tile-" + id + ".level-PAUSE"));
            type(nurse, "systolicMmHg-" + id, "150"); // she is typing the next reading when the monitor's arrives
            clinic.vitals(sessionId, 176, 98, 88, 97, 4);
            nurse.waitForText(By.id("vitals-" + id), "176/98");
            assertEquals("150", new WebDriverWait(nurse.driver(), Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("systolicMmHg-" + id)).getAttribute("value")),
                    "what she was typing survives the live redraw of her tile");
            assertEquals(1L, nurse.script("return window.__noReload;"), "the monitor reading arrived without a reload");
            assertTrue(tileClass(nurse, id).contains("level-PAUSE"), "the worst alert of the session stays shown");
            nurse.script("document.activeElement.blur(); window.scrollTo(0, 0);");
            nurse.readmeScreenshot("chair-board-alert");

            // recovery, back near baseline, discharge (refused without a driver, in words)
            click(nurse, "infusion-end-" + id);
            nurse.waitForText(By.id("status-" + id), "In recovery");
            recordVitals(nurse, id, "128", "82", "5");
            nurse.waitForText(By.id("vitals-" + id), "128/82");
            click(nurse, "discharge-" + id);
            nurse.waitForText(By.cssSelector("#discharge-form-" + id + " .problem"), "DRIVER_PRESENT");
            click(nurse, "driverPresent-" + id);
            click(nurse, "discharge-" + id);
            nurse.waitForText(By.id("status-" + id), "Discharged");
            assertEquals(1L, nurse.script("return window.__noReload;"));

            // the printable monitoring record
            click(nurse, "record-link-" + id);
            nurse.waitFor(By.id("monitoring-record"));
            assertTrue(text(nurse, "record-patient").startsWith("Journey Patient"), text(nurse, "record-patient"));
            assertEquals("dev-nurse", text(nurse, "record-dosed-by"));
            assertEquals("dev-prescriber", text(nurse, "record-verified-by"));
            assertEquals(ClinicSteps.LOT, text(nurse, "record-lot"));
            assertTrue(text(nurse, "record-dose").endsWith(" mg"), text(nurse, "record-dose"));
            assertFalse(text(nurse, "record-dosing-started").isBlank());
            assertFalse(text(nurse, "record-discharged").isBlank());
            assertTrue(text(nurse, "record-vitals").contains("185/100"));
            WebElement chart = nurse.waitFor(By.id("vitals-chart"));
            assertTrue(chart.getAttribute("data-chart").contains("Systolic mmHg"), chart.getAttribute("data-chart"));
            nurse.waitFor(By.cssSelector("#vitals-chart .uplot"));
            nurse.screenshot("monitoring-record");
        }
    }

    private static void awaitLive(ConsoleBrowser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "1".equals(browser.script("return document.body.dataset.boardLive || '';")));
    }

    private static void fillVitals(ConsoleBrowser browser, String id, String systolic, String diastolic, String moaas) {
        type(browser, "systolicMmHg-" + id, systolic);
        type(browser, "diastolicMmHg-" + id, diastolic);
        type(browser, "heartRateBpm-" + id, "76");
        type(browser, "spo2Percent-" + id, "98");
        type(browser, "respiratoryRatePerMinute-" + id, "14");
        type(browser, "moaas-" + id, moaas);
    }

    private static void recordVitals(ConsoleBrowser browser, String id, String systolic, String diastolic, String moaas) {
        fillVitals(browser, id, systolic, diastolic, moaas);
        click(browser, "vitals-submit-" + id);
    }

    /** A live tile may be redrawn between finding an element and reading it: read again then. */
    private static String text(ConsoleBrowser browser, String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    private static String tileClass(ConsoleBrowser browser, String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("tile-" + id)).getAttribute("class"));
    }

    private static void type(ConsoleBrowser browser, String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    browser.type(id, text);
                    return true;
                });
    }

    private static void choose(ConsoleBrowser browser, String id, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    browser.choose(id, value);
                    return true;
                });
    }

    private static void click(ConsoleBrowser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.id(id)).click();
                    return true;
                });
    }
}
