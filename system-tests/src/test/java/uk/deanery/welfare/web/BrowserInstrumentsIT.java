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
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/** An admin imports an instrument as JSON in the browser: problems listed and nothing stored, then a good one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserInstrumentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static String instrument(String code, String type) {
        return """
                {"format": "welfare-instrument/1", "code": "%s", "version": 1, "title": "Pulse check",
                 "sections": [{"title": "Now", "items": [
                   {"code": "SUPPORTED", "type": "%s", "text": "Do you feel supported?", "required": true,
                    "flags": [{"when": {"equals": "no"}, "category": "WELLBEING_BURNOUT"}]}]}]}
                """
                .formatted(code, type);
    }

    private static void paste(Browser browser, String json) {
        browser.find(By.id("instruments:json")).clear();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('instruments:json').value = arguments[0];", json);
    }

    @Test
    void badFileListsEveryProblemAndAGoodOneBecomesADraftThatCanBePublished() throws Exception {
        String code = "PULSE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser admin = new Browser()) {
            admin.open("/admin/instruments.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/instruments.xhtml"));
            assertThat(admin.text()).contains("IMG-INDUCTION");

            paste(admin, instrument(code, "YES_OR_NO"));
            admin.click(By.id("instruments:import"));
            admin.waitFor(d -> admin.text().contains("nothing was imported"));
            assertThat(admin.find(By.cssSelector("#problems .problem")).getText())
                    .contains("$.sections[0].items[0].type");
            assertThat(admin.driver().findElements(By.xpath("//tr[td[normalize-space()='" + code + "']]")))
                    .as("nothing stored from the refused file")
                    .isEmpty();

            paste(admin, instrument(code, "YES_NO"));
            admin.click(By.id("instruments:import"));
            admin.waitFor(d -> admin.text().contains("Imported " + code + " version 1 as a draft."));

            admin.click(By.xpath("//tr[td[normalize-space()='" + code + "']]//button[contains(@class,'publish')]"));
            admin.waitFor(d -> admin.text().contains("Published " + code + " version 1."));
            assertThat(admin.driver()
                            .findElement(By.xpath("//tr[td[normalize-space()='" + code + "']]//span[@class='status']"))
                            .getText())
                    .isEqualTo("Published");
        }
    }
}
