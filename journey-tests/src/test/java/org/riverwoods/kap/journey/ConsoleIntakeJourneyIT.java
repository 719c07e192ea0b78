package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.ApiClient;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.PlatformUrls;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A nurse registers and completes an intake in the console: a weight out of range is refused next
 * to the field and nothing is registered; the registration then starts the intake; she scores every
 * instrument (the page shows the scores and bands intake-service stored), records the substance
 * history and the contraindication screen (the eligibility decision and its reasons as the service
 * decided), is refused completion while the treatment consent is missing (in words), records both
 * consents and completes; treatment-service then drafts the plan. A patient registered elsewhere
 * gets her intake started from the list; a therapist reads the completed intake, with nothing
 * offered to change.
 */
class ConsoleIntakeJourneyIT {

    /** Answers per instrument, item 1 first: those of the clinic's eligible alcohol patient (PHQ-9 item 9 is 0). */
    private static final Map<String, int[]> ANSWERS = answers();
    private static final List<String> SCREEN_ITEMS = List.of("aneurysmalVascularDiseaseOrAvm",
            "intracerebralHaemorrhageHistory", "ketamineHypersensitivity", "activePsychosisOrMania", "psychosisOrManiaHistory",
            "pregnant", "breastfeeding", "uncontrolledHypertension", "acuteIntoxicationOrWithdrawal");

    private final ApiClient api = new ApiClient();
    private final String nurse = DevTokens.staff("nurse");

