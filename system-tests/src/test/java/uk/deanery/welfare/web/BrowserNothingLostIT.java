package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;
import uk.deanery.welfare.systemtest.TestFailingSavesServlet;

/**
 * Nothing a trainee types is lost: while the real database refuses every new concern, "Raise concern" says it could
 * not be saved, gives a reference and keeps what was typed, and works once the database accepts it again; a double
 * click on it raises one concern.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserNothingLostIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(TestFailingSavesServlet.class);
    }

    private void failingSaves(String state) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(KeycloakLogin.BASE.resolve(URI.create("test-db/failing-saves?state=" + state)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).isEqualTo(state);
    }

    @AfterEach
    void savesWorkAgain() throws Exception {
        failingSaves("off");
    }

    private static void fillIn(Browser browser, String description) {
        browser.driver().findElement(By.id("raise:categoryCode_label")).sendKeys("Workload");
        browser.waitFor(
                d -> browser.find(By.id("raise:categoryCode_label")).getText().equals("Workload and rota pressure"));
        browser.find(By.id("raise:description")).sendKeys(description);
        browser.find(By.id("raise:sharing:1")).sendKeys(Keys.SPACE);
    }

    /** trainee3 signs in and fills in "Raise a concern"; returns how many concerns their page listed before. */
    private static long signInAndFillIn(Browser browser, String description) {
        browser.open("/login");
        browser.signInAs("trainee3", "demo");
        browser.waitFor(d -> browser.path().equals("/trainee/home.xhtml"));
        long before = concernsListed(browser);
        fillIn(browser, description);
        return before;
    }

    private static long concernsListed(Browser browser) {
        return browser.driver().findElements(By.linkText("Open")).size();
    }

    @Test
    void aSaveTheDatabaseRefusesKeepsWhatWasTypedAndWorksOnceItAcceptsAgain() throws Exception {
        String description = "Rota gaps, written while the database refused every save " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            long before = signInAndFillIn(browser, description);

            failingSaves("on");
            browser.find(By.id("raise:submit")).click();
            browser.waitFor(d -> browser.text().contains("could not be saved just now"));

            assertThat(browser.find(By.id("raise:description")).getAttribute("value"))
                    .isEqualTo(description);
            assertThat(browser.find(By.id("raise:categoryCode_label")).getText())
                    .isEqualTo("Workload and rota pressure");
            assertThat(browser.find(By.id("action-failure")).getText())
                    .as("a reference to quote, and no stack trace")
                    .containsPattern("reference [0-9A-F]{8}")
                    .doesNotContain("Exception");

            failingSaves("off");
            browser.find(By.id("raise:submit")).click();
            browser.waitFor(d -> browser.text().contains("Your concern has been recorded."));
            assertThat(browser.driver().findElement(By.id("action-failure")).getText())
                    .as("the failure message is gone once the save worked")
                    .isEmpty();
            assertThat(concernsListed(browser)).isEqualTo(before + 1);
        }
    }

    @Test
    void aDoubleClickOnRaiseConcernRaisesOne() throws Exception {
        String description = "Double-clicked concern " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            long before = signInAndFillIn(browser, description);

            new Actions(browser.driver())
                    .doubleClick(browser.find(By.id("raise:submit")))
                    .perform();
            browser.waitFor(d -> browser.text().contains("Your concern has been recorded."));
            browser.awaitAjax();

            browser.open("/trainee/home.xhtml");
            assertThat(concernsListed(browser)).isEqualTo(before + 1);
        }
    }
}
