package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * The Content-Security-Policy in a real browser: the product's own pages work under it, and a script put into a page
 * without the response's nonce (what an injection would do) is refused, which is what every browser test's check
 * on the console looks for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserContentSecurityPolicyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void anInjectedInlineScriptDoesNotRunAndIsReported() throws Exception {
        Browser browser = new Browser();
        try {
            browser.open("/login");
            browser.signInAs("trainee1", "demo");
            browser.waitFor(d -> browser.path().equals("/trainee/home.xhtml"));
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            assertThat(page.executeScript("return typeof PrimeFaces"))
                    .as("PrimeFaces' own scripts ran under the policy")
                    .isEqualTo("object");

            page.executeScript("var s = document.createElement('script');"
                    + " s.textContent = 'document.body.setAttribute(\"data-injected\", \"ran\")';"
                    + " document.body.appendChild(s);");

            assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-injected"))
                    .as("the injected script was refused")
                    .isNull();
        } finally {
            assertThatThrownBy(browser::close)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Content-Security-Policy refused")
                    .hasMessageContaining("inline script");
        }
    }
}
