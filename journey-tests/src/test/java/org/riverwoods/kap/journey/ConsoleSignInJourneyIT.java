package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A newcomer opens the console the local platform printed, signs in with the development sign-in,
 * finds the clinic's day, moves by keyboard, and signs out; the session is then gone.
 */
class ConsoleSignInJourneyIT {

    @Test
    void aNurseSignsInSeesTheDayAndSignsOut() {
        try (ConsoleBrowser browser = ConsoleBrowser.desktop("sign-in")) {
            browser.go("/today");
            assertTrue(browser.driver().getCurrentUrl().contains("/sign-in?next=%2Ftoday"),
                    "a page without a session goes to the sign-in: " + browser.driver().getCurrentUrl());
            browser.screenshot("sign-in");
            browser.choose("role", "nurse");
            browser.driver().findElement(By.id("sign-in")).click();
            browser.waitFor(By.id("review-queue-count"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/today"), "back where she was going");
            assertTrue(browser.pageText().contains("Appointments"));
            browser.screenshot("today");

            // keyboard: the first Tab reaches the skip link, which moves focus to the content
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("Skip to content", focused.getText());
            focused.sendKeys(Keys.ENTER);
            assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));

            browser.signOut();
            browser.go("/today");
            assertTrue(browser.driver().getCurrentUrl().contains("/sign-in"), "signed out: the session is gone");
        }
    }

    @Test
    void everyRoleLandsWhereItsWorkIs() {
        try (ConsoleBrowser browser = ConsoleBrowser.desktop("landing")) {
            browser.signIn("analyst");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/program"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElements(By.linkText("Patients")).isEmpty(), "an analyst has no chart links");
            browser.signOut();
            browser.signIn("prescriber");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/today"), browser.driver().getCurrentUrl());
        }
    }
}
