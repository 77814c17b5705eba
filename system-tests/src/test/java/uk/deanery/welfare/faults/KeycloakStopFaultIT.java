package uk.deanery.welfare.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.DemoUsers;
import uk.deanery.welfare.systemtest.DemoUsers.DemoUser;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/**
 * Keycloak stopped in the middle of the load (issue 12's fault tests). Every demo user signs in with a session of
 * their own and then opens their pages over and over (a fifth of a second between pages); Keycloak is stopped, and while it is down a new sign-in is tried
 * every quarter second; then it is started again and sign-in is tried until it works. Signed-in users must keep
 * working throughout (every page answered, none sent to sign in again); every sign-in tried from two seconds after the
 * stop must get the "Sign-in service unavailable" page (503, no stack trace), each within two seconds; and sign-in must
 * work again by itself once Keycloak is back. It prints what it counted and writes
 * {@code target/faults/keycloak-stop.json}; {@code ./faults.sh keycloak} runs it on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakStopFaultIT {

    private static final double GOAL_S = 2.0;
    private static final double DOWN_S = 6.0;
    private static final double RECOVERY_LIMIT_S = 60.0;
    private static final long THINK_MS = 200;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    /** A page opened by a signed-in user: when, how long it took, and whether it was the page asked for. */
    private record PageAnswer(double at, boolean ok, String what) {}

    /** A sign-in tried while Keycloak was down: when (seconds after the stop), how long, and what the person saw. */
    private record SignInAttempt(double at, double seconds, boolean told, String what) {}

    @Test
    void signedInUsersKeepWorkingNewSignInsAreToldAndSignInRecoversByItself() throws Exception {
        List<KeycloakLogin> sessions = new ArrayList<>();
        for (DemoUser user : DemoUsers.ALL) {
            KeycloakLogin browser = new KeycloakLogin();
            HttpResponse<String> landing = browser.logIn(user.username(), "demo");
            assertThat(landing.uri().getPath())
                    .as(user.username() + " signed in")
                    .isEqualTo(user.landingPage());
            sessions.add(browser);
        }

        long origin = System.nanoTime();
        AtomicBoolean loading = new AtomicBoolean(true);
        Queue<PageAnswer> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger brokenTransfers = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(sessions.size());
        List<Future<?>> users = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            KeycloakLogin browser = sessions.get(i);
            List<String> pages = DemoUsers.ALL.get(i).pages();
            users.add(load.submit(() -> {
                for (int n = 0; loading.get(); n++) {
                    answers.add(open(browser, pages.get(n % pages.size()), origin, brokenTransfers));
                    Thread.sleep(THINK_MS);
                }
                return null;
            }));
        }

        Thread.sleep(2_000);
        keycloak("stop");
        double stoppedAt = seconds(origin);
        List<SignInAttempt> attempts = new ArrayList<>();
        while (seconds(origin) - stoppedAt < DOWN_S) {
            attempts.add(tryToSignIn(origin, stoppedAt));
            Thread.sleep(250);
        }
        keycloak("start");
        double startedAt = seconds(origin);
        double recoveredAfter = -1;
        while (seconds(origin) - startedAt < RECOVERY_LIMIT_S) {
            if (signsIn()) {
                recoveredAfter = seconds(origin) - startedAt;
                break;
            }
            Thread.sleep(250);
        }
        Thread.sleep(1_000);
        loading.set(false);
        for (Future<?> user : users) {
            user.get(1, TimeUnit.MINUTES);
        }
        load.shutdown();

        List<PageAnswer> whileDown = answers.stream()
                .filter(a -> a.at() >= stoppedAt && a.at() <= startedAt)
                .toList();
        List<PageAnswer> failedPages = answers.stream().filter(a -> !a.ok()).toList();
        List<SignInAttempt> afterGoal =
                attempts.stream().filter(a -> a.at() >= GOAL_S).toList();
        double errorWindow = attempts.stream()
                .filter(a -> !a.told() || a.seconds() > GOAL_S)
                .mapToDouble(a -> a.at() + a.seconds())
                .max()
                .orElse(0);
        JsonObject figures = Json.createObjectBuilder()
                .add("signed_in_sessions", sessions.size())
                .add("pages_opened", answers.size())
                .add("pages_opened_while_down", whileDown.size())
                .add("pages_failed", failedPages.size())
                .add("transfers_broken_and_retried", brokenTransfers.get())
                .add("sign_ins_tried_while_down", attempts.size())
                .add(
                        "sign_ins_told",
                        attempts.stream().filter(SignInAttempt::told).count())
                .add(
                        "slowest_told_s",
                        attempts.stream()
                                .filter(SignInAttempt::told)
                                .mapToDouble(SignInAttempt::seconds)
                                .max()
                                .orElse(0))
                .add("error_window_s", errorWindow)
                .add("recovered_after_s", recoveredAfter)
                .build();
        figures.forEach((name, value) -> System.out.printf(Locale.ROOT, "keycloak-stop %-26s %s%n", name, value));
        Path out = Path.of("target", "faults");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keycloak-stop.json"), figures + "\n");

        String phases = String.format(
                Locale.ROOT,
                "Keycloak stopped at %.2f s, started again at %.2f s, sign-in worked again at %.2f s",
                stoppedAt,
                startedAt,
                startedAt + recoveredAfter);
        assertThat(failedPages)
                .as("pages signed-in users could not open (" + phases + ")")
                .isEmpty();
        assertThat(whileDown).as("pages opened while Keycloak was down").isNotEmpty();
        assertThat(brokenTransfers.get())
                .as("transfers broken off mid-response (at most one in a hundred pages)")
                .isLessThanOrEqualTo(answers.size() / 100);
        assertThat(afterGoal).as("sign-ins tried from 2 s after the stop").isNotEmpty();
        assertThat(afterGoal)
                .as("sign-ins from 2 s after the stop told within 2 s")
                .allSatisfy(a -> {
                    assertThat(a.told()).as(a.what()).isTrue();
                    assertThat(a.seconds()).as(a.what()).isLessThanOrEqualTo(GOAL_S);
                });
        assertThat(recoveredAfter)
                .as("seconds to sign in again after Keycloak was back")
                .isNotNegative();
    }

    /**
     * Opens a page as the signed-in user. A transfer that broke off mid-response (the connection closed while the page
     * was arriving: seen once in five runs, on this machine, while Keycloak was starting, and not explained yet) is
     * counted and tried once more, as a person would reload; anything else is the answer.
     */
    private static PageAnswer open(KeycloakLogin browser, String path, long origin, AtomicInteger brokenTransfers) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> page = browser.get(path);
                boolean ok = page.statusCode() == 200
                        && page.uri().getPath().equals(path)
                        && !KeycloakLogin.isKeycloakLoginForm(page);
                return new PageAnswer(seconds(origin), ok, path + " gave " + page.statusCode() + " at " + page.uri());
            } catch (IOException e) {
                if (attempt == 2) {
                    return new PageAnswer(seconds(origin), false, path + ": " + e);
                }
                brokenTransfers.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new PageAnswer(seconds(origin), false, path + ": interrupted");
            }
        }
    }

    private static SignInAttempt tryToSignIn(long origin, double stoppedAt) {
        double at = seconds(origin) - stoppedAt;
        long asked = System.nanoTime();
        try {
            HttpResponse<String> page = new KeycloakLogin().get("/login");
            boolean told = page.statusCode() == 503
                    && page.body().contains("Sign-in service unavailable")
                    && !page.body().contains("Caused by")
                    && !page.body().matches("(?s).*at [\\w.$]+\\(\\w+\\.java:\\d+\\).*");
            return new SignInAttempt(
                    at, seconds(asked), told, "at " + at + " s: " + page.statusCode() + " " + page.uri());
        } catch (IOException | InterruptedException e) {
            return new SignInAttempt(at, seconds(asked), false, "at " + at + " s: " + e);
        }
    }

    private static boolean signsIn() {
        try {
            return new KeycloakLogin().logIn("trainee1", "demo").uri().getPath().equals("/trainee/home.xhtml");
        } catch (IOException | InterruptedException | IllegalStateException notYet) {
            return false;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void keycloak(String command) throws Exception {
        List<String> line = new ArrayList<>(
                List.of("bash", System.getProperty("keycloak.script"), command, System.getProperty("keycloak.home")));
        if (command.equals("start")) {
            line.add(System.getProperty("keycloak.port"));
        }
        Process process = new ProcessBuilder(line).inheritIO().start();
        assertThat(process.waitFor()).as("keycloak.sh " + command).isZero();
    }
}
