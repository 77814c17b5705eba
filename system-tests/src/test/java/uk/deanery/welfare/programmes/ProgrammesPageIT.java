package uk.deanery.welfare.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/** The programmes page over HTTP, signed in as the demo admin: Faces, PrimeFaces and JPA end to end. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammesPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void programmesPageListsTheDemoProgrammesWithTheirCohorts() throws Exception {
        KeycloakLogin admin = new KeycloakLogin();
        admin.logIn("admin1", "demo");

        HttpResponse<String> page = admin.get("/admin/programmes.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Internal Medicine Training", "General Practice", "YH-IMT")
                .contains("ui-datatable")
                .containsPattern("<span class=\"trainees\">[1-9][0-9]*</span> trainees");
    }

    @Test
    void unknownPageGetsTheFriendlyNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> page = new KeycloakLogin().get("/no-such-page.xhtml");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Page not found")
                .doesNotContain("Caused by")
                .doesNotContainPattern("at [\\w.$]+\\([\\w]+\\.java:\\d+\\)");
    }
}
