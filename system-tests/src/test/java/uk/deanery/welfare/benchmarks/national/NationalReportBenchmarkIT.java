package uk.deanery.welfare.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.ApiToken;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * The {@code report} benchmark (issue 12): the cross-programme comparison, every programme by cohort and wave for
 * every indicator of the built-in questionnaire, with intervals, suppression and outlier flags against the other
 * cohorts of the programme ({@code include=cells}: without the answer-by-answer distribution of its thousands of
 * groups), asked of the running server through the JSON API as an API client would; against its floor, a hand-written
 * PostgreSQL aggregate that gives the same counts over the same rows, run over JDBC in the same minutes. The national dataset ({@link NationalDataset}, {@code national.trainees} per intake: a few thousand in every
 * test run, 70,000 from {@code ./benchmark.sh report}) is generated into the test server's database first.
 *
 * <p>Medians of {@value #TIMED} timed runs after {@value #WARM_UP} warm-up runs, the product and the floor in turn,
 * so both see the same noise. Writes {@code target/benchmarks/report.json}. Nothing is timed against a limit: the
 * figures are reported, met or not. The test fails when a figure of the report differs from the floor's count, or
 * a cell shows a count below the minimum cell size.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NationalReportBenchmarkIT {

    static final URI BASE = URI.create(System.getProperty("welfare.baseUrl", "http://localhost:20080/"));
    static final String DB_URL = System.getProperty("welfare.dbUrl", "");
    static final int TRAINEES = Integer.getInteger("national.trainees", 1_500);
    private static final int WARM_UP = 3;
    private static final int TIMED = 10;
    private static final double GOAL_RATIO = 1.2;
    private static final double GOAL_MEDIAN_S = 0.5;
    private static final String QUERY = "/api/v1/reports/prevalence?instrument=" + NationalDataset.INSTRUMENT
            + "&groupBy=programme,cohort,wave&benchmark=programmeCohorts&include=cells";

    /** The cells: per programme, intake year, wave and indicator, how many answered and how many met the rule. */
    static final String FLOOR_CELLS = "SELECT p.code, c.intake_year, w.reference, i.item_code, i.category_code,"
            + " COUNT(*), SUM(i.met)"
            + " FROM response r JOIN wave w ON w.id = r.wave_id JOIN instrument ins ON ins.id = w.instrument_id"
            + " JOIN response_indicator i ON i.response_id = r.id"
            + " LEFT JOIN cohort c ON c.id = r.cohort_id LEFT JOIN programme p ON p.id = c.programme_id"
            + " WHERE ins.code = 'IMG-INDUCTION'"
            + " GROUP BY p.code, c.intake_year, w.reference, i.item_code, i.category_code";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void crossProgrammeComparisonAgainstItsFloor() throws Exception {
        assertThat(DB_URL).as("the national benchmarks run on PostgreSQL").startsWith("jdbc:postgresql:");
        try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "postgres")) {
            NationalDataset.Counts counts = new NationalDataset(
                            db, TRAINEES, 12, line -> System.out.println("national-dataset " + line))
                    .generate();
            System.out.println("national-dataset " + counts);

            List<Double> product = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            String body = null;
            Map<List<Object>, long[]> floorCells = null;
            for (int run = 0; run < WARM_UP + TIMED; run++) {
                String token = ApiToken.clientCredentials(http);
                long start = System.nanoTime();
                body = report(token);
                double productSeconds = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                floorCells = floor(db);
                double floorSeconds = (System.nanoTime() - start) / 1e9;
                if (run >= WARM_UP) {
                    product.add(productSeconds);
                    floor.add(floorSeconds);
                }
            }

            JsonObject report = json(body);
            int minCell = report.getInt("minCell");
            int cells = checkCells(report, floorCells, minCell);
            long rows = count(
                    db,
                    "SELECT COUNT(*) FROM response_indicator i JOIN response r ON r.id = i.response_id"
                            + " JOIN wave w ON w.id = r.wave_id JOIN instrument ins ON ins.id = w.instrument_id"
                            + " WHERE ins.code = 'IMG-INDUCTION'");
            long responses = count(
                    db,
                    "SELECT COUNT(*) FROM response r JOIN wave w ON w.id = r.wave_id"
                            + " JOIN instrument ins ON ins.id = w.instrument_id"
                            + " WHERE ins.code = 'IMG-INDUCTION' AND r.status = 'SUBMITTED'");

            double median = Medians.of(product);
            double floorMedian = Medians.of(floor);
            double ratio = median / floorMedian;
            String result = String.format(
                    Locale.ROOT,
                    "{\"median_s\": %.3f, \"floor_median_s\": %.3f, \"ratio\": %.2f, \"rows\": %d, \"responses\": %d,"
                            + " \"cells\": %d, \"trainees_per_intake\": %d, \"runs\": %d,"
                            + " \"goal\": \"ratio <= %.1f and median <= %.1f s on the full dataset\","
                            + " \"goal_met\": %b}%n",
                    median,
                    floorMedian,
                    ratio,
                    rows,
                    responses,
                    cells,
                    TRAINEES,
                    TIMED,
                    GOAL_RATIO,
                    GOAL_MEDIAN_S,
                    ratio <= GOAL_RATIO && median <= GOAL_MEDIAN_S);
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("report.json"), result);
            System.out.printf(Locale.ROOT, "report rows %d (indicator rows of %d responses)%n", rows, responses);
            System.out.printf(Locale.ROOT, "report cells %d%n", cells);
            System.out.printf(Locale.ROOT, "report median_s %.3f (goal %.1f)%n", median, GOAL_MEDIAN_S);
            System.out.printf(Locale.ROOT, "report floor_median_s %.3f%n", floorMedian);
            System.out.printf(Locale.ROOT, "report ratio %.2f (goal %.1f)%n", ratio, GOAL_RATIO);
        }
    }

    private String report(String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(BASE.resolve(QUERY))
                        .timeout(Duration.ofMinutes(10))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** Runs the floor's aggregate, reading every row as the report's reader would; returns the cells' counts. */
    private static Map<List<Object>, long[]> floor(Connection db) throws SQLException {
        Map<List<Object>, long[]> cells = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(FLOOR_CELLS)) {
            while (rows.next()) {
                List<Object> key = new ArrayList<>();
                for (int c = 1; c <= 5; c++) {
                    key.add(rows.getObject(c));
                }
                cells.put(key, new long[] {rows.getLong(6), rows.getLong(7)});
            }
        }
        return cells;
    }

    /**
     * Every cell of the report against the floor's count for the same group: the same denominator and numerator
     * where shown, no numbers where the denominator is under the minimum; and no floor group missing.
     */
    private static int checkCells(JsonObject report, Map<List<Object>, long[]> floor, int minCell) {
        int cells = 0;
        int shown = 0;
        for (JsonValue value : report.getJsonArray("cells")) {
            JsonObject cell = value.asJsonObject();
            List<Object> key = new ArrayList<>();
            key.add(cell.isNull("programme") ? null : cell.getString("programme"));
            key.add(cell.isNull("cohort") ? null : cell.getInt("cohort"));
            key.add(cell.getString("wave"));
            key.add(cell.getString("item"));
            key.add(cell.getString("category"));
            long[] expected = floor.get(key);
            assertThat(expected).as("the floor's count of %s", key).isNotNull();
            if (expected[0] < minCell) {
                assertThat(cell.getBoolean("suppressed"))
                        .as("%s has %d respondents", key, expected[0])
                        .isTrue();
                assertThat(cell.isNull("denominator") && cell.isNull("numerator"))
                        .as("no numbers in suppressed %s", key)
                        .isTrue();
            } else {
                assertThat(cell.getJsonNumber("denominator").longValue())
                        .as("denominator of %s", key)
                        .isEqualTo(expected[0]);
                assertThat(cell.getJsonNumber("numerator").longValue())
                        .as("numerator of %s", key)
                        .isEqualTo(expected[1]);
                shown++;
            }
            cells++;
        }
        assertThat(cells).as("a cell for every group the floor counts").isEqualTo(floor.size());
        assertThat(shown).as("cells large enough to show").isPositive();
        return cells;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
