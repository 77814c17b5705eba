package uk.deanery.welfare.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.benchmarks.TestBenchmarkServlet;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * The {@code pages} and {@code memory} benchmarks (issue 12). {@value #USERS} trainees, each with a Keycloak account
 * of their own, sign in through Keycloak's real login form and then, all at once and without pauses, open a survey,
 * save a draft and submit it, wave after wave, for {@code pages.seconds} seconds: Gatling's {@code
 * SurveyPagesSimulation} (module load-tests), run in a JVM of its own. The floor is the same users on the same server
 * opening a trivial Faces page, deployed only here ({@code TrivialPageSimulation}), run just before, so both see the
 * same machine. One warm-up pair, then {@code pages.runs} timed pairs; the figures are medians over the timed pairs,
 * the ratio taken within each pair.
 *
 * <p>Writes {@code target/benchmarks/pages.json} ({@code throughput_rps}, {@code floor_throughput_rps}, {@code ratio},
 * {@code p95_ms}, {@code errors}) and {@code memory.json} ({@code heap_after_gc_mb}: the server's heap after a full
 * collection at the end of the last run, its 100 users still signed in). Nothing is timed against a limit: the
 * figures are reported, met or not. The test fails when a request failed, a user could not sign in or ran out of
 * waves, or a submission the server acknowledged is not in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesBenchmarkIT {

    static final URI BASE = URI.create(System.getProperty("welfare.baseUrl", "http://localhost:20080/"));
    static final int USERS = 100;
    static final int RUNS = Integer.getInteger("pages.runs", 1);
    static final int SECONDS = Integer.getInteger("pages.seconds", 10);
    static final String FLOOR_PAGE = "trainee/benchmark-floor.xhtml";
    private static final double GOAL_RATIO = 0.5;
    private static final double GOAL_P95_MS = 250;
    private static final double GOAL_HEAP_MB = 512;
    private static final Path OUT = Path.of("target", "benchmarks");

    /** A Faces page doing as little as a page can: one line, through the template-free Faces pipeline. */
    private static final String FLOOR =
            """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" lang="en">
            <h:head><title>Benchmark floor</title></h:head>
            <h:body><p><h:outputText value="benchmark floor for #{request.remoteUser}"/></p></h:body>
            </html>
            """;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.builtEarWith(TestBenchmarkServlet.class);
        ear.getAsType(WebArchive.class, "welfare-web.war").addAsWebResource(new StringAsset(FLOOR), FLOOR_PAGE);
        return ear;
    }

    @Test
    void surveyPagesAgainstATrivialFacesPage() throws Exception {
        assertThat(RUNS).as("pages.runs: timed runs after the warm-up").isPositive();
        Files.createDirectories(OUT);
        try (SurveyLoad load = SurveyLoad.of(USERS, OUT.resolve("pages-users.csv"))) {
            Path users = load.users();
            int waves = 2 * SECONDS;
            List<String> waveIds = load.openWaves(waves);
            String programme = load.programme();

            List<Double> throughputs = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> p95s = new ArrayList<>();
            int errors = 0;
            int submitted = 0;
            for (int run = 0; run <= RUNS; run++) {
                boolean last = run == RUNS;
                String label = run == 0 ? "warm-up" : "run " + run;
                if (run > 0) {
                    waveIds = load.openWaves(waves);
                }
                GatlingRun.Run floor = GatlingRun.start(
                                "TrivialPageSimulation", label, users, List.of(), true, SECONDS, List.of())
                        .finish();
                if (last) {
                    load.get("/test-benchmark/heap?reset=true");
                }
                GatlingRun.Run product = GatlingRun.start(
                                "SurveyPagesSimulation", label, users, waveIds, !last, SECONDS, List.of())
                        .finish();
                System.out.printf(
                        Locale.ROOT,
                        "pages %s: %.1f requests/s (p95 %.0f ms, %d errors), trivial page %.1f requests/s (p95 %.0f"
                                + " ms, %d errors), ratio %.2f; %d surveys submitted%n",
                        label,
                        product.throughput(),
                        product.p95Ms(),
                        product.errors(),
                        floor.throughput(),
                        floor.p95Ms(),
                        floor.errors(),
                        product.throughput() / floor.throughput(),
                        product.okByRequest().getOrDefault("submit", 0));
                for (GatlingRun.Run each : List.of(floor, product)) {
                    assertThat(each.signedIn()).as(label + ": users signed in").isEqualTo(USERS);
                    assertThat(each.errors()).as(label + ": failed requests").isZero();
                }
                assertThat(product.ranOut())
                        .as(label + ": users who answered every wave before the end (open more waves per run)")
                        .isZero();
                submitted += product.okByRequest().getOrDefault("submit", 0);
                // Enough waves for the busiest user next time, with room to spare.
                waves = Math.max(waves, 3 * (product.iterations() / USERS + 1) + 5);
                if (run > 0) {
                    throughputs.add(product.throughput());
                    floors.add(floor.throughput());
                    ratios.add(product.throughput() / floor.throughput());
                    p95s.add(product.p95Ms());
                    errors += product.errors() + floor.errors();
                }
            }
            JsonObject heap = load.get("/test-benchmark/heap");
            long stored = load.get("/test-benchmark/responses?programme=" + programme)
                    .getJsonNumber("responses")
                    .longValue();
            assertThat(stored)
                    .as("every submission the server acknowledged is stored, and nothing else")
                    .isEqualTo(submitted);

            double throughput = Medians.of(throughputs);
            double floorThroughput = Medians.of(floors);
            double ratio = Medians.of(ratios);
            double p95 = Medians.of(p95s);
            long heapMb = heap.getJsonNumber("heap_after_gc_mb").longValue();
            System.out.printf(Locale.ROOT, "pages throughput_rps %.1f%n", throughput);
            System.out.printf(
                    Locale.ROOT, "pages floor_throughput_rps %.1f (the trivial Faces page)%n", floorThroughput);
            System.out.printf(Locale.ROOT, "pages ratio %.2f (goal >= %.1f)%n", ratio, GOAL_RATIO);
            System.out.printf(Locale.ROOT, "pages p95_ms %.0f (goal < %.0f)%n", p95, GOAL_P95_MS);
            System.out.printf(Locale.ROOT, "pages errors %d%n", errors);
            System.out.printf(
                    Locale.ROOT,
                    "memory heap_after_gc_mb %d (goal < %.0f; peak during the last run %d MB, of %d MB)%n",
                    heapMb,
                    GOAL_HEAP_MB,
                    heap.getJsonNumber("peak_heap_mb").longValue(),
                    heap.getJsonNumber("max_heap_mb").longValue());
            Files.writeString(
                    OUT.resolve("pages.json"),
                    String.format(
                            Locale.ROOT,
                            "{\"throughput_rps\": %.1f, \"floor_throughput_rps\": %.1f, \"ratio\": %.3f,"
                                    + " \"p95_ms\": %.0f, \"errors\": %d, \"users\": %d, \"runs\": %d, \"seconds\": %d,"
                                    + " \"submitted\": %d, \"stored\": %d, \"goal\": \"ratio >= 0.5 and p95 < 250 ms\","
                                    + " \"goal_met\": %s}%n",
                            throughput,
                            floorThroughput,
                            ratio,
                            p95,
                            errors,
                            USERS,
                            RUNS,
                            SECONDS,
                            submitted,
                            stored,
                            ratio >= GOAL_RATIO && p95 < GOAL_P95_MS));
            Files.writeString(
                    OUT.resolve("memory.json"),
                    String.format(
                            Locale.ROOT,
                            "{\"heap_after_gc_mb\": %d, \"peak_heap_mb\": %d, \"max_heap_mb\": %d, \"goal\": \"< 512"
                                    + " MB\", \"goal_met\": %s}%n",
                            heapMb,
                            heap.getJsonNumber("peak_heap_mb").longValue(),
                            heap.getJsonNumber("max_heap_mb").longValue(),
                            heapMb < GOAL_HEAP_MB));
        }
    }
}
