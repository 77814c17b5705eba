package uk.deanery.welfare.systemtest;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A bearer token from the test Keycloak for the demo API client (its service account has the admin role). */
public final class ApiToken {

    private static final URI TOKEN = URI.create("http://localhost:" + Integer.getInteger("keycloak.port", 20180)
            + "/realms/deanery/protocol/openid-connect/token");

    private ApiToken() {}

    /** The client-credentials grant of {@code welfare-api}; fails on anything but a token. */
    public static String clientCredentials(HttpClient http) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TOKEN)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=welfare-api"
                                + "&client_secret=welfare-api-demo-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }
}
