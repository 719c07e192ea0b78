package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.KareJourney;

/**
 * An analyst sees the curve and no patient names anywhere: patients start KARE with the consent to
 * de-identified program analytics (one through the whole KARE journey, the others to an active
 * plan: outcomes-service publishes a cohort only from 11 patients, its minimum cell size), and
 * the analyst, who lands on /program, sees the cohort row and the drawn Kaplan-Meier curve with its
 * table, the trial behind KARE with no invented result, and nowhere a name, an id or a chart link;
 * a patient's chart gives the analyst nothing but the refusal.
 */
class ConsoleProgramJourneyIT {

    /** outcomes-service's default kap.analytics.minimum-cell-size. */
    private static final int MINIMUM_CELL_SIZE = 11;

    @Test
    void anAnalystSeesTheCurveAndNoPatientNamesAnywhere() {
        ClinicSteps clinic = Journeys.clinic("program");
        KareJourney.Result journey = KareJourney.run(clinic);
        List<UUID> ids = new ArrayList<>(List.of(journey.patientId(), journey.planId(), journey.intakeId()));
        List<UUID> patients = new ArrayList<>(List.of(journey.patientId()));
        for (int i = 1; i < MINIMUM_CELL_SIZE; i++) {
            Journeys.ActivePatient patient = Journeys.activePatient(clinic, i % 2 == 0 ? "FEMALE" : "MALE");
            assertEquals("KARE", clinic.plan(patient.planId()).path("templateCode").asText(), "an alcohol patient starts KARE");
            patients.add(patient.patientId());
            ids.addAll(List.of(patient.patientId(), patient.planId(), patient.intakeId()));
        }
        // the cohort counts a patient from the quarter in which outcomes-service knows her plan started
        String quarter = null;
        for (UUID patient : patients) {
            LocalDate start = LocalDate.parse(clinic.awaitOutcomesWithPlanStart(patient).path("planStartedOn").asText());
            String hers = start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            assertTrue(quarter == null || quarter.equals(hers), "all started in one quarter: " + quarter + ", " + hers);
            quarter = hers;
        }

        try (ConsoleBrowser browser = ConsoleBrowser.desktop("program")) {
            browser.signIn("analyst");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/program"), "an analyst lands on the program page: "
                    + browser.driver().getCurrentUrl());
            List<String> nav = browser.driver().findElements(By.cssSelector("nav[aria-label=Main] a")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(nav.contains("Program"), nav.toString());
            assertFalse(nav.contains("Patients") || nav.contains("Intake") || nav.contains("Plans"), "analyst's nav: " + nav);

            browser.go("/program?period=" + quarter);
            browser.waitFor(By.cssSelector("#survival-chart .uplot"), Duration.ofSeconds(20));
            WebElement row = browser.waitFor(By.id("cohort-KARE"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("KARE", cells.get(0).getText());
            int enrolled = Integer.parseInt(cells.get(1).getText().trim());
            assertTrue(enrolled >= MINIMUM_CELL_SIZE, "enrolled " + enrolled);
            assertFalse(cells.get(5).getText().contains("suppressed"), "the curve is published: " + cells.get(5).getText());
            // the curve's figures as a table beside it: day 0 with everyone relapse-free and at risk
            WebElement day0 = browser.driver().findElement(By.cssSelector("#survival-KARE tbody tr"));
            List<WebElement> first = day0.findElements(By.tagName("td"));
            assertEquals("0", first.get(0).getText());
            assertEquals(1.0, Double.parseDouble(first.get(1).getText()), 1e-9);
            assertEquals(enrolled, Integer.parseInt(first.get(2).getText()));
            // the trial behind KARE, its citation, and no result the reference documents do not give
            String trial = browser.driver().findElement(By.id("trial-KARE")).getText();
            assertTrue(trial.contains("NCT02649231"), trial);
            assertTrue(trial.contains("Placebo"), trial);
            String difference = browser.driver().findElement(By.xpath("//dl[@id='trial-KARE-results']/dt[starts-with(., "
                    + "'Percent days abstinent at 6 months')]/following-sibling::dd[1]")).getText();
            assertTrue(difference.startsWith("not reported"), difference);
            browser.screenshot("program");
            browser.script("document.getElementById('survival-chart').scrollIntoView()");
            browser.screenshot("program-curve");
            browser.script("document.getElementById('trial-KARE').scrollIntoView()");
            browser.screenshot("program-trials");

            String source = browser.driver().getPageSource();
            assertNoPatientData(source, ids, "/program");
            assertFalse(source.contains("href=\"/patients"), "the program page links to no patient's chart");

            // a patient's chart gives the analyst nothing but the refusal
            browser.go("/patients/" + journey.patientId());
            browser.waitFor(By.tagName("body"));
            String chart = browser.driver().getPageSource();
            assertNoPatientData(chart, List.of(), "/patients/{id}");
            String words = browser.pageText().toLowerCase(Locale.ROOT);
            assertTrue(words.contains("not allow") || words.contains("may not") || words.contains("forbidden"),
                    "the refusal in words: " + browser.pageText());
            browser.screenshot("analyst-refused-a-chart");
        }
    }

    /** The registered patients' name, email, birth date and the ids of their records appear nowhere. */
    private static void assertNoPatientData(String source, List<UUID> ids, String page) {
        // ClinicSteps.registerPatient registers every test patient under this name
        for (String identifying : List.of("Journey", "journey.patient@example.org", "1984-03-12")) {
            assertFalse(source.contains(identifying), page + " shows " + identifying);
        }
        for (UUID id : ids) {
            assertFalse(source.contains(id.toString()), page + " shows the id " + id);
        }
    }
}
