package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/** Signing in through the real Keycloak started by the build, as the demo users, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void protectedPageSendsAnAnonymousVisitorToKeycloaksLoginForm() throws Exception {
        HttpResponse<String> page = new KeycloakLogin().get("/admin/programmes.xhtml");

        assertThat(page.uri().getPort()).isEqualTo(Integer.getInteger("keycloak.port", 20180));
        assertThat(KeycloakLogin.isKeycloakLoginForm(page)).isTrue();
        assertThat(page.body()).doesNotContain("Internal Medicine Training");
    }

    @Test
    void traineeLandsOnTheirOwnPageAndIsRefusedTheAdminPages() throws Exception {
        KeycloakLogin trainee1 = new KeycloakLogin();

        HttpResponse<String> landing = trainee1.logIn("trainee1", "demo");

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/trainee/home.xhtml");
        assertThat(landing.body()).contains("id=\"trainee-name\"").contains("My concerns");
        assertThat(landing.uri().getQuery())
                .as("no code or state left in the address")
                .isNull();

        HttpResponse<String> admin = trainee1.get("/admin/programmes.xhtml");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("Not allowed").doesNotContain("Internal Medicine Training");

        HttpResponse<String> somebodyElses = trainee1.get("/concern.xhtml?ref=00000000-0000-0000-0000-000000000000");
        assertThat(somebodyElses.statusCode()).isEqualTo(404);
    }

    @Test
    void eachRoleLandsOnItsOwnPage() throws Exception {
        assertThat(new KeycloakLogin().logIn("supervisor1", "demo").uri().getPath())
                .isEqualTo("/supervisor/concerns.xhtml");
        assertThat(new KeycloakLogin().logIn("tpd1", "demo").uri().getPath()).isEqualTo("/tpd/concerns.xhtml");
        HttpResponse<String> admin = new KeycloakLogin().logIn("admin1", "demo");
        assertThat(admin.uri().getPath()).isEqualTo("/admin/programmes.xhtml");
        assertThat(admin.body()).contains("Internal Medicine Training", "YH-IMT");
    }

    @Test
    void accountWithoutAPersonRecordSeesNoData() throws Exception {
        HttpResponse<String> landing = new KeycloakLogin().logIn("norecord1", "demo");

        assertThat(landing.uri().getPath()).isEqualTo("/not-registered.xhtml");
        assertThat(landing.body()).contains("Not registered with this deanery");
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() throws Exception {
        KeycloakLogin trainee1 = new KeycloakLogin();
        trainee1.logIn("trainee1", "demo");

        HttpResponse<String> loggedOut = trainee1.logOut();

        assertThat(loggedOut.uri().getPath()).isEqualTo("/logged-out.xhtml");
        HttpResponse<String> again = trainee1.get("/trainee/home.xhtml");
        assertThat(KeycloakLogin.isKeycloakLoginForm(again))
                .as("Keycloak asks for the password again: its session ended")
                .isTrue();
    }

    @Test
    void pagesWithPersonalDataAreNotCachedAndCarrySecurityHeaders() throws Exception {
        KeycloakLogin session = new KeycloakLogin();
        HttpResponse<String> landing = session.logIn("trainee1", "demo");

        assertThat(landing.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(landing.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        List<String> policies = landing.headers().allValues("Content-Security-Policy");
        assertThat(policies)
                .as("the filter's for everything but scripts, PrimeFaces' for scripts with this response's nonce")
                .hasSize(2)
                .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .anySatisfy(csp -> assertThat(csp).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';"))
                .allSatisfy(csp -> assertThat(csp).doesNotContain("unsafe-eval"))
                .noneSatisfy(csp -> assertThat(csp).containsPattern("script-src[^;]*unsafe-inline"));
        HttpResponse<String> refused = session.get("/trainee/my-data?format=xml");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().allValues("Content-Security-Policy"))
                .as("a servlet's error is shown by a Faces error page, whose nonce'd scripts the filter lets through")
                .hasSize(2)
                .noneSatisfy(csp -> assertThat(csp).contains("script-src 'self';"));
        String nonce = policies.stream()
                .filter(csp -> csp.startsWith("script-src"))
                .findFirst()
                .orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(landing.body())
                .as("the page's scripts carry the nonce, and no element an inline handler")
                .contains("nonce=\"" + nonce + "\"")
                .doesNotContainPattern(" on(click|change|load|submit)=\"");
        assertThat(landing.headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();
    }

    /**
     * Over the test domain's real HTTPS listener (Payara's own self-signed certificate, trusted here only): HSTS,
     * and a session cookie marked Secure, HttpOnly and SameSite; over HTTP the same cookie is not Secure.
     */
    @Test
    void overHttpsPagesSendHstsAndTheSessionCookieIsSecure() throws Exception {
        int httpsPort = Integer.getInteger("payara.https.port", 20081);
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(
                null,
                new javax.net.ssl.TrustManager[] {
                    new javax.net.ssl.X509TrustManager() {
                        @Override
                        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {}

                        @Override
                        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {}

                        @Override
                        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                            return new java.security.cert.X509Certificate[0];
                        }
                    }
                },
                null);
        javax.net.ssl.HttpsURLConnection page = https("/logged-out.xhtml", httpsPort, trustAll);
        assertThat(page.getHeaderField("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        page.disconnect();

        // Asking for a protected page starts the sign-in, which keeps its state in the new session.
        javax.net.ssl.HttpsURLConnection signIn = https("/trainee/home.xhtml", httpsPort, trustAll);
        assertThat(signIn.getHeaderFields().getOrDefault("Set-Cookie", java.util.List.of()))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie.toLowerCase(java.util.Locale.ROOT))
                        .contains("secure")
                        .contains("httponly")
                        .contains("samesite=lax"));
        signIn.disconnect();

        HttpResponse<String> plain = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(KeycloakLogin.BASE.resolve("/trainee/home.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie ->
                        assertThat(cookie.toLowerCase(java.util.Locale.ROOT)).doesNotContain("secure"));
    }

    private static javax.net.ssl.HttpsURLConnection https(String path, int port, javax.net.ssl.SSLContext trust)
            throws java.io.IOException {
        javax.net.ssl.HttpsURLConnection connection = (javax.net.ssl.HttpsURLConnection)
                java.net.URI.create("https://localhost:" + port + path).toURL().openConnection();
        connection.setSSLSocketFactory(trust.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setInstanceFollowRedirects(false);
        connection.getResponseCode();
        return connection;
    }
}