    @Test
    void aNurseRegistersAndCompletesAnIntakeInTheConsole() {
        ClinicSteps clinic = Journeys.clinic("intake");
        PlatformUrls urls = JourneyPlatform.urls();
        String family = "Console" + UUID.randomUUID().toString().substring(0, 8);

        try (ConsoleBrowser browser = ConsoleBrowser.desktop("intake")) {
            browser.signIn("nurse");
            browser.go("/intake");
            browser.waitFor(By.id("register-form"));
            long registeredBefore = patientCount(urls);

            // a weight typed in grams: refused next to the field, and no one is registered
            browser.type("reg-givenName", "Journey");
            browser.type("reg-familyName", family);
            date(browser, "reg-dateOfBirth", "1984-03-12");
            browser.choose("reg-sex", "FEMALE");
            browser.type("reg-email", "journey.patient@example.org");
            browser.type("reg-phone", "+1 303 555 0100");
            browser.type("reg-weightKg", "6800");
            date(browser, "reg-weightMeasuredOn", LocalDate.now().minusDays(1).toString());
            browser.driver().findElement(By.id("register")).click();
            String why = browser.waitFor(By.id("reg-weightKg-error")).getText();
            assertTrue(why.contains("350"), why);
            assertEquals("true", browser.driver().findElement(By.id("reg-weightKg")).getAttribute("aria-invalid"));
            assertEquals(family, browser.driver().findElement(By.id("reg-familyName")).getAttribute("value"),
                    "what was typed is kept");
            assertEquals(registeredBefore, patientCount(urls), "a refused registration registers no one");
            browser.screenshot("weight-refused");

            // registered properly: the intake starts and opens
            browser.type("reg-weightKg", "68.0");
            browser.driver().findElement(By.id("register")).click();
            browser.waitForText(By.id("intake-status"), "STARTED");
            String path = browser.driver().getCurrentUrl().replaceFirst("^.*/intake/", "").replaceFirst("[?#].*$", "");
            UUID intakeId = UUID.fromString(path);
            JsonNode intake = api.get(urls.intakeApi() + "/intakes/" + intakeId, nurse).expect(200).body();
            UUID patientId = UUID.fromString(intake.path("patientId").asText());
            assertEquals(registeredBefore + 1, patientCount(urls));
            assertTrue(text(browser, "patient-name").contains(family), text(browser, "patient-name"));
            assertTrue(text(browser, "missing-list").contains("an active treatment consent"), text(browser, "missing-list"));
            browser.screenshot("intake-started");

            // every instrument, one select per item; the page shows the score and band the service stored
            for (Map.Entry<String, int[]> instrument : ANSWERS.entrySet()) {
                String code = instrument.getKey();
                int[] answers = instrument.getValue();
                for (int item = 1; item <= answers.length; item++) {
                    browser.choose(code + "-item" + item, String.valueOf(answers[item - 1]));
                }
                browser.driver().findElement(By.id("submit-" + code)).click();
                browser.waitFor(By.id("score-" + code + "-total"));
            }
            browser.screenshot("instruments-scored");
            Map<String, JsonNode> stored = latestScreenings(urls, intakeId);
            assertEquals(ANSWERS.keySet(), stored.keySet());
            for (String code : ANSWERS.keySet()) {
                assertEquals(stored.get(code).path("total").asText(), text(browser, "score-" + code + "-total"), code);
                assertEquals(stored.get(code).path("band").asText(), text(browser, "score-" + code + "-band"), code);
            }

            // substance history
            browser.choose("hist-primarySubstance", "ALCOHOL");
            browser.choose("hist-substance-0", "ALCOHOL");
            browser.type("hist-daysUsedLast30-0", "24");
            date(browser, "hist-lastUseOn-0", LocalDate.now().minusDays(2).toString());
            browser.choose("hist-route-0", "ORAL");
            browser.type("hist-priorTreatmentEpisodes", "1");
            browser.driver().findElement(By.id("submit-history")).click();
            browser.waitForText(By.id("history-primary"), "ALCOHOL");
            assertEquals("ALCOHOL", api.get(urls.intakeApi() + "/intakes/" + intakeId + "/substance-history", nurse)
                    .expect(200).body().path("primarySubstance").asText());

            // contraindication screen: the decision and its reasons as the service decided
            for (String item : SCREEN_ITEMS) {
                browser.choose("screen-" + item, "false");
            }
            browser.type("screen-systolicMmHg", "128");
            browser.type("screen-diastolicMmHg", "82");
            browser.type("screen-benzodiazepineLorazepamEquivalentMgPerDay", "0");
            browser.driver().findElement(By.id("submit-screen")).click();
            browser.waitFor(By.id("eligibility-decision"));
            JsonNode eligibility = api.get(urls.intakeApi() + "/intakes/" + intakeId + "/eligibility", nurse).expect(200).body();
            assertEquals(eligibility.path("decision").asText(), text(browser, "eligibility-decision"));
            assertEquals("ELIGIBLE", eligibility.path("decision").asText());
            for (JsonNode reason : eligibility.path("reasons")) {
                assertTrue(text(browser, "eligibility-reasons").contains(reason.path("description").asText()),
                        text(browser, "eligibility-reasons"));
            }
            browser.screenshot("eligibility");

            // completing without the treatment consent is refused in words
            browser.driver().findElement(By.id("complete")).click();
            String refusal = browser.waitFor(By.id("completion-problem")).getText();
            assertTrue(refusal.contains("an active treatment consent"), refusal);
            assertEquals("ASSESSED", text(browser, "intake-status"));
            browser.screenshot("completion-refused");

            // both consents
            browser.type("tx-documentVersion", "IKAP-TX-2026.1");
            browser.type("tx-signedBy", "the patient");
            browser.type("tx-witnessedBy", "RN J. Chen");
            browser.driver().findElement(By.id("tx-submit")).click();
            browser.waitForText(By.id("done-note"), "Treatment consent recorded");
            browser.waitFor(By.id("tx-on-file"));
            browser.type("p2-documentVersion", "P2-DEID-2026.1");
            browser.driver().findElement(By.id("p2-scope-PROGRAM_ANALYTICS")).click();
            browser.type("p2-signedBy", "the patient");
            browser.driver().findElement(By.id("p2-submit")).click();
            browser.waitForText(By.id("done-note"), "Part 2 consent recorded");
            String consents = text(browser, "consent-list");
            assertTrue(consents.contains("Treatment") && consents.contains("42 CFR Part 2 disclosure"), consents);
            assertTrue(consents.contains("PROGRAM_ANALYTICS"), consents);
            assertTrue(text(browser, "missing-none").contains("Nothing is missing"));
            browser.screenshot("consents");

            // completion
            browser.driver().findElement(By.id("complete")).click();
            browser.waitForText(By.id("intake-status"), "COMPLETED");
            assertTrue(text(browser, "completion-status").startsWith("Completed"), text(browser, "completion-status"));
            assertTrue(text(browser, "completed-note").contains("ELIGIBLE"), text(browser, "completed-note"));
            assertTrue(browser.driver().findElements(By.id("complete")).isEmpty(), "nothing more to complete");
            assertEquals("COMPLETED", api.get(urls.intakeApi() + "/intakes/" + intakeId, nurse).expect(200).body()
                    .path("status").asText());
            browser.script("window.scrollTo(0, 0);");
            browser.screenshot("completed");

            // the completed intake drafted a plan in treatment-service
            JsonNode draft = clinic.awaitPlan(patientId, "DRAFT");
            assertEquals("ALCOHOL", draft.path("primarySubstance").asText());

            // the intake is listed with its patient on the intake page
            browser.go("/intake");
            assertFalse(browser.driver().findElements(By.id("intake-link-" + patientId)).isEmpty(),
                    "the newest patient's intake is linked from the first page shown");
            assertTrue(text(browser, "intake-link-" + patientId).contains("COMPLETED"));
            browser.screenshot("intake-list");

            // a patient registered elsewhere (the app, the API) has a Start intake button in the list
            UUID waiting = clinic.registerPatient("MALE", "80.0");
            browser.go("/intake");
            browser.driver().findElement(By.id("start-" + waiting)).click();
            browser.waitForText(By.id("intake-status"), "STARTED");
            JsonNode started = api.get(urls.intakeApi() + "/patients/" + waiting + "/intakes", nurse).expect(200).body();
            assertEquals(1, started.path("totalItems").asInt());
            assertTrue(browser.driver().getCurrentUrl().contains("/intake/" + started.path("items").get(0).path("id").asText()));

            // a therapist reads the completed intake: the scores and decision, and no button to act on it
            browser.signOut();
            browser.signIn("therapist");
            browser.go("/intake/" + intakeId);
            browser.waitForText(By.id("intake-status"), "COMPLETED");
            assertEquals(stored.get("PHQ_9").path("band").asText(), text(browser, "score-PHQ_9-band"));
            assertEquals(eligibility.path("decision").asText(), text(browser, "eligibility-decision"));
            assertTrue(browser.driver().findElements(By.id("complete")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("screen-form")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("tx-form")).isEmpty());
        }
    }

