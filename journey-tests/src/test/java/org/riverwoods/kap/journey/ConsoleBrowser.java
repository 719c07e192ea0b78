package org.riverwoods.kap.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the clinic console: Debian's {@code chromium} driven by its
 * {@code chromium-driver}, headless, through Selenium. Nothing is downloaded: without the two
 * packages the journey fails and says how to install them. Screenshots of each step go to
 * {@code journey-tests/target/console-screenshots/<journey>/}.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("kap.browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kap.browser.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(15);
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(375, 812);

    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path userData;
    private int step;

    private ConsoleBrowser(String journey, Dimension window) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser journeys need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run does)");
        }
        this.baseUrl = ConsolePlatform.url();
        try {
            this.userData = Files.createTempDirectory("kap-chromium-");
            this.screenshots = JourneyPlatform.repositoryRoot().resolve("journey-tests/target/console-screenshots").resolve(journey);
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as the machine's probe runs it: no calls home, which this closed network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + userData,
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
    }

    static ConsoleBrowser desktop(String journey) {
        return new ConsoleBrowser(journey, DESKTOP);
    }

    static ConsoleBrowser phone(String journey) {
        return new ConsoleBrowser(journey, PHONE);
    }

    WebDriver driver() {
        return driver;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Opens a console path, e.g. "/today". */
    void go(String path) {
        driver.get(baseUrl + path);
    }

    /** The development sign-in, as a newcomer does it on the local platform. */
    void signIn(String role) {
        go("/sign-in");
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        driver.findElement(By.id("sign-in")).click();
        waitFor(By.cssSelector("form.signout"));
    }

    void signInAsPatient(UUID patientId) {
        go("/sign-in");
        new Select(driver.findElement(By.id("role"))).selectByValue("patient");
        driver.findElement(By.id("patientId")).sendKeys(patientId.toString());
        driver.findElement(By.id("sign-in")).click();
        waitFor(By.cssSelector("form.signout"));
    }

    void signOut() {
        driver.findElement(By.cssSelector("form.signout button")).click();
        waitFor(By.id("sign-in"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitFor(By by, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Types into the input labelled by {@code id}, replacing what was there. */
    void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The whole visible text of the page. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a numbered screenshot of the window; returns its path. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save " + file, e);
        }
        return file;
    }

    /**
     * A screenshot the README shows: saved like any other and, when run with
     * {@code -Dkap.console.readme-screenshots=true}, also over {@code docs/images/<name>.png}.
     */
    Path readmeScreenshot(String name) {
        Path file = screenshot(name);
        if (Boolean.getBoolean("kap.console.readme-screenshots")) {
            Path docs = JourneyPlatform.repositoryRoot().resolve("docs/images").resolve(name + ".png");
            try {
                Files.createDirectories(docs.getParent());
                Files.copy(file, docs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException("Could not copy " + file + " to " + docs, e);
            }
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(userData)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
