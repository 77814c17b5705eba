package uk.deanery.welfare.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * Invitations when an admin opens a wave, and reminders on request, delivered to a real SMTP server running in
 * this JVM (the test domain's mail settings point at it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyMailIT {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("smtp.port", 20025), "localhost", "smtp"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private List<MimeMessage> withSubject(String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject.equals(subjectOf(m)))
                .toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void openingAWaveInvitesItsCohortAndRemindersGoToThoseWhoHaveNotSubmitted() throws Exception {
        String title = "GP baseline " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser()) {
            admin.open("/admin/waves.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/waves.xhtml"));
            admin.find(By.id("open:title")).sendKeys(title);
            new org.openqa.selenium.support.ui.Select(admin.find(By.id("open:instrument")))
                    .selectByValue("IMG-INDUCTION:1");
            admin.find(By.cssSelector("input[name='open:cohorts'][value='YH-GP:2025']"))
                    .click();
            admin.click(By.id("open:openWave"));
            admin.waitFor(d -> admin.text().contains("is open to"));

            admin.waitFor(d -> !withSubject("Survey: " + title).isEmpty());
            smtp.waitForIncomingEmail(10_000, 2);
            List<MimeMessage> invitations = withSubject("Survey: " + title);
            assertThat(invitations).extracting(SurveyMailIT::recipientOf).contains("trainee2@deanery.example");
            assertThat(invitations)
                    .allSatisfy(m -> assertThat(GreenMailUtil.getBody(m)).contains("/trainee/survey.xhtml?wave="));

            admin.click(By.xpath("//tr[td[contains(., '" + title + "')]]//button[contains(@class, 'remind')]"));
            admin.waitFor(d -> admin.text().contains("Reminders sent to " + invitations.size() + " trainees"));
            admin.waitFor(d -> withSubject("Reminder: " + title).size() == invitations.size());

            admin.open("/admin/outbox.xhtml");
            assertThat(admin.text()).contains("Survey: " + title).contains("Reminder: " + title);
        }
    }
}
