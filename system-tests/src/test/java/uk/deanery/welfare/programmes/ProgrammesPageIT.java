package uk.deanery.welfare.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.Deployments;

/** The programmes page over HTTP: Faces, PrimeFaces and JPA working end to end in the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammesPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void programmesPageListsTheDemoProgrammesWithTheirCohorts() throws Exception {
        HttpResponse<String> page = get("/admin/programmes.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Internal Medicine Training", "General Practice", "YH-IMT")
                .contains("ui-datatable")
                .containsPattern("<span class=\"trainees\">[1-9][0-9]*</span> trainees");
    }

    @Test
    void unknownPageGetsTheFriendlyNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> page = get("/no-such-page.xhtml");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Page not found")
                .doesNotContain("Caused by")
                .doesNotContainPattern("at [\\w.$]+\\([\\w]+\\.java:\\d+\\)");
    }
}
