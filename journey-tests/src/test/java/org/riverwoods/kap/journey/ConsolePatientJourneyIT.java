package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.ClinicSteps;

/**
 * The patient records a diary day on a phone-sized window and sees it back (and outcomes-service
 * holds it); a nurse opens the chart of a patient with diary days and questionnaires and finds the
 * charts drawn and the timeline listed.
 */
class ConsolePatientJourneyIT {

    @Test
    void thePatientRecordsADiaryDayOnAPhoneSizedWindow() throws Exception {
        ClinicSteps clinic = Journeys.clinic("patient-diary");
        UUID patientId = clinic.registerPatient("FEMALE", "64.0");
        // outcomes-service learns of her from PatientRegistered: her diary opens once it has
        clinic.awaitTimelineLine(patientId, "Registered");
        // the form offers the latest day outcomes-service accepts (its "today" in the clinic's zone)
        LocalDate latestDay = ClinicSteps.latestDiaryDay();

        try (ConsoleBrowser phone = ConsoleBrowser.phone("patient-diary")) {
            phone.signInAsPatient(patientId);
            phone.go("/me/diary");
            phone.waitFor(By.id("diary-form"));
            assertEquals(latestDay.toString(), phone.driver().findElement(By.id("day")).getAttribute("value"));
            phone.choose("substance", "ALCOHOL");
            phone.type("amount", "3");
            phone.driver().findElement(By.id("save-day")).click();
            phone.waitFor(By.id("saved-note"));
            assertTrue(phone.waitFor(By.id("recent-" + latestDay)).getText().contains("3 alcohol"),
                    phone.driver().findElement(By.id("recent-" + latestDay)).getText());
            assertTrue(phone.driver().findElement(By.id("diary-" + latestDay)).getText().contains("3 alcohol"));
            assertNoHorizontalScroll(phone);
            phone.screenshot("patient-diary-phone");

            // outcomes-service holds the day as she recorded it
            HttpResponse<String> day = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    JourneyPlatform.urls().outcomesApi() + "/patients/" + patientId + "/diary?from=" + latestDay + "&to="
                            + latestDay)).header("Authorization", "Bearer " + DevTokens.patient(patientId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, day.statusCode(), day.body());
            assertTrue(day.body().contains("\"ALCOHOL\"") && day.body().matches("(?s).*\"amount\":3(\\.0)?[,}].*"), day.body());

            // her other pages fit the phone too
            for (String page : new String[] { "/me", "/me/questionnaires" }) {
                phone.go(page);
                phone.waitFor(By.tagName("h1"));
                assertNoHorizontalScroll(phone);
            }
            phone.type("craving", "40");
            phone.driver().findElement(By.id("save-craving")).click();
            phone.waitFor(By.id("saved-note"));
            assertTrue(phone.driver().findElement(By.id("past-questionnaires")).getText().contains("CRAVING_VAS"));
            phone.screenshot("patient-questionnaires-phone");
        }
    }

    @Test
    void aNurseReadsThePatientChart() {
        ClinicSteps clinic = Journeys.clinic("patient-chart");
        Journeys.ActivePatient patient = Journeys.activePatient(clinic, "MALE");
        UUID patientId = patient.patientId();
        // outcomes-service learns the plan's start from treatment-service's events before it counts windows
        clinic.awaitOutcomesWithPlanStart(patientId);
        LocalDate last = ClinicSteps.latestDiaryDay();
        for (int i = 0; i < 5; i++) {
            clinic.diaryDay(patientId, last.minusDays(i), i == 2 ? 6 : 0);
        }
        clinic.questionnaire(patientId, "PHQ_9", "[2,2,1,1,1,1,1,1,0]");
        clinic.questionnaire(patientId, "PHQ_9", "[1,1,0,1,0,1,0,0,0]");
        clinic.questionnaire(patientId, "CRAVING_VAS", "[70]");
        clinic.questionnaire(patientId, "CRAVING_VAS", "[35]");

        try (ConsoleBrowser browser = ConsoleBrowser.desktop("patient-chart")) {
            browser.signIn("nurse");
            browser.go("/patients/" + patientId);
            browser.waitFor(By.cssSelector("#chart-phq9 .uplot"));
            browser.waitFor(By.cssSelector("#chart-craving .uplot"));
            assertTrue(browser.driver().findElements(By.cssSelector(".uplot")).size() >= 2);
            assertTrue(browser.driver().findElement(By.id("table-phq9")).getText().contains("MODERATE")
                    || browser.driver().findElement(By.id("table-phq9")).getText().contains("MILD"));
            assertFalse(browser.driver().findElements(By.cssSelector("#timeline .timeline-line")).isEmpty());
            assertTrue(browser.driver().findElement(By.id("timeline")).getText().contains("Registered"));
            assertTrue(browser.driver().findElement(By.id("diary-" + last.minusDays(2))).getText().contains("6 alcohol"));
            assertEquals("/patients/" + patientId + "/calendar",
                    URI.create(browser.driver().findElement(By.id("appointments-link")).getAttribute("href")).getPath());
            // a taller window so the README picture shows the header and all four plots at once
            browser.driver().manage().window().setSize(new Dimension(1366, 1500));
            browser.waitFor(By.cssSelector("#chart-craving .uplot"));
            browser.readmeScreenshot("patient-chart");
        }
    }

    private static void assertNoHorizontalScroll(ConsoleBrowser phone) {
        Object width = phone.script("return document.documentElement.scrollWidth;");
        assertTrue(((Number) width).intValue() <= 375, "page is " + width + " px wide on a 375 px phone");
    }
}
