package uk.deanery.welfare.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test Keycloak's admin REST API (admin/admin, as the build starts it): throwaway accounts in realm
 * {@code deanery} for tests that lock accounts, so no demo user is ever locked, and what brute-force detection
 * holds about an account.
 */
public final class KeycloakAdmin {

    private static final URI KEYCLOAK = URI.create("http://localhost:" + Integer.getInteger("keycloak.port", 20180));
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A new account with a random name and password, holding the given realm roles (none: an account with no role). */
    public Account createAccount(String... realmRoles) throws IOException, InterruptedException {
        return createAccount(true, realmRoles);
    }

    /** As {@link #createAccount(String...)}, with its email address ({@code username@test.deanery.example}) verified or not. */
    public Account createAccount(boolean emailVerified, String... realmRoles) throws IOException, InterruptedException {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        HttpResponse<String> created = send(
                "POST",
                "/admin/realms/deanery/users",
                "{\"username\":\"" + username + "\",\"email\":\"" + username + "@test.deanery.example\","
                        + "\"emailVerified\":" + emailVerified
                        + ",\"enabled\":true,\"firstName\":\"Test\",\"lastName\":\"Account\","
                        + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password
                        + "\",\"temporary\":false}]}");
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        grantRealmRoles(id, realmRoles);
        return new Account(id, username, password);
    }

    private void grantRealmRoles(String userId, String... realmRoles) throws IOException, InterruptedException {
        for (String role : realmRoles) {
            HttpResponse<String> representation = send("GET", "/admin/realms/deanery/roles/" + role, null);
            expect(representation, 200);
            Matcher roleId = ID.matcher(representation.body());
            if (!roleId.find()) {
                throw new IllegalStateException("No id in role " + role);
            }
            expect(
                    send(
                            "POST",
                            "/admin/realms/deanery/users/" + userId + "/role-mappings/realm",
                            "[{\"id\":\"" + roleId.group(1) + "\",\"name\":\"" + role + "\"}]"),
                    204);
        }
    }

    /**
     * A new confidential client whose service account holds the given realm roles, with the same groups and audience
     * mappers as the demo welfare-api client: its tokens are valid for the API, with other roles.
     */
    public ApiClient createApiClient(String... realmRoles) throws IOException, InterruptedException {
        String clientId = "it-api-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        HttpResponse<String> created = send(
                "POST",
                "/admin/realms/deanery/clients",
                "{\"clientId\":\"" + clientId + "\",\"secret\":\"" + secret + "\",\"enabled\":true,"
                        + "\"publicClient\":false,\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":false,"
                        + "\"serviceAccountsEnabled\":true,\"fullScopeAllowed\":true,\"protocolMappers\":["
                        + "{\"name\":\"groups\",\"protocol\":\"openid-connect\","
                        + "\"protocolMapper\":\"oidc-usermodel-realm-role-mapper\",\"config\":{\"claim.name\":\"groups\","
                        + "\"jsonType.label\":\"String\",\"multivalued\":\"true\",\"access.token.claim\":\"true\"}},"
                        + "{\"name\":\"audience\",\"protocol\":\"openid-connect\","
                        + "\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{"
                        + "\"included.client.audience\":\"welfare-api\",\"access.token.claim\":\"true\"}}]}");
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> serviceAccount =
                send("GET", "/admin/realms/deanery/clients/" + id + "/service-account-user", null);
        expect(serviceAccount, 200);
        Matcher userId = ID.matcher(serviceAccount.body());
        if (!userId.find()) {
            throw new IllegalStateException("No service account for client " + clientId);
        }
        grantRealmRoles(userId.group(1), realmRoles);
        return new ApiClient(id, clientId, secret);
    }

    public void delete(ApiClient client) throws IOException, InterruptedException {
        send("DELETE", "/admin/realms/deanery/clients/" + client.id(), null);
    }

    /** Changes the account's email address in Keycloak, as a deanery's own administrator could; verified. */
    public void changeEmail(Account account, String email) throws IOException, InterruptedException {
        expect(
                send(
                        "PUT",
                        "/admin/realms/deanery/users/" + account.id(),
                        "{\"email\":\"" + email + "\",\"emailVerified\":true}"),
                204);
    }

    public void delete(Account account) throws IOException, InterruptedException {
        send("DELETE", "/admin/realms/deanery/users/" + account.id(), null);
    }

    /** Whether brute-force detection has disabled the account now. */
    public boolean isLockedOut(Account account) throws IOException, InterruptedException {
        HttpResponse<String> status =
                send("GET", "/admin/realms/deanery/attack-detection/brute-force/users/" + account.id(), null);
        expect(status, 200);
        return status.body().replaceAll("\\s", "").contains("\"disabled\":true");
    }

    private HttpResponse<String> send(String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(KEYCLOAK.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminToken() throws IOException, InterruptedException {
        String form =
                "grant_type=password&client_id=admin-cli&username=" + encode("admin") + "&password=" + encode("admin");
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(KEYCLOAK.resolve("/realms/master/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expect(token, 200);
        Matcher value = ACCESS_TOKEN.matcher(token.body());
        if (!value.find()) {
            throw new IllegalStateException("No admin access token from Keycloak");
        }
        return value.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " gave "
                    + response.statusCode() + ", expected " + status);
        }
    }

    /** A throwaway confidential client of the realm. */
    public record ApiClient(String id, String clientId, String secret) {}

    /** A throwaway Keycloak account. */
    public record Account(String id, String username, String password) {}
}
