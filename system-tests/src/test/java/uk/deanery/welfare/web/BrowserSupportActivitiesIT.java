package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.deanery.welfare.systemtest.Accessibility;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * Support activities in the browser, with the demo users: admin1 records a webinar for the IMT 2026 intake run by the
 * peer supporter peer1, trainee1 (IMT 2026) signs up on her page, peer1 ticks that she came, and trainee1 sees it in
 * her history; admin1 then splits the demo 2025 intake's follow-up by whether they came to the portfolio webinar, and
 * reads the webinar's reach and the intake's time line. No page on the way has a serious or critical axe-core
 * violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserSupportActivitiesIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);
    private static final String FOLLOW_UP_2025 = "Imported: IMG-INDUCTION v1, follow-up after rotation 1, 2025-12-08";
    private static final String E_PORTFOLIO = "Confidence with the training e-portfolio";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static List<String> seriousOrCritical(Browser browser) {
        return Accessibility.violations(browser.driver()).stream()
                .filter(v -> v.contains("(serious)") || v.contains("(critical)"))
                .toList();
    }

    @Test
    void anAdminRecordsAWebinarATraineeSignsUpThePeerSupporterTicksHerAndTheReportSplitsByAttendance()
            throws Exception {
        String title = "Portfolio drop-in " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        LocalDateTime now =
                LocalDateTime.now(ZoneId.of("Europe/London")).withSecond(0).withNano(0);

        try (Browser admin = new Browser()) {
            admin.open("/activities/index.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/activities/index.xhtml"));
            assertThat(admin.find(By.id("list:activities")).getText())
                    .as("the demo's past activities")
                    .contains("Your e-portfolio: a peer-led webinar (2025 intake)");

            new Select(admin.find(By.id("create:kind"))).selectByVisibleText("Webinar");
            admin.find(By.id("create:title")).sendKeys(title);
            // Under way: started an hour ago, so attendance can be ticked; places can be taken until it ends.
            admin.fillDates(
                    "create:startsAt",
                    PICKER.format(now.minusHours(1)),
                    "create:endsAt",
                    PICKER.format(now.plusHours(2)));
            admin.find(By.id("create:link")).sendKeys("https://teams.example/deanery/drop-in");
            admin.find(By.id("create:capacity")).sendKeys("30");
            admin.click(By.cssSelector("input[name='create:cohorts'][value='YH-IMT 2026']"));
            admin.click(By.cssSelector("input[name='create:supporters'][value='1000012']"));
            assertThat(seriousOrCritical(admin)).as("the activities page").isEmpty();
            admin.click(By.id("create:record"));
            admin.waitFor(d -> admin.text().contains("\"" + title + "\" is recorded."));
            assertThat(admin.find(By.id("list:activities")).getText()).contains(title);
        }

        try (Browser trainee = new Browser()) {
            trainee.open("/login");
            trainee.signInAs("trainee1", "demo");
            trainee.waitFor(d -> trainee.path().equals("/trainee/home.xhtml"));
            assertThat(seriousOrCritical(trainee)).as("the trainee's page").isEmpty();
            trainee.click(By.cssSelector("button[aria-label='Sign up for " + title + "']"));
            trainee.waitFor(d -> trainee.text().contains("You have a place."));
            assertThat(trainee.find(By.id("support:upcoming")).getText())
                    .contains(title)
                    .contains("Signed up");
        }

        try (Browser peer = new Browser()) {
            peer.open("/login");
            peer.signInAs("peer1", "demo");
            peer.waitFor(d -> peer.path().equals("/trainee/home.xhtml"));
            peer.click(By.id("support:run"));
            peer.waitFor(d -> peer.path().equals("/activities/index.xhtml"));
            peer.click(By.linkText(title));
            peer.waitFor(d -> peer.path().equals("/activities/activity.xhtml"));
            assertThat(seriousOrCritical(peer)).as("the activity's page").isEmpty();
            peer.click(By.cssSelector("button[aria-label='Adaeze Okonkwo attended']"));
            peer.waitFor(d -> peer.text().contains("Attendance recorded."));
            WebElement row = peer.find(By.xpath("//tr[td[normalize-space()='Adaeze Okonkwo']]"));
            assertThat(row.findElement(By.cssSelector(".attendance-status")).getText())
                    .isEqualTo("Attended");
        }

        try (Browser trainee = new Browser()) {
            trainee.open("/login");
            trainee.signInAs("trainee1", "demo");
            trainee.waitFor(d -> trainee.path().equals("/trainee/home.xhtml"));
            WebElement history = trainee.find(By.xpath("//table[ancestor::*[@id='support:history']]"));
            assertThat(history.getText()).contains(title).contains("Attended");
        }

        try (Browser admin = new Browser()) {
            admin.open("/reports/prevalence.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/reports/prevalence.xhtml"));
            new Select(admin.find(By.id("report:instrument"))).selectByValue("IMG-INDUCTION");
            admin.awaitAjax();
            admin.click(By.xpath("//input[@name='report:programmes' and @value='YH-IMT']"));
            admin.awaitAjax();
            admin.click(By.xpath("//input[@name='report:groupBy' and @value='EXPOSURE']"));
            new Select(admin.find(By.id("report:exposureKind"))).selectByValue("WEBINAR");
            admin.click(By.id("report:run"));
            admin.waitFor(d -> admin.text().contains("Report ready"));

            assertThat(admin.find(By.cssSelector("#results-table thead")).getText())
                    .as("the grouped columns are headed by what they are split by")
                    .contains("Wave")
                    .contains("Attended: Webinar")
                    .doesNotContain("host=");
            // The demo's 2025 intake: 10 came to the portfolio webinar (2 still not confident), 10 did not (7).
            assertThat(cells(admin, FOLLOW_UP_2025, "Attended")).containsSubsequence(E_PORTFOLIO, "2", "10", "20.0");
            assertThat(cells(admin, FOLLOW_UP_2025, "Did not attend"))
                    .containsSubsequence(E_PORTFOLIO, "7", "10", "70.0");
            assertThat(admin.text()).contains("Attended support or not, compared");
            assertThat(seriousOrCritical(admin))
                    .as("the report split by attendance")
                    .isEmpty();

            admin.find(By.linkText("Support reach")).click();
            admin.waitFor(d -> admin.path().equals("/reports/activities.xhtml"));
            new Select(admin.find(By.id("choose:cohort"))).selectByVisibleText("YH-IMT 2025");
            admin.click(By.id("choose:show"));
            admin.waitFor(d -> admin.text().contains("Time line of YH-IMT 2025"));
            WebElement webinar = admin.find(By.xpath("//table[@id='attendance-table']/tbody/tr[td[normalize-space()="
                    + "'Your e-portfolio: a peer-led webinar (2025 intake)']]"));
            assertThat(webinar.findElements(By.tagName("td")).stream().map(WebElement::getText))
                    .as("the 2025 intake: 20 invited, none took a place beforehand, 10 came")
                    .containsSubsequence("YH-IMT 2025", "20", "0", "10", "50.0");
            assertThat(admin.find(By.id("timeline-table")).getText())
                    .contains("4 August 2025")
                    .contains("15 October 2025")
                    .contains("8 December 2025");
            assertThat(seriousOrCritical(admin)).as("the support reach page").isEmpty();
        }
    }

    private static List<String> cells(Browser browser, String wave, String exposure) {
        WebElement row = browser.find(By.xpath("//table[@id='results-table']/tbody/tr[td[normalize-space()='" + wave
                + "'] and td[normalize-space()='" + exposure + "'] and td[normalize-space()='" + E_PORTFOLIO
                + "']]"));
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
