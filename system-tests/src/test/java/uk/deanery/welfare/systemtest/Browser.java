package uk.deanery.welfare.systemtest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests. Uses Debian's {@code chromium} and {@code chromedriver} where installed
 * (CI installs them); elsewhere Selenium Manager finds or fetches a browser.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    public Browser() throws Exception {
        profile = Files.createTempDirectory("welfare-chromium");
        ChromeOptions options = new ChromeOptions()
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,1000",
                        "--user-data-dir=" + profile);
        // The console, to find what the Content-Security-Policy refused (see close()).
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
            options.setBinary(CHROMIUM);
            driver = new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER)
                            .build(),
                    options);
        } else {
            driver = new ChromeDriver(options);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // An AJAX update may replace an element between finding it and reading it: look again rather than fail.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public Browser open(String path) {
        return openOn(KeycloakLogin.BASE, path);
    }

    /** Opens a page of the application served at another address (another instance of a deployment group). */
    public Browser openOn(java.net.URI base, String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    public WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw keepEvidence(e);
        }
    }

    public void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (TimeoutException e) {
            throw keepEvidence(e);
        }
    }

    /** Saves a screenshot and the page source under target/browser-failures, and says where in the failure. */
    private TimeoutException keepEvidence(TimeoutException failure) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = "failure-" + System.currentTimeMillis();
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return new TimeoutException(
                    failure.getMessage() + "\nAt " + driver.getCurrentUrl() + "; page saved as " + dir.resolve(name),
                    failure);
        } catch (Exception couldNotSave) {
            failure.addSuppressed(couldNotSave);
            return failure;
        }
    }

    /**
     * Types a day (or day and time) into a PrimeFaces date picker as a person would, over whatever it shows, then
     * closes the calendar with Escape, as a keyboard user would. (An open calendar covers the fields and buttons around
     * it, its own button too where the window has no room below the field and it opens above: a click may land on one
     * of its days.) Waits until the calendar is closed and the field
     * holds exactly the text typed. On a busy machine the picker may put back its earlier date as it closes, when it
     * had not yet read what was typed; a person would then type it again, and so does this, up to three times.
     *
     * @param id the picker's id; its text field is {@code id_input}
     */
    public void pickDate(String id, String text) {
        WebElement field = find(By.id(id + "_input"));
        WebElement calendar = find(By.cssSelector("button[aria-controls='" + id + "_panel']"));
        java.util.function.Function<WebDriver, Boolean> picked =
                d -> !"true".equals(calendar.getAttribute("aria-expanded")) && text.equals(field.getAttribute("value"));
        WebDriverWait shortly = new WebDriverWait(driver, Duration.ofSeconds(5));
        for (int attempt = 1; attempt < 3; attempt++) {
            typeDate(field, calendar, text);
            try {
                shortly.until(picked::apply);
                return;
            } catch (TimeoutException typeAgain) {
                // the picker kept its earlier date: type it again
            }
        }
        typeDate(field, calendar, text);
        waitFor(picked);
    }

    /**
     * Several date fields of one form, as {@code id, text, id, text...}, filled in with the text a person would type,
     * without opening their calendars: typing into two pickers in a row is not reliable in headless Chromium (in
     * fresh-clone CI runs the first one's calendar stayed open and took the keys meant for the second, twice). The
     * picker itself, typed into and closed, is covered by {@link #pickDate} in the tests with one date. The server
     * reads the same field either way.
     */
    public void fillDates(String... idsAndTexts) {
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            WebElement field = find(By.id(idsAndTexts[i] + "_input"));
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript(
                            "arguments[0].value = arguments[1];"
                                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                            field,
                            idsAndTexts[i + 1]);
        }
        waitFor(d -> java.util.stream.IntStream.iterate(0, i -> i < idsAndTexts.length, i -> i + 2)
                .allMatch(i -> idsAndTexts[i + 1].equals(
                        find(By.id(idsAndTexts[i] + "_input")).getAttribute("value"))));
    }

    // Typed, then closed with Escape as a keyboard user would: clicking the calendar button to close it failed in a
    // fresh-clone CI run, the calendar having opened over its own button (near the foot of the window).
    private static void typeDate(WebElement field, WebElement calendar, String text) {
        field.click();
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
        if ("true".equals(calendar.getAttribute("aria-expanded"))) {
            field.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
    }

    /** Clicks, then waits until PrimeFaces has no AJAX request left in flight (the page may be re-rendered). */
    public void click(By by) {
        find(by).click();
        awaitAjax();
    }

    /** Waits until PrimeFaces has no AJAX request left in flight, after a change that sends one (a select's). */
    public void awaitAjax() {
        waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Lets the browser save downloads, without asking, into a new directory, which it returns. Headless Chromium
     * refuses downloads unless told where to put them.
     */
    public Path downloadsTo() throws java.io.IOException {
        Path downloads = Files.createTempDirectory("welfare-downloads");
        ((org.openqa.selenium.chromium.HasCdp) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return downloads;
    }

    /** The first file in the directory whose name ends so, once the browser has finished writing it. */
    public Path awaitDownload(Path downloads, String suffix) {
        Path[] found = new Path[1];
        waitFor(d -> {
            try (var files = Files.list(downloads)) {
                found[0] = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
                return found[0] != null;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /** Fills in and submits Keycloak's real login form, which the browser must be showing. */
    public void signInAs(String username, String password) {
        find(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String host() {
        java.net.URI uri = java.net.URI.create(driver.getCurrentUrl());
        return uri.getHost() + ":" + uri.getPort();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Closes the browser, failing the test if any page it showed had something refused by the Content-Security-
     * Policy: a refused script is a feature that silently does not work.
     */
    @Override
    public void close() throws Exception {
        List<String> refused = new java.util.ArrayList<>();
        try {
            driver.manage()
                    .logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(entry -> {
                        if (entry.getMessage().contains("Content Security Policy")) {
                            refused.add(entry.getMessage());
                        }
                    });
        } finally {
            quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("the Content-Security-Policy refused: " + refused);
        }
    }

    private void quit() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
