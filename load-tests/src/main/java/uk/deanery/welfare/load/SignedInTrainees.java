package uk.deanery.welfare.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the pages benchmark's two simulations share: {@value #USERS_PROPERTY} trainees, each with a Keycloak account
 * of their own, sign in through Keycloak's real login form (these requests are silent: they are not measured); they
 * wait until all are signed in; then each repeats {@link #measured()} for {@code load.seconds} seconds, with no pause
 * between requests (a closed model: the server's throughput at that many concurrent users). The start and end of the
 * measured phase, and how many iterations ran, are written to {@code load.phaseFile} as JSON. Then, unless
 * {@code load.logOut} is false, they log out (silent too), so that the next run starts from no sessions.
 *
 * <p>Settings, as system properties: {@code load.baseUrl} (the application), {@code load.users} (a CSV file with
 * {@code username,password} and one line per user), {@code load.seconds}, {@code load.phaseFile}.
 */
public abstract class SignedInTrainees extends Simulation {

    static final String USERS_PROPERTY = "load.users";
    static final String BASE = System.getProperty("load.baseUrl", "http://localhost:20080");
    static final boolean LOG_OUT = Boolean.parseBoolean(System.getProperty("load.logOut", "true"));
    static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("load.seconds", 30));

    private final AtomicLong phaseStart = new AtomicLong();
    private final AtomicLong phaseEnd = new AtomicLong();
    private final AtomicInteger iterations = new AtomicInteger();
    private final AtomicInteger signedIn = new AtomicInteger();
    /** Users who stopped before the end because they had nothing left to do: the phase was shorter for them. */
    private final AtomicInteger ranOut = new AtomicInteger();

    private final int users;

    protected SignedInTrainees(String name) {
        Path usersFile = Path.of(System.getProperty(USERS_PROPERTY));
        try {
            users = (int) Files.readAllLines(usersFile, StandardCharsets.UTF_8).stream()
                            .filter(line -> !line.isBlank())
                            .count()
                    - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpProtocolBuilder protocol = http.baseUrl(BASE)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("welfare-load (Gatling)");
        setUp(scenario(name)
                        .exec(signIn())
                        .exec(session -> {
                            if (!session.isFailed()) {
                                signedIn.incrementAndGet();
                            }
                            return session;
                        })
                        .exec(rendezVous(users))
                        .exec(session -> {
                            phaseStart.compareAndSet(0, System.currentTimeMillis());
                            return session;
                        })
                        // Each iteration runs to its end (not cut off when the time is up), so that what a user
                        // did is whole: a submission the server acknowledged is always noted as such.
                        .during(MEASURED, false)
                        .on(exec(measured()).exec(session -> {
                            iterations.incrementAndGet();
                            return session;
                        }))
                        .exec(session -> {
                            phaseEnd.accumulateAndGet(System.currentTimeMillis(), Math::max);
                            return session;
                        })
                        .doIf(session -> LOG_OUT)
                        .then(exec(http("log out").post("/logout").silent()))
                        .injectOpen(atOnceUsers(users)))
                .protocols(protocol)
                // A user who never reaches the meeting point would hold the others there for ever.
                .maxDuration(MEASURED.plusMinutes(5));
    }

    /** This user stops early (nothing left to do): the measured phase ends here for them. */
    protected Session stopsEarly(Session session) {
        ranOut.incrementAndGet();
        phaseEnd.accumulateAndGet(System.currentTimeMillis(), Math::max);
        return session;
    }

    /** One iteration of the measured phase, for one signed-in user. */
    protected abstract ChainBuilder measured();

    /** Opens "Log in" and fills in Keycloak's form; lands on the trainee's own page. Not measured. */
    private static ChainBuilder signIn() {
        return feed(csv(System.getProperty(USERS_PROPERTY)).queue())
                .exec(http("sign in: the login form")
                        .get("/login")
                        .silent()
                        .check(css("#kc-form-login", "action").saveAs("loginAction")))
                .exec(http("sign in: Keycloak")
                        .post("#{loginAction}")
                        .silent()
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("credentialId", "")
                        .check(currentLocation().is(BASE + "/trainee/home.xhtml")));
    }

    /** More fields for the phase file, each starting with a comma; none here. */
    protected String moreFigures() {
        return "";
    }

    @Override
    public void after() {
        String json = "{\"users\": " + users + ", \"signed_in\": " + signedIn.get() + ", \"start_ms\": "
                + phaseStart.get() + ", \"end_ms\": " + phaseEnd.get() + ", \"iterations\": " + iterations.get()
                + ", \"ran_out\": " + ranOut.get()
                + moreFigures()
                + "}\n";
        try {
            Files.writeString(Path.of(System.getProperty("load.phaseFile")), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
