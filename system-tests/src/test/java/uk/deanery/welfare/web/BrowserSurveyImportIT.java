package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.deanery.welfare.systemtest.Accessibility;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * An admin imports a past survey round in the browser: a file with a bad row is refused with the row and column
 * named, the corrected file is imported with its progress followed to the end, and the round appears among the waves.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserSurveyImportIT {

    private static final String HEADER =
            "respondent_id,programme,intake_year,wave_kind,wave_date,ANXIETY_START,SUPERVISOR_DIFFICULTY\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static Path csv(String content) throws Exception {
        Path file = Files.createTempFile("past-round", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private static void importFile(Browser admin, Path file) {
        // The file input itself is hidden behind PrimeFaces' button, so it is found without waiting to see it.
        admin.driver().findElement(By.id("surveyImport:file_input")).sendKeys(file.toString());
        admin.waitFor(d -> admin.text().contains("Ready: " + file.getFileName()));
        admin.find(By.id("surveyImport:start")).click();
    }

    @Test
    void aRefusedFileNamesTheRowAndColumnAndTheCorrectedFileBecomesAnImportedWave() throws Exception {
        LocalDate heldOn =
                // In the 2026 cohort's years and before today; no other test imports a baseline between these days.
                LocalDate.of(2025, 9, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 450));
        String good = HEADER
                + "PAST-1,YH-IMT,2026,baseline," + heldOn + ",4,yes\n"
                + "PAST-2,YH-IMT,2026,baseline," + heldOn + ",2,no\n";
        String bad = good.replace("PAST-2,YH-IMT,2026,baseline", "PAST-2,YH-IMT,2026,midterm");

        try (Browser admin = new Browser()) {
            admin.open("/admin/survey-import.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/survey-import.xhtml"));
            new Select(admin.find(By.id("surveyImport:instrument"))).selectByValue("IMG-INDUCTION:1");

            importFile(admin, csv(bad));
            admin.waitFor(d -> admin.text().contains("Nothing was imported"));
            assertThat(admin.find(By.cssSelector("#surveyImport\\:problems .problem-row"))
                            .getText())
                    .isEqualTo("3");
            assertThat(admin.find(By.cssSelector("#surveyImport\\:problems .problem-column"))
                            .getText())
                    .isEqualTo("wave_kind");
            assertThat(Accessibility.violations(admin.driver())).isEmpty();

            importFile(admin, csv(good));
            admin.waitFor(d -> admin.text().contains("The file was imported."));
            assertThat(admin.find(By.id("accepted")).getText())
                    .contains("1 wave(s) created")
                    .contains("2 response(s) stored");
            assertThat(admin.find(By.id("surveyImport:status")).getText()).isEqualTo("Finished");

            importFile(admin, csv(good));
            admin.waitFor(d -> admin.find(By.id("accepted")).getText().contains("Nothing changed"));

            admin.open("/admin/waves.xhtml");
            String title = "Imported: IMG-INDUCTION v1, baseline, " + heldOn;
            admin.waitFor(d -> admin.text().contains(title));
            assertThat(admin.find(By.xpath("//tr[td[normalize-space()='" + title + "']]"))
                            .getText())
                    .contains("2 response(s) imported")
                    .doesNotContain("Send reminders");
        }
    }
}
