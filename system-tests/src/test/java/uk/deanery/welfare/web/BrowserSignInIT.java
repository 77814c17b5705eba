package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import uk.deanery.welfare.systemtest.Accessibility;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/** People signing in through Keycloak's real login page in a headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void traineeSignsInRaisesAConcernIsRefusedTheAdminPagesAndLogsOutOfKeycloakToo() throws Exception {
        String description = "Browser test concern " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.find(By.id("login")).click();
            assertThat(browser.host()).isEqualTo("localhost:" + System.getProperty("keycloak.port", "20180"));
            browser.signInAs("trainee1", "demo");

            browser.waitFor(d -> browser.path().equals("/trainee/home.xhtml"));
            assertThat(browser.find(By.id("trainee-name")).getText()).isNotBlank();

            // With the keyboard, as someone who does not use a mouse would: type to choose, then move on.
            browser.driver().findElement(By.id("raise:categoryCode_label")).sendKeys("Workload");
            browser.waitFor(d ->
                    browser.find(By.id("raise:categoryCode_label")).getText().equals("Workload and rota pressure"));
            browser.find(By.id("raise:description")).sendKeys(description);
            assertThat(browser.text())
                    .as("what each choice means is explained before choosing")
                    .contains("Only the deanery's welfare team can read this concern");
            assertThat(Accessibility.violations(browser.driver())).isEmpty();
            browser.find(By.id("raise:sharing:1")).sendKeys(Keys.SPACE);
            browser.find(By.id("raise:submit")).click();
            browser.waitFor(d -> browser.text().contains("Your concern has been recorded."));
            assertThat(browser.text()).contains("Workload and rota pressure");

            browser.find(By.linkText("Open")).click();
            browser.waitFor(d -> browser.path().equals("/concern.xhtml"));
            assertThat(browser.find(By.id("description")).getText()).isEqualTo(description);
            assertThat(browser.find(By.id("sharing")).getText()).startsWith("Only the deanery's welfare team");
            browser.find(By.id("sharing-form:share")).click();
            browser.waitFor(d ->
                    browser.find(By.id("sharing")).getText().startsWith("My educational supervisor and the deanery"));
            assertThat(browser.text()).contains("Saved. Your supervisor and programme director can now see it.");
            assertThat(Accessibility.violations(browser.driver())).isEmpty();

            browser.open("/admin/programmes.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");

            browser.open("/trainee/home.xhtml");
            browser.find(By.id("logout")).click();
            browser.waitFor(d -> browser.path().equals("/logged-out.xhtml"));
            browser.open("/trainee/home.xhtml");
            assertThat(browser.find(By.id("kc-login")).isDisplayed())
                    .as("Keycloak asks for the password again")
                    .isTrue();
        }
    }

    @Test
    void supervisorSignsInAndSeesTheirTraineesConcernsButNotOthers() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/login");
            browser.signInAs("supervisor1", "demo");

            browser.waitFor(d -> browser.path().equals("/supervisor/concerns.xhtml"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("My trainees' concerns");

            browser.open("/tpd/concerns.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        }
    }
}
