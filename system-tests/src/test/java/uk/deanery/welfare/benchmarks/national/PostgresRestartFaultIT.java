package uk.deanery.welfare.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.benchmarks.TestBenchmarkServlet;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * PostgreSQL restarted in the middle of the pages load (issue 12's fault tests). {@value #USERS} trainees with
 * Keycloak accounts of their own sign in and then open, save and submit surveys without pauses for {@value #SECONDS}
 * seconds (Gatling's {@code SurveyPagesSimulation}); once submissions are arriving, the database server is restarted
 * ({@code pg_ctlcluster ... restart -m fast}, which ends every connection). Every submission the product acknowledged
 * must be in the database afterwards (each one looked up by trainee and wave), requests may fail for less than 10
 * seconds, and the pool must reconnect by itself: submissions are acknowledged again after the restart. It prints what
 * it counted and writes {@code target/faults/postgresql-restart.json}; {@code ./faults.sh postgresql} runs it. Needs
 * the right to restart the local PostgreSQL cluster (root, or the postgres user).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresRestartFaultIT {

    private static final int USERS = 20;
    private static final int SECONDS = 40;
    private static final double GOAL_ERROR_WINDOW_S = 10;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(TestBenchmarkServlet.class);
    }

    @Test
    void everyAcknowledgedSubmissionSurvivesARestartOfTheDatabase() throws Exception {
        Path out = Path.of("target", "faults");
        Files.createDirectories(out);
        Path acknowledgedFile =
                out.resolve("postgresql-restart-acknowledged.csv").toAbsolutePath();
        try (SurveyLoad survey = SurveyLoad.of(USERS, out.resolve("postgresql-restart-users.csv"))) {
            List<String> waves = survey.openWaves(2 * SECONDS);
            String programme = survey.programme();

            Files.deleteIfExists(acknowledgedFile);
            GatlingRun load = GatlingRun.start(
                    "SurveyPagesSimulation",
                    "postgresql restart",
                    survey.users(),
                    waves,
                    true,
                    SECONDS,
                    List.of("-Dload.acknowledgedFile=" + acknowledgedFile));
            long deadline = System.currentTimeMillis() + 120_000;
            while (stored(survey, programme) < USERS && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            assertThat(stored(survey, programme))
                    .as("submissions stored before the restart")
                    .isPositive();
            Thread.sleep(3_000);
            long restartBegan = System.currentTimeMillis();
            restartPostgres();
            long restartEnded = System.currentTimeMillis();
            GatlingRun.Run run = load.finish();

            List<String[]> acknowledged = Files.readAllLines(acknowledgedFile).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .toList();
            Set<String> storedPairs = new HashSet<>(survey
                    .get("/test-benchmark/submitted?programme=" + programme)
                    .getJsonArray("submitted")
                    .getValuesAs(JsonString::getString)
                    .stream()
                    .map(pair -> pair.toLowerCase(Locale.ROOT))
                    .toList());
            List<String> lost = acknowledged.stream()
                    .map(a -> (a[0] + "@test.deanery.example," + a[1]).toLowerCase(Locale.ROOT))
                    .filter(pair -> !storedPairs.contains(pair))
                    .toList();
            long acknowledgedAfterRestart = acknowledged.stream()
                    .filter(a -> Long.parseLong(a[2]) > restartEnded)
                    .count();
            JsonObject phase = run.phase();
            long firstFailure = phase.getJsonNumber("first_failure_ms").longValue();
            long lastFailure = phase.getJsonNumber("last_failure_ms").longValue();
            double errorWindow = firstFailure == 0 ? 0 : (lastFailure - firstFailure) / 1000.0;

            JsonObject figures = Json.createObjectBuilder()
                    .add("users", USERS)
                    .add("seconds", SECONDS)
                    .add("restart_s", (restartEnded - restartBegan) / 1000.0)
                    .add("requests", run.requests())
                    .add("failed_requests", run.errors())
                    .add("failed_iterations", phase.getInt("failed_iterations"))
                    .add("error_window_s", errorWindow)
                    .add("acknowledged", acknowledged.size())
                    .add("acknowledged_after_restart", acknowledgedAfterRestart)
                    .add("stored", storedPairs.size())
                    .add("stored_not_acknowledged", storedPairs.size() - (acknowledged.size() - lost.size()))
                    .add("lost", lost.size())
                    .build();
            figures.forEach(
                    (name, value) -> System.out.printf(Locale.ROOT, "postgresql-restart %-26s %s%n", name, value));
            Files.writeString(out.resolve("postgresql-restart.json"), figures + "\n");

            assertThat(run.signedIn()).as("users signed in").isEqualTo(USERS);
            assertThat(lost).as("acknowledged submissions not in the database").isEmpty();
            assertThat(errorWindow)
                    .as("seconds between the first and the last failed request")
                    .isLessThan(GOAL_ERROR_WINDOW_S);
            assertThat(acknowledgedAfterRestart)
                    .as("submissions acknowledged after the restart (the pool reconnected by itself)")
                    .isPositive();
        }
    }

    /**
     * Restarts the local PostgreSQL cluster the tests use, ending every connection at once ({@code -m fast}), and
     * waits until it accepts connections again.
     */
    private static void restartPostgres() throws IOException, InterruptedException {
        String[] versions = new File("/etc/postgresql").list();
        assertThat(versions)
                .as("a Debian PostgreSQL cluster under /etc/postgresql (pg_ctlcluster restarts it)")
                .isNotNull()
                .hasSize(1);
        Process restart = new ProcessBuilder(
                        "pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main", "restart", "-m", "fast")
                .inheritIO()
                .start();
        assertThat(restart.waitFor()).as("pg_ctlcluster restart").isZero();
    }

    private static long stored(SurveyLoad survey, String programme) throws IOException, InterruptedException {
        return survey.get("/test-benchmark/responses?programme=" + programme)
                .getJsonNumber("responses")
                .longValue();
    }
}
