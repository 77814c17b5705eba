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
import org.openqa.selenium.support.ui.Select;
import uk.deanery.welfare.systemtest.Accessibility;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * An admin builds an instrument in the editor: a refused save marks the field and keeps what was typed, a good one
 * stores the draft, and once published the instrument opens read-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserInstrumentEditorIT {

    private static final String ITEM = "editor:sections:0:items:0:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static void type(Browser browser, String id, String text) {
        browser.find(By.id(id)).clear();
        browser.find(By.id(id)).sendKeys(text);
    }

    private static String row(String code) {
        return "//tr[td[normalize-space()='" + code + "']]";
    }

    @Test
    void anAdminBuildsAnInstrumentFixesAProblemPublishesItAndItThenOpensReadOnly() throws Exception {
        String code = "EDITOR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser admin = new Browser()) {
            admin.open("/admin/instruments.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/instruments.xhtml"));

            type(admin, "create:code", code);
            type(admin, "create:title", "Pulse check");
            admin.click(By.id("create:newInstrument"));
            admin.waitFor(d -> admin.path().equals("/admin/instrument.xhtml"));
            assertThat(admin.find(By.id("editor:title")).getAttribute("value")).isEqualTo("Pulse check");

            admin.click(By.id("editor:addSection"));
            type(admin, "editor:sections:0:sectionTitle", "Now");
            admin.click(By.id("editor:sections:0:addItem"));
            type(admin, ITEM + "code", "SUPPORTED");
            assertThat(new Select(admin.find(By.id(ITEM + "type")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Yes or no");
            admin.click(By.id(ITEM + "addFlag"));
            type(admin, ITEM + "flags:0:values", "no");
            new Select(admin.find(By.id(ITEM + "flags:0:category"))).selectByValue("WELLBEING_BURNOUT");

            admin.click(By.id("editor:save"));
            admin.waitFor(d -> admin.text().contains("nothing was saved"));
            assertThat(admin.find(By.id("problem-0-0-text")).getText()).isEqualTo("is required");
            assertThat(admin.find(By.id(ITEM + "text")).getAttribute("aria-describedby"))
                    .isEqualTo("problem-0-0-text");
            assertThat(admin.find(By.cssSelector("#problems .problem")).getText())
                    .isEqualTo("Section 1, item 1 (SUPPORTED), question text: is required");
            assertThat(admin.find(By.id(ITEM + "code")).getAttribute("value"))
                    .as("nothing typed is lost")
                    .isEqualTo("SUPPORTED");
            assertThat(admin.find(By.id(ITEM + "flags:0:values")).getAttribute("value"))
                    .isEqualTo("no");
            assertThat(Accessibility.violations(admin.driver()))
                    .as("the editor with its problems shown")
                    .isEmpty();

            type(admin, ITEM + "text", "Do you feel supported?");
            admin.click(By.id("editor:save"));
            admin.waitFor(d -> admin.text().contains("Saved " + code + " version 1."));
            assertThat(admin.driver().findElement(By.id("problem-0-0-text")).getText())
                    .isEmpty();

            admin.open("/admin/instruments.xhtml");
            admin.click(By.xpath(row(code) + "//button[contains(@class,'publish')]"));
            admin.waitFor(d -> admin.text().contains("Published " + code + " version 1."));

            admin.click(By.xpath(row(code) + "//span[contains(@class,'view')]/a"));
            admin.waitFor(d -> admin.path().equals("/admin/instrument.xhtml"));
            assertThat(admin.find(By.id("readOnly")).getText())
                    .contains("This version is published and can no longer change")
                    .contains("SUPPORTED: Do you feel supported?")
                    .contains("Yes or no")
                    .contains("When the answer is no: Wellbeing and burnout");
            assertThat(admin.driver().findElements(By.cssSelector("#main input, #main textarea, #main select")))
                    .as("a published instrument has nothing to edit")
                    .isEmpty();
            assertThat(Accessibility.violations(admin.driver()))
                    .as("the read-only view")
                    .isEmpty();
        }
    }
}
