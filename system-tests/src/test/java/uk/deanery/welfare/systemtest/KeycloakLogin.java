package uk.deanery.welfare.systemtest;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's HTTP session with the application, signing in through Keycloak's real login form: what a browser
 * does, without the browser. Keeps cookies and follows redirects across the application and Keycloak.
 */
public final class KeycloakLogin {

    public static final URI BASE = URI.create(System.getProperty("welfare.baseUrl", "http://localhost:20080/"));

    private static final Pattern RESOURCE = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);

    private final LocalhostIsSecure cookies = new LocalhostIsSecure();

    /** The style sheets and scripts this browser has loaded already: like a browser, it loads each once. */
    private final java.util.Set<URI> cached = new java.util.HashSet<>();

    // HTTP/1.1, as browsers speak over plain http (they use HTTP/2 only over TLS; Java's client would otherwise
    // ask every server to upgrade to HTTP/2 in clear text).
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * Opens a page as a browser does: the page, then those of its style sheets and scripts not loaded before, all at
     * once. Returns the page, how many resources it named and the status of each one that did not load.
     */
    public PageVisit visit(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        List<CompletableFuture<String>> resources = new ArrayList<>();
        Matcher resource = RESOURCE.matcher(page.body());
        int named = 0;
        while (resource.find()) {
            named++;
            URI uri = page.uri().resolve(resource.group(1).replace("&amp;", "&"));
            if (!cached.add(uri)) {
                continue;
            }
            resources.add(http.sendAsync(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .handle((r, e) -> e != null
                            ? uri.getPath() + ": " + e
                            : r.statusCode() == 200 ? "" : uri.getPath() + " gave " + r.statusCode()));
        }
        List<String> failed = new ArrayList<>();
        for (CompletableFuture<String> loaded : resources) {
            String failure = loaded.join();
            if (!failure.isEmpty()) {
                failed.add(failure);
            }
        }
        return new PageVisit(page, named, failed);
    }

    /** Sends the request; a timeout names the request that ran out of time. */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        try {
            return http.send(request, body);
        } catch (java.net.http.HttpTimeoutException e) {
            java.net.http.HttpTimeoutException named = new java.net.http.HttpTimeoutException(
                    request.method() + " " + request.uri().getPath() + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /** A page and what became of the style sheets and scripts it named. */
    public record PageVisit(HttpResponse<String> page, int resources, List<String> failedResources) {}

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(BASE.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The application's session cookie ({@code JSESSIONID}), when the server has set one. */
    public java.util.Optional<String> sessionId() {
        return cookies.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** Opens "Log in", fills in Keycloak's form and returns the page the application lands on. */
    public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get("/login");
        return submitLoginForm(loginPage, username, password);
    }

    public static boolean isKeycloakLoginForm(HttpResponse<String> page) {
        return LOGIN_FORM.matcher(page.body()).find();
    }

    public HttpResponse<String> submitLoginForm(HttpResponse<String> loginPage, String username, String password)
            throws IOException, InterruptedException {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException(
                    "Not Keycloak's login form: " + loginPage.uri() + " (" + loginPage.statusCode() + ")");
        }
        String action = form.group(1).replace("&amp;", "&");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        return send(
                HttpRequest.newBuilder(URI.create(action))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Keycloak marks its cookies Secure (SameSite=None needs it); browsers send them to http://localhost, which they
     * count as a secure context, but Java's cookie manager would not.
     */
    private static final class LocalhostIsSecure extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean local = "localhost".equals(uri.getHost()) && "http".equals(uri.getScheme());
            return cookies.get(local ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }
    }

    /** The "Log out" button: ends the application session and, through Keycloak's end-session endpoint, Keycloak's. */
    public HttpResponse<String> logOut() throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(BASE.resolve("/logout"))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
