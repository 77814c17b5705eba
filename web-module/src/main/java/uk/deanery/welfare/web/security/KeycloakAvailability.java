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
 * Whether Keycloak answers, asked with short timeouts and remembered for a second, so that a person is told within
 * two seconds when sign-in goes down and the application notices by itself when it is back. One request at a time
 * asks (the others wait for its answer rather than asking too), so a burst of sign-ins costs Keycloak one probe a
 * second.
 */
@ApplicationScoped
public class KeycloakAvailability {

    private static final Logger LOG = Logger.getLogger(KeycloakAvailability.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REMEMBER = Duration.ofSeconds(1);

    @Inject
    OpenIdConfig config;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** Keycloak's last answer and when it was asked; none yet at the start. */
    private record Answer(boolean available, Instant askedAt) {

        boolean fresh() {
            return Instant.now().isBefore(askedAt.plus(REMEMBER));
        }
    }

    private volatile Answer last = new Answer(false, Instant.EPOCH);

    public boolean isAvailable() {
        Answer answer = last;
        if (answer.fresh()) {
            return answer.available();
        }
        synchronized (this) {
            answer = last;
            if (answer.fresh()) {
                return answer.available();
            }
            boolean available = probe();
            if (available != answer.available()) {
                LOG.log(available ? Level.INFO : Level.WARNING, "Keycloak at {0} is {1}", new Object[] {
                    config.getIssuer(), available ? "available" : "unreachable"
                });
            }
            last = new Answer(available, Instant.now());
            return available;
        }
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
