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

/**
 * "I cannot reach my supervisor", in four browsers: trainee1 keeps it for the deanery, supervisor1 never sees it,
 * tpd1 holds it with its deadline, admin1 finds it in the triage queue, takes it and finds in the audit trail who
 * looked at it, and trainee1 sees who looked at it. Every page on the way passes axe-core's WCAG 2.1 A and AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserConcernRoutingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void aSupervisorAccessConcernBypassesTheSupervisorAndReachesTheDirectorAndTheDeanery() throws Exception {
        String description = "Cannot reach my supervisor " + UUID.randomUUID();
        String address;
        try (Browser trainee = new Browser()) {
            trainee.open("/login");
            trainee.signInAs("trainee1", "demo");
            trainee.waitFor(d -> trainee.path().equals("/trainee/home.xhtml"));
            trainee.driver().findElement(By.id("raise:categoryCode_label")).sendKeys("Difficulty");
            trainee.waitFor(d ->
                    trainee.find(By.id("raise:categoryCode_label")).getText().startsWith("Difficulty reaching"));
            trainee.find(By.id("raise:description")).sendKeys(description);
            trainee.find(By.id("raise:sharing:1")).sendKeys(Keys.SPACE);
            trainee.find(By.id("raise:submit")).click();
            trainee.waitFor(d -> trainee.text().contains("Your concern has been recorded."));
            trainee.find(By.linkText("Open")).click();
            trainee.waitFor(d -> trainee.path().equals("/concern.xhtml"));
            assertThat(trainee.find(By.id("description")).getText()).isEqualTo(description);
            assertThat(trainee.find(By.id("holder")).getText()).startsWith("The training programme director");
            address = trainee.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        }

        try (Browser supervisor = new Browser()) {
            supervisor.open("/login");
            supervisor.signInAs("supervisor1", "demo");
            supervisor.waitFor(d -> supervisor.path().equals("/supervisor/concerns.xhtml"));
            assertThat(supervisor.text()).doesNotContain("Difficulty reaching");
            supervisor.open(address);
            assertThat(supervisor.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");
            assertThat(supervisor.text()).doesNotContain(description);
        }

        try (Browser director = new Browser()) {
            director.open("/login");
            director.signInAs("tpd1", "demo");
            director.waitFor(d -> director.path().equals("/tpd/concerns.xhtml"));
            assertThat(director.text()).contains("Difficulty reaching");
            assertThat(Accessibility.violations(director.driver())).isEmpty();
            director.open(address);
            assertThat(director.find(By.id("description")).getText()).isEqualTo(description);
            assertThat(director.find(By.id("acknowledge-by")).getText()).isNotBlank();
            assertThat(director.find(By.id("work:acknowledge")).isDisplayed()).isTrue();
            director.find(By.id("notes:text")).sendKeys("I will call you on Monday morning");
            director.find(By.id("notes:add")).click();
            director.waitFor(d -> director.find(By.id("timeline")).getText().contains("I will call you on Monday"));
            assertThat(Accessibility.violations(director.driver())).isEmpty();
        }

        try (Browser admin = new Browser()) {
            admin.open("/admin/triage.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/triage.xhtml"));
            assertThat(admin.find(By.id("unowned")).getText()).isNotBlank();
            assertThat(Accessibility.violations(admin.driver())).isEmpty();
            admin.find(By.cssSelector("a[href*='" + address.substring(address.indexOf("ref=")) + "']"))
                    .click();
            admin.waitFor(d -> admin.path().equals("/concern.xhtml"));
            admin.find(By.id("work:take")).click();
            admin.waitFor(d -> admin.text().contains("You now own this concern."));
            assertThat(admin.find(By.id("holder")).getText()).contains("owned by admin1@deanery.example");
            assertThat(Accessibility.violations(admin.driver())).isEmpty();

            admin.open("/admin/audit.xhtml");
            admin.find(By.id("audit:subject")).sendKeys(address.substring(address.indexOf("ref=") + 4));
            admin.find(By.id("audit:apply")).click();
            admin.waitFor(d -> admin.text().contains("TAKE_CONCERN_OWNERSHIP"));
            assertThat(admin.text()).contains("tpd1@deanery.example").doesNotContain(description);
            assertThat(admin.find(By.id("audit:csv")).getAttribute("href")).contains("subject=");
            assertThat(Accessibility.violations(admin.driver())).isEmpty();
        }

        try (Browser trainee = new Browser()) {
            trainee.open(address);
            trainee.signInAs("trainee1", "demo");
            trainee.waitFor(d -> trainee.path().equals("/concern.xhtml"));
            assertThat(trainee.text())
                    .as("who has looked at it")
                    .contains("Who has looked at it", "tpd1@deanery.example", "admin1@deanery.example");
            assertThat(trainee.find(By.id("timeline")).getText()).contains("I will call you on Monday morning");
            assertThat(Accessibility.violations(trainee.driver())).isEmpty();
        }
    }
}
