package uk.deanery.welfare.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers, asked with short timeouts and remembered for a few seconds, so that a person is told
 * quickly when sign-in is down and the application notices by itself when it is back.
 */
@ApplicationScoped
public class KeycloakAvailability {

    private static final Logger LOG = Logger.getLogger(KeycloakAvailability.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REMEMBER = Duration.ofSeconds(5);

    @Inject
    OpenIdConfig config;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private volatile boolean lastAnswer;
    private volatile Instant askedAt = Instant.EPOCH;

    public boolean isAvailable() {
        if (Instant.now().isBefore(askedAt.plus(REMEMBER))) {
            return lastAnswer;
        }
        boolean available = probe();
        if (available != lastAnswer) {
            LOG.log(available ? Level.INFO : Level.WARNING, "Keycloak at {0} is {1}", new Object[] {
                config.getIssuer(), available ? "available" : "unreachable"
            });
        }
        lastAnswer = available;
        askedAt = Instant.now();
        return available;
    }

    private boolean probe() {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(config.getDiscoveryDocument()))
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception unreachable) {
            return false;
        }
    }
}
