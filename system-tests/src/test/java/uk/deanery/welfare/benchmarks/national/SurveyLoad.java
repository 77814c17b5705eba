package uk.deanery.welfare.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.deanery.welfare.systemtest.KeycloakAdmin;
import uk.deanery.welfare.systemtest.KeycloakAdmin.Account;

/**
 * The trainees a Gatling survey load signs in as, and the server side they need: a Keycloak account each (written to
 * a {@code username,password} file for the simulation), a trainee record each in this year's cohort of a programme of
 * their own, and linked waves of the study questionnaire open on it ({@code TestBenchmarkServlet}). Closing it
 * deletes the accounts and the file.
 */
final class SurveyLoad implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final KeycloakAdmin keycloak = new KeycloakAdmin();
    private final List<Account> accounts = new ArrayList<>();
    private final Path users;
    private String programme;

    private SurveyLoad(Path users) {
        this.users = users;
    }

    /** {@code count} trainees, their accounts written to {@code users}, and the ids of {@code waves} open waves. */
    static SurveyLoad of(int count, Path users) throws IOException, InterruptedException {
        SurveyLoad load = new SurveyLoad(users);
        try {
            for (int i = 0; i < count; i++) {
                load.accounts.add(load.keycloak.createAccount("trainee"));
            }
            Files.createDirectories(users.toAbsolutePath().getParent());
            Files.writeString(
                    users,
                    load.accounts.stream()
                            .map(a -> a.username() + "," + a.password())
                            .collect(Collectors.joining("\n", "username,password\n", "\n")));
        } catch (IOException | InterruptedException | RuntimeException e) {
            load.close();
            throw e;
        }
        return load;
    }

    Path users() {
        return users;
    }

    /** The trainees' programme, once {@link #openWaves} has made it. */
    String programme() {
        return programme;
    }

    /** Opens {@code count} more linked waves on the trainees' cohort (registering them the first time); their ids. */
    List<String> openWaves(int count) throws IOException, InterruptedException {
        JsonObject opened;
        if (programme == null) {
            String emails = accounts.stream()
                    .map(a -> a.username() + "@test.deanery.example")
                    .collect(Collectors.joining("\n"));
            opened = post("/test-benchmark/survey-load?waves=" + count, emails);
            programme = opened.getString("programme");
        } else {
            opened = post("/test-benchmark/survey-load?waves=" + count + "&programme=" + programme, "");
        }
        return opened.getJsonArray("waves").getValuesAs(JsonNumber.class).stream()
                .map(id -> String.valueOf(id.longValue()))
                .toList();
    }

    /** A JSON answer of the test server ({@code TestBenchmarkServlet}); anything but 200 fails the test. */
    JsonObject get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(PagesBenchmarkIT.BASE.resolve(path)).GET());
    }

    private JsonObject post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(PagesBenchmarkIT.BASE.resolve(path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonObject send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Files.deleteIfExists(users);
        for (Account account : accounts) {
            keycloak.delete(account);
        }
    }
}
