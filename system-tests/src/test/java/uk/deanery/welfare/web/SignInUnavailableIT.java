package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/** With Keycloak stopped, signing in says so within seconds; once Keycloak is back, it works again by itself. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInUnavailableIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static void keycloak(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                "bash",
                System.getProperty("keycloak.script"),
                command,
                System.getProperty("keycloak.home"),
                System.getProperty("keycloak.port"));
        if (command.equals("stop")) {
            builder.command().remove(builder.command().size() - 1);
        }
        Process process = builder.inheritIO().start();
        assertThat(process.waitFor()).as("keycloak.sh " + command).isZero();
    }

    @Test
    void loginWithKeycloakStoppedShowsTheUnavailablePageAndRecoversWhenItReturns() throws Exception {
        keycloak("stop");
        try {
            Instant asked = Instant.now();
            HttpResponse<String> page = new KeycloakLogin().get("/login");

            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body())
                    .contains("Sign-in service unavailable")
                    .doesNotContain("Caused by")
                    .doesNotContainPattern("at [\\w.$]+\\([\\w]+\\.java:\\d+\\)");
        } finally {
            keycloak("start");
        }
        // The application remembers Keycloak's state for a few seconds at most.
        Thread.sleep(6_000);
        HttpResponse<String> landing = new KeycloakLogin().logIn("trainee1", "demo");
        assertThat(landing.uri().getPath()).isEqualTo("/trainee/home.xhtml");
    }
}
