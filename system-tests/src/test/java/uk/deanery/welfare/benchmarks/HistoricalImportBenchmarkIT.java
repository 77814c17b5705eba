package uk.deanery.welfare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.ApiToken;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * The historical import benchmark (issue 14): a file of past survey answers, {@code benchmark.rows} rows of the study
 * questionnaire (5,000 by default, so that every test run keeps it working; {@code ./benchmark.sh import} runs
 * 200,000), sent through the JSON API as an admin's client would, into the server's default heap. It prints and writes
 * {@code target/benchmarks/historical-import.json}: rows, seconds, rows per second, the server's peak heap during the
 * import and its heap after a full collection, against the goal of 100,000 rows in under 30 seconds. Nothing here is
 * timed against a limit: the figures are reported, met or not; the test fails only if a row is lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoricalImportBenchmarkIT {

    private static final URI BASE = URI.create(System.getProperty("welfare.baseUrl", "http://localhost:20080/"));
    private static final int ROWS = Integer.getInteger("benchmark.rows", 5_000);
    private static final double GOAL_ROWS_PER_SECOND = 100_000 / 30.0;
    private static final long SEED = 14;

    // HTTP/1.1, as curl and most pipelines send it: over HTTP/2 the server closes a connection whose only stream waits
    // more than 30 seconds for its answer.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(TestBenchmarkServlet.class);
    }

    @Test
    void importsTheFileAndReportsRowsPerSecondAndPeakHeap() throws Exception {
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        String programme = json(get("test-benchmark/programme")).getString("programme");
        Path file = out.resolve("historical-import.csv");
        write(file, programme, ROWS);
        String token = ApiToken.clientCredentials(http);

        get("test-benchmark/heap?reset=true");
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(
                HttpRequest.newBuilder(BASE.resolve(
                                "/api/v1/survey-imports?instrument=IMG-INDUCTION&version=1&createCohorts=true"))
                        .timeout(Duration.ofMinutes(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonObject heap = json(get("test-benchmark/heap"));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported.body()).getInt("created")).isEqualTo(ROWS);
        assertThat(json(get("test-benchmark/responses?programme="
                                + URLEncoder.encode(programme, StandardCharsets.UTF_8)))
                        .getInt("responses"))
                .as("every row stored")
                .isEqualTo(ROWS);

        double rowsPerSecond = ROWS / seconds;
        String database = System.getProperty("welfare.dbUrl", "").startsWith("jdbc:postgresql") ? "postgresql" : "h2";
        String result = String.format(
                Locale.ROOT,
                "{\"rows\": %d, \"file_mb\": %.1f, \"seconds\": %.2f, \"rows_per_s\": %.0f, \"peak_heap_mb\": %d,"
                        + " \"heap_after_gc_mb\": %d, \"max_heap_mb\": %d, \"database\": \"%s\","
                        + " \"goal\": \"100000 rows in under 30 s (%.0f rows/s)\", \"goal_met\": %b}%n",
                ROWS,
                Files.size(file) / 1024.0 / 1024.0,
                seconds,
                rowsPerSecond,
                heap.getInt("peak_heap_mb"),
                heap.getInt("heap_after_gc_mb"),
                heap.getInt("max_heap_mb"),
                database,
                GOAL_ROWS_PER_SECOND,
                rowsPerSecond >= GOAL_ROWS_PER_SECOND);
        Files.writeString(out.resolve("historical-import.json"), result);
        System.out.printf(Locale.ROOT, "historical-import rows %d%n", ROWS);
        System.out.printf(Locale.ROOT, "historical-import seconds %.2f%n", seconds);
        System.out.printf(
                Locale.ROOT, "historical-import rows_per_s %.0f (goal %.0f)%n", rowsPerSecond, GOAL_ROWS_PER_SECOND);
        System.out.printf(
                Locale.ROOT,
                "historical-import peak_heap_mb %d of %d%n",
                heap.getInt("peak_heap_mb"),
                heap.getInt("max_heap_mb"));
        Files.delete(file);
    }

    /**
     * Pseudonymous respondents of one 2021 cohort in one annual round, answering as the study's respondents did (their
     * rows in turn, from a fixed seed): about 110 bytes a row.
     */
    private static void write(Path file, String programme, int rows) throws IOException {
        List<String> study;
        try (var in = HistoricalImportBenchmarkIT.class.getResourceAsStream("/demo/study-rounds.csv")) {
            study = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        Random random = new Random(SEED);
        LocalDate round = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(700));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(study.get(0));
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                String[] fields =
                        study.get(1 + random.nextInt(study.size() - 1)).split(",", -1);
                fields[0] = "";
                fields[1] = "B" + SEED + "-" + i;
                fields[2] = programme;
                fields[3] = "2021";
                fields[4] = "annual";
                fields[5] = round.toString();
                fields[6] = "";
                w.write(String.join(",", fields));
                w.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(BASE.resolve("/" + path))
                        .timeout(Duration.ofMinutes(2))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
