package uk.deanery.welfare.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs Deque's axe-core rules for WCAG 2.1 A and AA in the browser, on the page as it is now (after AJAX updates
 * too): missing labels, choice groups without a name, broken ARIA references, contrast, landmarks. What a screen
 * reader user would stumble on first, checked by machine on every run.
 */
public final class Accessibility {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160)).join(', '))))
                .catch(e => done(['axe failed: ' + e]));
            """;

    private Accessibility() {}

    /** Every rule the page breaks, one line each: rule, impact, what it asks, and where. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(script());
        }
        Object result = js.executeAsyncScript(RUN);
        return result instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(result));
    }

    private static String script() {
        try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath at " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
