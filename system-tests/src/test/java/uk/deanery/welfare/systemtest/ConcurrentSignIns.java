package uk.deanery.welfare.systemtest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.deanery.welfare.systemtest.DemoUsers.DemoUser;

/**
 * Many people signing in at the same moment, each through Keycloak's real login form, each then opening every page
 * their role may open and loading each page's style sheets and scripts at once, those it has not loaded before, as a
 * browser does. Used by {@code SignInUnderLoadIT}, and runnable against the product started by {@code ./run.sh} with
 * {@code system-tests/sign-in-load.sh}, which needs only a JDK.
 */
public final class ConcurrentSignIns {

    private final List<DemoUser> users;
    private final int sessionsPerUser;

    public ConcurrentSignIns(List<DemoUser> users, int sessionsPerUser) {
        this.users = List.copyOf(users);
        this.sessionsPerUser = sessionsPerUser;
    }

    /** What became of the sign-ins: how many ran, and a line for each one that did not reach every page. */
    public record Outcome(int signIns, List<String> failures) {}

    /** Runs the rounds one after another; within a round every session starts at the same moment. */
    public Outcome run(int rounds) throws InterruptedException, ExecutionException, TimeoutException {
        int perRound = users.size() * sessionsPerUser;
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        int signIns = 0;
        ExecutorService pool = Executors.newFixedThreadPool(perRound);
        try {
            for (int round = 1; round <= rounds; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> sessions = new ArrayList<>();
                for (DemoUser user : users) {
                    for (int session = 1; session <= sessionsPerUser; session++) {
                        String label = "round " + round + ", " + user.username() + " session " + session;
                        sessions.add(pool.submit(() -> {
                            start.await();
                            signInAndOpenEveryPage(user, label, failures);
                            return null;
                        }));
                    }
                }
                start.countDown();
                for (Future<?> session : sessions) {
                    session.get(3, TimeUnit.MINUTES);
                    signIns++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(signIns, List.copyOf(failures));
    }

    private static void signInAndOpenEveryPage(DemoUser user, String label, Queue<String> failures) {
        try {
            KeycloakLogin browser = new KeycloakLogin();
            HttpResponse<String> landing = browser.logIn(user.username(), "demo");
            if (landing.statusCode() != 200 || !landing.uri().getPath().equals(user.landingPage())) {
                failures.add(label + ": landed on " + landing.uri().getPath() + " (" + landing.statusCode() + ")"
                        + (KeycloakLogin.isKeycloakLoginForm(landing) ? ", still on Keycloak's login form" : ""));
                return;
            }
            for (String page : user.pages()) {
                KeycloakLogin.PageVisit visit = browser.visit(page);
                HttpResponse<String> opened = visit.page();
                if (opened.statusCode() != 200 || !opened.uri().getPath().equals(page)) {
                    failures.add(label + ": " + page + " gave " + opened.statusCode() + " at "
                            + opened.uri().getPath());
                } else if (visit.resources() == 0 || !visit.failedResources().isEmpty()) {
                    failures.add(label + ": " + page + " loaded " + visit.resources() + " resources, failed "
                            + visit.failedResources());
                }
            }
        } catch (Exception e) {
            failures.add(label + ": " + e);
        }
    }

    /**
     * {@code java ... ConcurrentSignIns [sessions-per-user] [rounds]} against {@code -Dwelfare.baseUrl} (default
     * the test domain; {@code sign-in-load.sh} passes {@code http://localhost:8080/}). Exits 1 if any sign-in failed.
     */
    public static void main(String[] args) throws Exception {
        int sessionsPerUser = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ConcurrentSignIns load = new ConcurrentSignIns(DemoUsers.ALL, sessionsPerUser);
        System.out.printf(
                "Signing in %d demo users x %d sessions at once, %d round(s), at %s%n",
                DemoUsers.ALL.size(), sessionsPerUser, rounds, KeycloakLogin.BASE);
        Outcome outcome = load.run(rounds);
        outcome.failures().forEach(failure -> System.out.println("FAILED " + failure));
        System.out.printf(
                "%d sign-ins, %d reached every page of their role, %d failed%n",
                outcome.signIns(),
                outcome.signIns() - outcome.failures().size(),
                outcome.failures().size());
        System.exit(outcome.failures().isEmpty() ? 0 : 1);
    }
}
