package uk.deanery.welfare.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import uk.deanery.welfare.systemtest.KeycloakAdmin;
import uk.deanery.welfare.systemtest.KeycloakAdmin.Account;
import uk.deanery.welfare.systemtest.TestData;

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

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.builtEarWith(TestBenchmarkServlet.class);
        ear.getAsType(WebArchive.class, "welfare-web.war").addAsWebResource(new StringAsset(FLOOR), FLOOR_PAGE);
        return ear;
    }

    /** One Gatling run's figures. */
    record Run(
            int requests,
            int errors,
            double p95Ms,
            double seconds,
            int signedIn,
            int iterations,
            int ranOut,
            Map<String, Integer> okByRequest) {

        double throughput() {
            return requests / seconds;
        }
    }

    @Test
    void surveyPagesAgainstATrivialFacesPage() throws Exception {
        assertThat(RUNS).as("pages.runs: timed runs after the warm-up").isPositive();
        Files.createDirectories(OUT);
        KeycloakAdmin keycloak = new KeycloakAdmin();
        List<Account> accounts = new ArrayList<>();
        Path users = OUT.resolve("pages-users.csv");
        try {
            for (int i = 0; i < USERS; i++) {
                accounts.add(keycloak.createAccount("trainee"));
            }
            Files.writeString(
                    users,
                    accounts.stream()
                            .map(a -> a.username() + "," + a.password())
                            .collect(Collectors.joining("\n", "username,password\n", "\n")));
            String emails = accounts.stream()
                    .map(a -> a.username() + "@test.deanery.example")
                    .collect(Collectors.joining("\n"));
            int waves = 2 * SECONDS;
            JsonObject setUp = post("/test-benchmark/survey-load?waves=" + waves, emails);
            String programme = setUp.getString("programme");
            List<String> waveIds = ids(setUp);

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
                    waveIds = ids(post("/test-benchmark/survey-load?waves=" + waves + "&programme=" + programme, ""));
                }
                Run floor = gatling("TrivialPageSimulation", label, users, List.of(), true);
                if (last) {
                    get("/test-benchmark/heap?reset=true");
                }
                Run product = gatling("SurveyPagesSimulation", label, users, waveIds, !last);
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
                for (Run each : List.of(floor, product)) {
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
            JsonObject heap = get("/test-benchmark/heap");
            long stored = get("/test-benchmark/responses?programme=" + programme)
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
        } finally {
            Files.deleteIfExists(users);
            for (Account account : accounts) {
                keycloak.delete(account);
            }
        }
    }

    private static List<String> ids(JsonObject waves) {
        return waves.getJsonArray("waves").getValuesAs(JsonNumber.class).stream()
                .map(id -> String.valueOf(id.longValue()))
                .toList();
    }

    /** The answers every simulated trainee gives: the study questionnaire's, in the simulation's notation. */
    private static String answers() {
        Map<String, List<String>> answers = new TreeMap<>(TestData.studyAnswers());
        answers.put("SUPPORT_WANTED", List.of("PEER_INDUCTION", "PSW"));
        answers.put("BURNOUT_WORN_OUT", List.of("3"));
        return answers.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(Collectors.joining(";"));
    }

    private static final Pattern ROW =
            Pattern.compile("^> (.+?)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*$", Pattern.MULTILINE);

    /** Runs one simulation in a JVM of its own and reads its figures from Gatling's summary and the phase file. */
    private Run gatling(String simulation, String label, Path users, List<String> waves, boolean logOut)
            throws IOException, InterruptedException {
        String name = simulation.replace("Simulation", "").toLowerCase(Locale.ROOT) + "-" + label.replace(' ', '-');
        Path phase = OUT.resolve("gatling-" + name + ".json").toAbsolutePath();
        Path log = OUT.resolve("gatling-" + name + ".log").toAbsolutePath();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Xmx512m",
                "-cp",
                gatlingClasspath(),
                "-Dgatling.enableAnalytics=false",
                "-Dload.baseUrl=" + BASE.toString().replaceAll("/$", ""),
                "-Dload.users=" + users.toAbsolutePath(),
                "-Dload.seconds=" + SECONDS,
                "-Dload.phaseFile=" + phase,
                "-Dload.logOut=" + logOut,
                "-Dload.trivialPage=/" + FLOOR_PAGE,
                "-Dload.waves=" + String.join(",", waves),
                "-Dload.answers=" + answers(),
                "io.gatling.app.Gatling",
                "-s",
                "uk.deanery.welfare.load." + simulation,
                "-rf",
                OUT.resolve("gatling").toAbsolutePath().toString(),
                "-rd",
                "pages benchmark, " + label);
        Process gatling = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!gatling.waitFor(SECONDS + 600L, TimeUnit.SECONDS)) {
            gatling.destroyForcibly();
            throw new AssertionError(simulation + " did not finish; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(gatling.exitValue()).as(simulation + " (" + log + ")").isZero();
        int global = output.lastIndexOf("---- Global Information");
        assertThat(global).as("Gatling's summary in " + log).isPositive();
        Map<String, String[]> summary = new TreeMap<>();
        Matcher row = ROW.matcher(output.substring(global));
        while (row.find()) {
            summary.put(row.group(1), new String[] {row.group(2), row.group(3), row.group(4)});
        }
        // The last progress table before the summary: OK count per request name.
        Map<String, Integer> okByRequest = new TreeMap<>();
        int requestsTable = output.lastIndexOf("---- Requests", global);
        Matcher request = ROW.matcher(output.substring(requestsTable, global));
        while (request.find()) {
            okByRequest.put(request.group(1), count(request.group(3)));
        }
        JsonObject phaseFigures =
                Json.createReader(new StringReader(Files.readString(phase))).readObject();
        double seconds = (phaseFigures.getJsonNumber("end_ms").longValue()
                        - phaseFigures.getJsonNumber("start_ms").longValue())
                / 1000.0;
        return new Run(
                count(summary.get("request count")[1]),
                count(summary.get("request count")[2]),
                Double.parseDouble(summary.get("response time 95th percentile (ms)")[1].replace(",", "")),
                seconds,
                phaseFigures.getInt("signed_in"),
                phaseFigures.getInt("iterations"),
                phaseFigures.getInt("ran_out"),
                okByRequest);
    }

    /** A count in Gatling's tables: "4,290", or "-" for none. */
    private static int count(String cell) {
        return cell.equals("-") ? 0 : Integer.parseInt(cell.replace(",", ""));
    }

    /** The simulations' jar (or classes) and the libraries it names in {@code gatling.classpath}. */
    private static String gatlingClasspath() throws IOException {
        URL listing = PagesBenchmarkIT.class.getClassLoader().getResource("gatling.classpath");
        assertThat(listing).as("load-tests on the test classpath").isNotNull();
        String simulations;
        try {
            simulations = listing.getProtocol().equals("jar")
                    ? Path.of(new URI(listing.getPath()
                                    .substring(0, listing.getPath().indexOf("!/"))))
                            .toString()
                    : Path.of(listing.toURI()).getParent().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (var in = listing.openStream()) {
            return simulations
                    + java.io.File.pathSeparator
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private JsonObject get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(BASE.resolve(path)).GET());
    }

    private JsonObject post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(BASE.resolve(path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonObject send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
