package uk.deanery.welfare.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakAdmin;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/**
 * The complete authorization matrix ({@link AuthorizationMatrix}): every page, servlet and API endpoint the
 * application has, found at run time (the web module's pages and servlet mappings, the API's OpenAPI document), for
 * every role and anonymous, signed in through the real Keycloak. A page or endpoint that is not in the matrix fails
 * the build, as does a row for one that no longer exists, and every cell that differs is listed.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final URI API = KeycloakLogin.BASE.resolve("/api/");
    private static final URI TOKEN = URI.create("http://localhost:" + Integer.getInteger("keycloak.port", 20180)
            + "/realms/deanery/protocol/openid-connect/token");
    /** Servlet mappings that are the containers' and the test harness's, not the application's own. */
    private static final Set<String> NOT_THE_APPLICATIONS = Set.of("/ArquillianServletRunnerEE9");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(AuthorizationMatrixIT.class, AuthorizationMatrix.class, KeycloakAdmin.class);
    }

    @Inject
    ServletContext servletContext;

    @Inject
    ConcernService concerns;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyPageServletAndEndpointIsInTheMatrixAndNothingElse() throws Exception {
        Set<String> found = new TreeSet<>();
        pages("/", found);
        for (ServletRegistration servlet :
                servletContext.getServletRegistrations().values()) {
            servlet.getMappings().stream()
                    .filter(m -> m.startsWith("/") && !m.contains("*") && !m.equals("/"))
                    .filter(m -> !NOT_THE_APPLICATIONS.contains(m))
                    .forEach(m -> found.add("GET " + m));
        }
        JsonObject openApi = Json.createReader(new StringReader(http.send(
                                HttpRequest.newBuilder(API.resolve("/openapi"))
                                        .header("Accept", "application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body()))
                .readObject();
        openApi.getJsonObject("paths").forEach((path, operations) -> ((JsonObject) operations)
                .keySet()
                .forEach(method -> found.add("API " + method.toUpperCase(java.util.Locale.ROOT) + " " + path)));

        Set<String> inMatrix = new TreeSet<>();
        for (AuthorizationMatrix.Row row : AuthorizationMatrix.rows()) {
            inMatrix.add((row.api() ? "API " : "GET ") + (row.api() ? row.method() + " " : "") + row.path());
        }
        assertThat(found).as("found at run time, against the matrix's rows").isEqualTo(inMatrix);
    }

    private void pages(String folder, Set<String> found) {
        Set<String> paths = servletContext.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                pages(path, found);
            } else if (path.endsWith(".xhtml")) {
                found.add("GET " + path);
            }
        }
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws Exception {
        Map<String, String> objects = objectsOfTrainee1();
        Map<String, KeycloakLogin> sessions = new LinkedHashMap<>();
        for (String caller : AuthorizationMatrix.CALLERS) {
            KeycloakLogin session = new KeycloakLogin();
            if (!caller.equals("anonymous")) {
                session.logIn(caller, "demo");
            }
            sessions.put(caller, session);
        }
        KeycloakAdmin keycloak = new KeycloakAdmin();
        Map<String, KeycloakAdmin.ApiClient> clients = new LinkedHashMap<>();
        Map<String, Optional<String>> tokens = new LinkedHashMap<>();
        try {
            for (String role : List.of("trainee", "supervisor", "tpd", "admin", "analyst")) {
                KeycloakAdmin.ApiClient client = keycloak.createApiClient(role);
                clients.put(role, client);
                tokens.put(role, Optional.of(token(client)));
            }
            List<String> wrong = new ArrayList<>();
            for (AuthorizationMatrix.Row row : AuthorizationMatrix.rows()) {
                String target = row.target();
                for (Map.Entry<String, String> object : objects.entrySet()) {
                    target = target.replace("{" + object.getKey() + "}", object.getValue());
                }
                for (Map.Entry<String, String> expected : row.byCaller().entrySet()) {
                    String caller = expected.getKey();
                    String outcome = row.api()
                            ? String.valueOf(api(row.method(), target, tokenFor(caller, tokens)))
                            : outcomeOf(sessions.get(caller).get(target));
                    if (!outcome.equals(expected.getValue())) {
                        wrong.add((row.api() ? "API " + row.method() : row.method()) + " " + row.target() + " as "
                                + caller + ": " + outcome + ", expected " + expected.getValue());
                    }
                }
            }
            assertThat(wrong).as("cells that differ from the matrix").isEmpty();
        } finally {
            for (KeycloakAdmin.ApiClient client : clients.values()) {
                keycloak.delete(client);
            }
        }
    }

    /** A shared and a private concern of trainee1, raised as trainee1 for this run. */
    private Map<String, String> objectsOfTrainee1() {
        Caller trainee1 = Caller.person("trainee1@deanery.example", Set.of(Role.TRAINEE));
        Map<String, String> objects = new LinkedHashMap<>();
        objects.put(
                "shared",
                Actors.runAs(
                                trainee1,
                                () -> concerns.raise(new ConcernSubmission(
                                        "1000001",
                                        "WORKLOAD",
                                        "Matrix: shared with my supervisor",
                                        ConcernSharing.SUPERVISOR_AND_DEANERY)))
                        .getReference());
        objects.put(
                "private",
                Actors.runAs(
                                trainee1,
                                () -> concerns.raise(new ConcernSubmission(
                                        "1000001",
                                        "WORKLOAD",
                                        "Matrix: for the deanery only",
                                        ConcernSharing.DEANERY_ONLY)))
                        .getReference());
        return objects;
    }

    private static String outcomeOf(HttpResponse<String> response) {
        return KeycloakLogin.isKeycloakLoginForm(response) ? "login" : String.valueOf(response.statusCode());
    }

    private static Optional<String> tokenFor(String caller, Map<String, Optional<String>> tokens) {
        if (caller.equals("anonymous")) {
            return Optional.empty();
        }
        return tokens.get(caller.replaceAll("\\d+$", ""));
    }

    private int api(String method, String target, Optional<String> token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(API.resolve(target.substring(1))).timeout(Duration.ofSeconds(60));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        if (method.equals("POST")) {
            request.header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(""));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String token(KeycloakAdmin.ApiClient client) throws Exception {
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(client.clientId(), StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(client.secret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TOKEN)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }
}
