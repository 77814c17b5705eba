package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/** The right of access over HTTP, signed in through Keycloak as the demo users: who gets which file. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataDownloadIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void aTraineeDownloadsTheirOwnDataAsJsonAndPdfAndAnAdminTheSameByGmcNumber() throws Exception {
        KeycloakLogin trainee = new KeycloakLogin();
        trainee.logIn("trainee1", "demo");

        HttpResponse<String> json = trainee.get("/trainee/my-data?format=json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.headers().firstValue("Cache-Control")).contains("no-store");
        JsonObject mine = Json.createReader(new StringReader(json.body())).readObject();
        String gmc = mine.getJsonObject("person").getString("gmcNumber");
        assertThat(mine.getString("producedBy")).isEqualTo("trainee1@deanery.example");
        assertThat(json.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"personal-data-" + gmc + ".json\"");

        HttpResponse<String> pdf = trainee.get("/trainee/my-data?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        assertThat(trainee.get("/trainee/my-data?format=xml").statusCode()).isEqualTo(400);
        assertThat(trainee.get("/admin/personal-data?gmc=" + gmc + "&format=json")
                        .statusCode())
                .as("a trainee cannot use the admins' form, not even for themself")
                .isEqualTo(403);

        KeycloakLogin admin = new KeycloakLogin();
        admin.logIn("admin1", "demo");
        HttpResponse<String> forRequest = admin.get("/admin/personal-data?gmc=" + gmc + "&format=json");
        assertThat(forRequest.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(forRequest.body()))
                        .readObject()
                        .getJsonObject("person")
                        .getString("gmcNumber"))
                .isEqualTo(gmc);
        assertThat(admin.get("/admin/personal-data?gmc=9999998&format=pdf").statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/admin/personal-data?gmc=12&format=pdf").statusCode())
                .isEqualTo(400);
        assertThat(admin.get("/admin/personal-data.xhtml").body()).contains("GMC number of the trainee");
    }
}
