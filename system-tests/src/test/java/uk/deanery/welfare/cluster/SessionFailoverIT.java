package uk.deanery.welfare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.deanery.welfare.systemtest.Browser;

/**
 * Two instances of a Payara deployment group on one PostgreSQL (issue 12; {@code -Ppostgresql,cluster}, set up by
 * {@code config/payara/cluster.sh}): a trainee signed in on welfare-1 saves a draft there; welfare-1 is killed
 * ({@code kill -9}, nothing shut down in order); the trainee's next request, to welfare-2, goes on in the same session
 * without signing in again, finds the draft saved on welfare-1 at once, and submits. The browser carries the session
 * cookie to the other port as a load balancer would carry it to the other instance (cookies do not depend on port).
 */
class SessionFailoverIT {

    static final URI FIRST = URI.create(System.getProperty("cluster.first", "http://localhost:21180/"));
    static final URI SECOND = URI.create(System.getProperty("cluster.second", "http://localhost:21280/"));

    private static By answer(String itemCode, String value) {
        return By.cssSelector("div.item[data-item='" + itemCode + "'] input[value='" + value + "']");
    }

    @Test
    void aSessionSurvivesTheLossOfTheInstanceThatServedItAndItsDraftIsSeenOnTheOther() throws Exception {
        String title = "Failover " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser();
                Browser trainee = new Browser()) {
            admin.openOn(FIRST, "/admin/waves.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/waves.xhtml"));
            admin.find(By.id("open:title")).sendKeys(title);
            new org.openqa.selenium.support.ui.Select(admin.find(By.id("open:instrument")))
                    .selectByValue("IMG-INDUCTION:1");
            admin.find(By.cssSelector("input[name='open:cohorts'][value='YH-IMT:2026']"))
                    .click();
            admin.pickDate(
                    "open:closesOn",
                    LocalDate.now(ZoneId.of("Europe/London"))
                            .plusWeeks(4)
                            .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            admin.find(By.id("open:openWave")).click();
            admin.waitFor(d -> admin.text().contains("is open to"));

            trainee.openOn(FIRST, "/trainee/home.xhtml");
            trainee.signInAs("trainee1", "demo");
            trainee.waitFor(d -> trainee.path().equals("/trainee/home.xhtml"));
            trainee.find(By.linkText(title)).click();
            trainee.waitFor(d -> trainee.path().equals("/trainee/survey.xhtml"));
            trainee.click(answer("SPECIALTY_GROUP", "IMT"));
            trainee.click(answer("PMQ_REGION", "INTERNATIONAL"));
            trainee.click(By.id("survey:save"));
            trainee.waitFor(d -> trainee.text().contains("Your answers are saved"));

            kill("welfare-1");

            trainee.openOn(SECOND, "/trainee/home.xhtml");
            trainee.waitFor(d -> trainee.path().equals("/trainee/home.xhtml"));
            assertThat(trainee.driver().getCurrentUrl())
                    .as("the session went on on welfare-2, without a new sign-in")
                    .startsWith(SECOND.toString());
            trainee.find(By.linkText(title)).click();
            trainee.waitFor(d -> trainee.path().equals("/trainee/survey.xhtml"));
            assertThat(trainee.find(answer("SPECIALTY_GROUP", "IMT")).isSelected())
                    .as("the draft saved on welfare-1, read on welfare-2")
                    .isTrue();
            assertThat(trainee.find(answer("PMQ_REGION", "INTERNATIONAL")).isSelected())
                    .isTrue();
            for (String[] item : List.of(
                    new String[] {"FIRST_NHS_POST", "yes"},
                    new String[] {"ANXIETY_START", "2"},
                    new String[] {"COMMUNICATION_CONCERN", "no"},
                    new String[] {"EPORTFOLIO_CONFIDENCE", "4"},
                    new String[] {"SUPERVISOR_DIFFICULTY", "no"},
                    new String[] {"LIFE_IN_UK", "4"},
                    new String[] {"WORKLOAD", "3"})) {
                trainee.click(answer(item[0], item[1]));
            }
            trainee.click(By.id("survey:submit"));
            trainee.waitFor(d -> trainee.text().contains("your answers are submitted"));
            assertThat(trainee.driver().getCurrentUrl()).startsWith(SECOND.toString());
        }
    }

    /** Kills the instance's server process outright, as a machine failure would, and waits until it is gone. */
    private static void kill(String instance) throws Exception {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .filter(line -> line.contains("ASMain")
                                && (line.contains("-instancename " + instance + " ")
                                        || line.contains("/nodes/") && line.contains("/" + instance + " ")))
                        .isPresent())
                .toList();
        assertThat(servers).as("the server process of " + instance).hasSize(1);
        new ProcessBuilder("kill", "-9", Long.toString(servers.get(0).pid()))
                .inheritIO()
                .start()
                .waitFor();
        servers.get(0).onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(servers.get(0).isAlive()).isFalse();
        Thread.sleep(Duration.ofSeconds(1).toMillis());
    }
}
