package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import uk.deanery.welfare.systemtest.Accessibility;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;
import uk.deanery.welfare.systemtest.TestClockServlet;

/**
 * "I cannot reach my supervisor", in four browsers: trainee1 keeps it for the deanery, supervisor1 never sees it,
 * tpd1 holds it with its deadline and is told by email; when the deadline passes (the test clock runs the
 * escalation check as at that moment) it moves to the deanery, whose welfare team is told; admin1 finds it in the
 * triage queue, takes it, shares it for safety with occupational health (trainee1 is told) and finds in the audit
 * trail who looked at it, and trainee1 sees the timeline, the override and who looked at it. The emails reach a real SMTP server in this JVM and never hold the concern's text. Every page on the way passes axe-core's WCAG 2.1 A and AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserConcernRoutingIT {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("smtp.port", 20025), "localhost", "smtp"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(TestClockServlet.class);
    }

    /** The mail that reached the SMTP server about this concern: recipient, then body. */
    private static List<String[]> mailAbout(String reference) throws Exception {
        List<String[]> mail = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(reference)) {
                mail.add(new String[] {
                    message.getRecipients(Message.RecipientType.TO)[0].toString(), GreenMailUtil.getBody(message)
                });
            }
        }
        return mail;
    }

    /** The test clock: the escalation check runs as at the moment after the concern's deadline. */
    private static String passTheDeadlineOf(String reference) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(KeycloakLogin.BASE.resolve("/test-clock/escalation?ref=" + reference))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
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
        String reference = address.substring(address.indexOf("ref=") + 4);
        smtp.waitForIncomingEmail(10_000, 1);
        assertThat(mailAbout(reference))
                .as("the director is told at once, by reference and link, without the concern's text")
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail[0]).isEqualTo("tpd1@deanery.example");
                    assertThat(mail[1])
                            .contains(reference, "/concern.xhtml?ref=" + reference)
                            .doesNotContain(description)
                            .doesNotContain("Difficulty reaching");
                });

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

        assertThat(Integer.parseInt(passTheDeadlineOf(reference).split(" ")[1]))
                .as("concerns moved up, this one among them")
                .isPositive();
        smtp.waitForIncomingEmail(10_000, 2);
        assertThat(mailAbout(reference))
                .as("the deanery's welfare team is told when the director misses the deadline")
                .hasSize(2)
                .last()
                .satisfies(mail -> {
                    assertThat(mail[0]).isEqualTo("welfare-team@deanery.example");
                    assertThat(mail[1]).contains("not acknowledged in time").doesNotContain(description);
                });

        try (Browser admin = new Browser()) {
            admin.open("/admin/triage.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/triage.xhtml"));
            assertThat(admin.find(By.id("unowned")).getText()).isNotBlank();
            assertThat(admin.find(By.xpath("//tr[.//a[contains(@href,'" + reference + "')]]"))
                            .getText())
                    .as("after the deadline the deanery holds it")
                    .contains("Deanery welfare team");
            assertThat(Accessibility.violations(admin.driver())).isEmpty();
            admin.find(By.cssSelector("a[href*='" + address.substring(address.indexOf("ref=")) + "']"))
                    .click();
            admin.waitFor(d -> admin.path().equals("/concern.xhtml"));
            admin.find(By.id("work:take")).click();
            admin.waitFor(d -> admin.text().contains("You now own this concern."));
            assertThat(admin.find(By.id("holder")).getText()).contains("owned by admin1@deanery.example");
            admin.find(By.id("safety:email")).sendKeys("occupational-health@deanery.example");
            admin.find(By.id("safety:reason")).sendKeys("Risk to patients on the night rota");
            admin.find(By.id("safety:override")).click();
            admin.waitFor(d -> admin.text().contains("Shared with occupational-health@deanery.example."));
            assertThat(admin.find(By.id("overrides")).getText()).contains("occupational-health@deanery.example");
            assertThat(Accessibility.violations(admin.driver())).isEmpty();

            admin.open("/admin/audit.xhtml");
            admin.find(By.id("audit:subject")).sendKeys(address.substring(address.indexOf("ref=") + 4));
            // A day back, so that a run just after midnight in London still finds today's entries.
            LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
            admin.pickDate("audit:from", yesterday.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            admin.find(By.id("audit:apply")).click();
            admin.waitFor(d -> admin.text().contains("TAKE_CONCERN_OWNERSHIP"));
            assertThat(admin.text())
                    .contains("tpd1@deanery.example")
                    .contains("Allowed")
                    .doesNotContain("ALLOWED")
                    .doesNotContain(description);
            assertThat(admin.find(By.id("audit:csv")).getAttribute("href"))
                    .contains("subject=")
                    .contains("from=" + yesterday);
            assertThat(Accessibility.violations(admin.driver())).isEmpty();
        }

        smtp.waitForIncomingEmail(10_000, 3);
        assertThat(mailAbout(reference))
                .as("the trainee is told of the safety override, without its reason or the concern's text")
                .last()
                .satisfies(mail -> {
                    assertThat(mail[0]).isEqualTo("trainee1@deanery.example");
                    assertThat(mail[1])
                            .contains("/concern.xhtml?ref=" + reference)
                            .doesNotContain("night rota")
                            .doesNotContain(description);
                });

        try (Browser trainee = new Browser()) {
            trainee.open(address);
            trainee.signInAs("trainee1", "demo");
            trainee.waitFor(d -> trainee.path().equals("/concern.xhtml"));
            assertThat(trainee.text())
                    .as("who has looked at it")
                    .contains("Who has looked at it", "tpd1@deanery.example", "admin1@deanery.example");
            assertThat(trainee.find(By.id("timeline")).getText())
                    .contains("I will call you on Monday morning")
                    .contains("Escalated");
            assertThat(trainee.find(By.id("overrides")).getText())
                    .contains("occupational-health@deanery.example", "Risk to patients on the night rota");
            assertThat(Accessibility.violations(trainee.driver())).isEmpty();
        }
    }
}
