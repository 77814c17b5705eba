package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * An admin sets up a new programme from the programmes page, as a deanery starting with the tracker would: a
 * specialty, a local office, the programme and a cohort; a duplicate is refused next to its field with what was
 * typed kept; a roster with a bad row is refused whole with the row and column; the corrected roster adds the
 * trainee. The page passes axe-core's WCAG 2.1 A and AA rules throughout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserProgrammeSetupIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static Path csv(String content) throws Exception {
        return csv(content, StandardCharsets.UTF_8);
    }

    private static Path csv(String content, Charset charset) throws Exception {
        Path file = Files.createTempFile("roster", ".csv");
        Files.writeString(file, content, charset);
        file.toFile().deleteOnExit();
        return file;
    }

    private static void add(Browser admin, String form, String code, String name) {
        admin.find(By.id(form + ":code")).sendKeys(code);
        admin.find(By.id(form + ":name")).sendKeys(name);
        admin.find(By.id(form + ":add")).click();
    }

    @Test
    void anAdminAddsAProgrammeAndACohortAndImportsItsRoster() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String specialty = "SP" + n;
        String office = "LO" + n;
        String programme = "LO" + n + "-SP";
        String gmc = String.valueOf(ThreadLocalRandom.current().nextInt(3_000_000, 7_000_000));

        try (Browser admin = new Browser()) {
            admin.open("/admin/programmes.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/programmes.xhtml"));
            assertThat(Accessibility.violations(admin.driver())).isEmpty();

            add(admin, "specialty", specialty, "Specialty " + n);
            admin.waitFor(d -> admin.text().contains("Specialty " + specialty + " added."));
            add(admin, "deanery", office, "Local office " + n);
            admin.waitFor(d -> admin.text().contains("Local office " + office + " added."));

            admin.find(By.id("programme:code")).sendKeys(programme);
            admin.find(By.id("programme:name")).sendKeys("Programme " + n);
            new Select(admin.find(By.id("programme:specialtyCode"))).selectByValue(specialty);
            new Select(admin.find(By.id("programme:deaneryCode"))).selectByValue(office);
            admin.find(By.id("programme:add")).click();
            admin.waitFor(d -> admin.text().contains("Programme " + programme + " added."));
            assertThat(admin.find(By.id("programmes:table")).getText()).contains("Programme " + n, programme);

            admin.find(By.id("programme:code")).sendKeys(programme);
            admin.find(By.id("programme:name")).sendKeys("The same again");
            new Select(admin.find(By.id("programme:specialtyCode"))).selectByValue(specialty);
            new Select(admin.find(By.id("programme:deaneryCode"))).selectByValue(office);
            admin.find(By.id("programme:add")).click();
            admin.waitFor(d -> admin.text().contains("already exists"));
            assertThat(admin.find(By.id("programme:name")).getAttribute("value"))
                    .as("what was typed is kept")
                    .isEqualTo("The same again");
            assertThat(Accessibility.violations(admin.driver())).isEmpty();

            new Select(admin.find(By.id("cohort:programmeCode"))).selectByValue(programme);
            admin.find(By.id("cohort:intakeYear")).sendKeys("1999");
            admin.find(By.id("cohort:add")).click();
            admin.waitFor(d -> admin.text().contains("must be between 2000 and 2100"));
            admin.find(By.id("cohort:intakeYear")).clear();
            admin.find(By.id("cohort:intakeYear")).sendKeys("2026");
            admin.find(By.id("cohort:add")).click();
            admin.waitFor(d -> admin.text().contains("Cohort " + programme + " 2026 is ready."));

            String header = "gmc_number,forenames,surname,email,pmq_country,first_nhs_post,programme,intake_year,"
                    + "grade,start_date,end_date,supervisor\n";
            String good = header + gmc + ",Ngozi,Ad\u00e9yemi,ngozi." + n + "@test.example,Nigeria,yes," + programme
                    + ",2026,ST1,2026-08-05,2029-08-07,\n";
            String bad = good.replace(",2026,ST1,", ",twenty,ST1,");

            admin.driver().findElement(By.id("roster:file_input")).sendKeys(csv(bad).toString());
            admin.waitFor(d -> admin.text().contains("Ready: "));
            admin.find(By.id("roster:import")).click();
            admin.waitFor(d -> admin.text().contains("Nothing was imported"));
            assertThat(admin.find(By.id("roster:problem-table")).getText()).contains("2", "intake_year");
            assertThat(Accessibility.violations(admin.driver())).isEmpty();

            // Saved by older Excel: Windows-1252, refused as UTF-8 at its first bad byte, imported once chosen.
            admin.driver()
                    .findElement(By.id("roster:file_input"))
                    .sendKeys(csv(good, Charset.forName("windows-1252")).toString());
            admin.waitFor(d -> admin.text().contains("Ready: "));
            admin.find(By.id("roster:import")).click();
            admin.waitFor(d -> admin.text().contains("Nothing was imported"));
            assertThat(admin.find(By.id("roster:problem-table")).getText())
                    .contains("surname", "is not UTF-8 text (byte 0xE9 at line 2, character 17)", "Windows-1252");
            admin.find(By.xpath("//label[starts-with(normalize-space(.), 'Windows-1252')]"))
                    .click();
            admin.find(By.id("roster:import")).click();
            admin.waitFor(d -> admin.text().contains("Roster imported: 1 created"));
            assertThat(admin.find(By.xpath("//tr[.//span[@class='code' and text()='" + programme + "']]"))
                            .getText())
                    .contains("2026: 1 trainees");
        }
    }
}
