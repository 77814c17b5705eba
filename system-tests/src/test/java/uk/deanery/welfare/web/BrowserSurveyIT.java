package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import uk.deanery.welfare.systemtest.Accessibility;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * The survey cycle in a real browser: an admin opens a baseline wave for trainee1's cohort; trainee1 opens it,
 * hits a validation error, saves a draft, comes back, submits, sees the submitted answers and the concerns the
 * answers raised; the admin sees the response rate change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserSurveyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static By answer(String itemCode, String value) {
        return By.cssSelector("div.item[data-item='" + itemCode + "'] input[value='" + value + "']");
    }

    private static By problemOf(String itemCode) {
        return By.id("problem-" + itemCode);
    }

    @Test
    void adminOpensAWaveAndATraineeAnswersItThroughDraftAndValidationToSubmission() throws Exception {
        String title = "Baseline " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser();
                Browser trainee = new Browser()) {
            admin.open("/admin/waves.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/waves.xhtml"));
            admin.find(By.id("open:title")).sendKeys(title);
            new org.openqa.selenium.support.ui.Select(admin.find(By.id("open:instrument")))
                    .selectByValue("IMG-INDUCTION:1");
            admin.find(By.cssSelector("input[name='open:cohorts'][value='YH-IMT:2026']"))
                    .click();
            String closes = LocalDate.now(ZoneId.of("Europe/London"))
                    .plusWeeks(4)
                    .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
            admin.pickDate("open:closesOn", closes);
            admin.find(By.id("open:openWave")).click();
            admin.waitFor(d -> admin.text().contains("is open to"));
            assertThat(admin.find(By.xpath("//tr[td[contains(., '" + title + "')]]"))
                            .getText())
                    .as("the kind in words and the closing day chosen with the date picker")
                    .contains("Baseline, before starting")
                    .contains("to " + closes);

            trainee.open("/login");
            trainee.signInAs("trainee1", "demo");
            trainee.waitFor(d -> trainee.path().equals("/trainee/home.xhtml"));
            trainee.find(By.linkText(title)).click();
            trainee.waitFor(d -> trainee.path().equals("/trainee/survey.xhtml"));

            trainee.click(By.id("survey:submit"));
            trainee.waitFor(d -> trainee.text().contains("need attention before you can submit"));
            assertThat(trainee.find(problemOf("WORKLOAD")).getText()).isNotBlank();
            assertThat(Accessibility.violations(trainee.driver()))
                    .as("the survey with its problems shown, for keyboard and screen reader users")
                    .isEmpty();
            assertThat(((org.openqa.selenium.JavascriptExecutor) trainee.driver())
                            .executeScript("return document.activeElement.id"))
                    .as("a refused submit takes the focus to the summary, which is read out")
                    .isEqualTo("survey:summary");
            org.openqa.selenium.WebElement workload =
                    trainee.find(By.cssSelector("div.item[data-item='WORKLOAD'] fieldset"));
            assertThat(workload.getAttribute("aria-describedby"))
                    .as("the item's problem is tied to its choice group")
                    .contains("problem-WORKLOAD");
            assertThat(workload.getAccessibleName())
                    .as("the group is named by its question")
                    .contains("(required)");
            assertThat(trainee.find(answer("WORKLOAD", "5")).getAccessibleName())
                    .as("each choice is named by its label")
                    .isNotBlank();

            trainee.click(answer("SPECIALTY_GROUP", "IMT"));
            trainee.click(answer("PMQ_REGION", "INTERNATIONAL"));
            // What the idle monitor does after 25 minutes without activity, without waiting for them.
            ((org.openqa.selenium.JavascriptExecutor) trainee.driver()).executeScript("welfare.idle()");
            trainee.waitFor(d -> trainee.text().contains("your answers were saved as a draft at"));
            assertThat(trainee.find(By.id("idle-dialog")).isDisplayed()).isTrue();
            assertThat(trainee.find(By.id("idle-dialog")).getText())
                    .contains("you will be signed out in five minutes")
                    .contains("Your answers so far have been saved as a draft");
            assertThat(Accessibility.violations(trainee.driver()))
                    .as("the idle warning")
                    .isEmpty();
            trainee.click(By.id("stay-signed-in"));
            trainee.waitFor(d -> !d.findElement(By.id("idle-dialog")).isDisplayed());
            assertThat(trainee.find(answer("PMQ_REGION", "INTERNATIONAL")).isSelected())
                    .as("the page stays as it was")
                    .isTrue();
            trainee.click(By.id("survey:save"));
            trainee.waitFor(d -> trainee.text().contains("Your answers are saved"));

            trainee.open("/trainee/home.xhtml");
            trainee.find(By.linkText(title)).click();
            assertThat(trainee.find(answer("SPECIALTY_GROUP", "IMT")).isSelected())
                    .as("the draft came back")
                    .isTrue();

            trainee.click(answer("FIRST_NHS_POST", "yes"));
            assertThat(((org.openqa.selenium.JavascriptExecutor) trainee.driver())
                            .executeScript("return document.activeElement.value"))
                    .as("keyboard focus stays on the answer after the form re-renders")
                    .isEqualTo("yes");
            trainee.click(answer("ANXIETY_START", "2"));
            trainee.click(answer("COMMUNICATION_CONCERN", "no"));
            trainee.click(answer("EPORTFOLIO_CONFIDENCE", "4"));
            trainee.click(answer("SUPERVISOR_DIFFICULTY", "yes"));
            trainee.find(By.cssSelector("div.item[data-item='SUPERVISOR_DIFFICULTY_DETAIL'] textarea"))
                    .sendKeys("My supervisor is based at another site");
            trainee.click(answer("LIFE_IN_UK", "4"));
            trainee.click(answer("WORKLOAD", "5"));
            trainee.click(By.id("survey:submit"));
            trainee.waitFor(d -> trainee.text().contains("your answers are submitted"));
            assertThat(trainee.find(By.cssSelector("dd[data-answer='SUPERVISOR_DIFFICULTY']"))
                            .getText())
                    .isEqualTo("Yes");
            assertThat(Accessibility.violations(trainee.driver()))
                    .as("the submitted answers, read-only")
                    .isEmpty();

            trainee.open("/trainee/home.xhtml");
            assertThat(trainee.text())
                    .contains("Difficulty reaching or approaching the educational supervisor")
                    .contains("Workload and rota pressure");

            admin.open("/admin/waves.xhtml");
            admin.waitFor(d -> admin.text().contains(title));
            assertThat(admin.driver()
                            .findElement(By.xpath("//tr[td[contains(., '" + title + "')]]//span[@class='submitted']"))
                            .getText())
                    .isEqualTo("1");
        }
    }
}