    private long patientCount(PlatformUrls urls) {
        return api.get(urls.intakeApi() + "/patients?size=1", nurse).expect(200).body().path("totalItems").asLong();
    }

    /** The latest screening of each instrument, as intake-service stored it. */
    private Map<String, JsonNode> latestScreenings(PlatformUrls urls, UUID intakeId) {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (JsonNode s : api.get(urls.intakeApi() + "/intakes/" + intakeId + "/screenings?size=100", nurse).expect(200).items()) {
            latest.put(s.path("instrument").asText(), s);
        }
        return latest;
    }

    /** A date input takes its value as yyyy-MM-dd whatever the browser's locale shows. */
    private static void date(ConsoleBrowser browser, String id, String isoDate) {
        browser.script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id(id)), isoDate);
    }

    private static String text(ConsoleBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static Map<String, int[]> answers() {
        Map<String, int[]> answers = new LinkedHashMap<>();
        answers.put("AUDIT", new int[] { 3, 3, 3, 2, 1, 1, 1, 0, 2, 2 });
        answers.put("AUDIT_C", new int[] { 3, 3, 3 });
        answers.put("DAST_10", new int[] { 1, 0, 1, 0, 0, 0, 0, 0, 0, 0 });
        answers.put("PHQ_9", new int[] { 2, 2, 1, 2, 1, 1, 2, 1, 0 });
        answers.put("GAD_7", new int[] { 1, 2, 1, 1, 2, 1, 1 });
        answers.put("PACS", new int[] { 2, 3, 1, 2, 2 });
        return answers;
    }
}
