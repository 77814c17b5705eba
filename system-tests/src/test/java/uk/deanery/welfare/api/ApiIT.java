package uk.deanery.welfare.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakAdmin;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * The JSON API over HTTP with real Keycloak tokens (client-credentials grant): the demo client {@code welfare-api}
 * with its demo secret, and throwaway clients whose service accounts hold other roles. Runs inside the server so it
 * can set up programmes and read the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final URI API = URI.create(System.getProperty("welfare.baseUrl", "http://localhost:20080/"))
            .resolve("/api/v1/");
    private static final URI TOKEN = URI.create("http://localhost:" + Integer.getInteger("keycloak.port", 20180)
            + "/realms/deanery/protocol/openid-connect/token");
    private static final String DEMO_CLIENT = "welfare-api";
    private static final String DEMO_SECRET = "welfare-api-demo-secret";
    private static final String ROSTER_HEADER = "gmc_number,forenames,surname,email,pmq_country,first_nhs_post,"
            + "programme,intake_year,grade,start_date,end_date,supervisor\n";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ApiIT.class, KeycloakAdmin.class);
    }

    @Inject
    TestData data;

    @Inject
    AuditLog audit;

    @Inject
    TraineeService trainees;

    private String token(String clientId, String secret) throws IOException, InterruptedException {
        String form =
                "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TOKEN)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getString("access_token");
    }

    private HttpResponse<String> get(String path, Optional<String> token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(API.resolve(path)).timeout(Duration.ofSeconds(60));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postCsv(String path, String token, String csv)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(API.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String programme() {
        return Actors.runAsSystem(data::programme);
    }

    @Test
    void withoutAValidTokenEveryEndpointAnswers401() throws Exception {
        assertThat(get("reports/prevalence?instrument=IMG-INDUCTION", Optional.empty())
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("reports/prevalence?instrument=IMG-INDUCTION", Optional.of("not.a.token"))
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> roster = http.send(
                HttpRequest.newBuilder(API.resolve("rosters"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(ROSTER_HEADER))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(roster.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutTheRightRoleAnswers403AndIsAudited() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        KeycloakAdmin.ApiClient trainee = keycloak.createApiClient("trainee");
        KeycloakAdmin.ApiClient analyst = keycloak.createApiClient("analyst");
        try {
            HttpResponse<String> report = get(
                    "reports/prevalence?instrument=IMG-INDUCTION",
                    Optional.of(token(trainee.clientId(), trainee.secret())));
            assertThat(report.statusCode()).isEqualTo(403);
            assertThat(json(report.body()).getJsonArray("problems")).hasSize(1);

            String analystToken = token(analyst.clientId(), analyst.secret());
            assertThat(get("reports/prevalence?instrument=IMG-INDUCTION", Optional.of(analystToken))
                            .statusCode())
                    .as("analysts read reports")
                    .isEqualTo(200);
            assertThat(postCsv("rosters", analystToken, ROSTER_HEADER).statusCode())
                    .as("but import nothing")
                    .isEqualTo(403);

            String traineeAccount = "service-account-" + trainee.clientId();
            List<AuditEntry> calls = Actors.runAsSystem(() -> audit.recent(200));
            assertThat(calls).anySatisfy(entry -> {
                assertThat(entry.getActor()).isEqualTo(traineeAccount);
                assertThat(entry.getAction()).isEqualTo("API_CALL");
                assertThat(entry.getSubjectId()).isEqualTo("GET /reports/prevalence 403");
                assertThat(entry.getOutcome()).isEqualTo(AuditOutcome.DENIED);
            });
        } finally {
            keycloak.delete(trainee);
            keycloak.delete(analyst);
        }
    }

    @Test
    void aRosterIsImportedOnceThenUnchangedAndABadOneIsRefusedWithEveryProblem() throws Exception {
        String token = token(DEMO_CLIENT, DEMO_SECRET);
        String programme = programme();
        String gmc = TestData.uniqueGmcNumber();
        String good = ROSTER_HEADER + gmc + ",Amara,Obi,amara." + gmc + "@test.example,Nigeria,yes," + programme
                + ",2024,IMT1,2024-08-07,,\n";

        HttpResponse<String> first = postCsv("rosters", token, good);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first.body()).getInt("created")).isEqualTo(1);
        JsonObject again = json(postCsv("rosters", token, good).body());
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(1);

        String otherGmc = TestData.uniqueGmcNumber();
        String bad = ROSTER_HEADER
                + otherGmc + ",Bola,Ade,bola." + otherGmc + "@test.example,Ghana,yes," + programme
                + ",2024,IMT1,2024-08-07,,\n"
                + "12,Chi,Eze,not-an-email,Kenya,maybe," + programme + ",2024,IMT1,2024-13-40,,\n";
        HttpResponse<String> refused = postCsv("rosters", token, bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonArray problems = json(refused.body()).getJsonArray("problems");
        assertThat(problems.size()).isGreaterThanOrEqualTo(3);
        assertThat(problems.getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getInt("row")).isEqualTo(3))
                .extracting(p -> p.getString("column"))
                .contains("gmc_number", "email", "start_date");
        assertThat(Actors.runAsSystem(() -> trainees.findByGmcNumber(otherGmc)))
                .as("all or nothing: the good row is not stored either")
                .isEmpty();
    }

    @Test
    void aPastRoundImportedThroughTheApiGivesTheStudysPercentagesInTheReportContract() throws Exception {
        String token = token(DEMO_CLIENT, DEMO_SECRET);
        String programme = programme();
        String csv = resource("/demo/study-rounds.csv").replace(",YH-IMT,", "," + programme + ",");

        HttpResponse<String> imported =
                postCsv("survey-imports?instrument=IMG-INDUCTION&version=1&createCohorts=true", token, csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonObject counts = json(imported.body());
        assertThat(counts.getInt("created")).isEqualTo(52);
        assertThat(counts.getInt("cohortsCreated")).isEqualTo(2);
        assertThat(counts.containsKey("wavesCreated")).isTrue();

        JsonObject report = json(get(
                        "reports/prevalence?instrument=IMG-INDUCTION&programme=" + programme + "&groupBy=wave",
                        Optional.of(token))
                .body());
        assertThat(report.getInt("minCell")).isEqualTo(5);
        JsonObject cellsOnly = json(get(
                        "reports/prevalence?instrument=IMG-INDUCTION&programme=" + programme
                                + "&groupBy=wave&include=cells",
                        Optional.of(token))
                .body());
        assertThat(cellsOnly.getJsonArray("cells"))
                .as("the same cells without the optional parts")
                .isEqualTo(report.getJsonArray("cells"));
        assertThat(report.getJsonArray("paired")).isNotEmpty();
        assertThat(report.getJsonArray("answers")).isNotEmpty();
        assertThat(cellsOnly.getJsonArray("paired")).isEmpty();
        assertThat(cellsOnly.getJsonArray("answers")).isEmpty();
        JsonArray waves = report.getJsonArray("waves");
        assertThat(waves.getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("kind"))
                .containsExactly("PILOT", "BASELINE", "FOLLOW_UP");
        JsonObject pilotWave = waves.getJsonObject(0);
        assertThat(pilotWave.keySet()).contains("ref", "title", "kind", "rotation", "opensOn", "importKey");
        assertThat(pilotWave.getString("opensOn")).isEqualTo("2020-12-07");
        String pilot = pilotWave.getString("ref");
        String baseline = waves.getJsonObject(1).getString("ref");

        JsonObject anxiety = cell(report, pilot, "ANXIETY_STARTING");
        assertThat(anxiety.keySet())
                .contains(
                        "wave",
                        "programme",
                        "cohort",
                        "category",
                        "item",
                        "numerator",
                        "denominator",
                        "percent",
                        "ciLow",
                        "ciHigh",
                        "suppressed",
                        "flag");
        assertThat(anxiety.getInt("numerator")).isEqualTo(4);
        assertThat(anxiety.getInt("denominator")).isEqualTo(15);
        // 26.7% published; Wilson interval from docs/study-fixture.md (scipy 1.17.1)
        assertThat(anxiety.getJsonNumber("percent").doubleValue()).isCloseTo(100.0 * 4 / 15, within(1e-9));
        assertThat(anxiety.getJsonNumber("ciLow").doubleValue()).isCloseTo(0.108974533256924, within(1e-9));
        assertThat(anxiety.getJsonNumber("ciHigh").doubleValue()).isCloseTo(0.519504340559806, within(1e-9));
        assertThat(anxiety.getBoolean("suppressed")).isFalse();
        assertThat(anxiety.get("flag")).isEqualTo(JsonValue.NULL);
        assertThat(cell(report, baseline, "SUPERVISOR_ACCESS").getInt("denominator"))
                .isEqualTo(21);

        JsonObject compared = json(get(
                        "reports/prevalence?instrument=IMG-INDUCTION&programme=" + programme + "&groupBy=wave&compare="
                                + pilot + "," + baseline,
                        Optional.of(token))
                .body());
        JsonObject paired = compared.getJsonArray("paired").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("category").equals("E_PORTFOLIO"))
                .findFirst()
                .orElseThrow();
        assertThat(paired.getString("baselineWave")).isEqualTo(baseline);
        assertThat(paired.getInt("pairs")).isEqualTo(12);
        assertThat(paired.getInt("b")).isEqualTo(6);
        assertThat(paired.getInt("c")).isZero();
        assertThat(paired.getJsonNumber("pValue").doubleValue()).isCloseTo(0.03125, within(1e-9));
        JsonObject fisher = compared.getJsonArray("comparisons").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("category").equals("ANXIETY_STARTING"))
                .findFirst()
                .orElseThrow();
        assertThat(fisher.getString("waveA")).isEqualTo(pilot);
        assertThat(fisher.getString("waveB")).isEqualTo(baseline);
        assertThat(fisher.getJsonNumber("pValue").doubleValue()).isCloseTo(0.0978444517932838, within(1e-9));

        List<AuditEntry> runs = Actors.runAsSystem(
                () -> audit.entriesFor(PrevalenceReports.SUBJECT_REPORT, PrevalenceReports.PREVALENCE));
        assertThat(runs).anySatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo("service-account-welfare-api");
            assertThat(entry.getChange()).hasValueSatisfying(c -> assertThat(c).contains("programmes=" + programme));
        });
    }

    @Test
    void aSmallCellHasNullNumbersInTheJson() throws Exception {
        String token = token(DEMO_CLIENT, DEMO_SECRET);
        String programme = programme();
        StringBuilder csv = new StringBuilder(
                "gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation,ANXIETY_START\n");
        for (int i = 0; i < 3; i++) {
            csv.append(",S").append(i).append(',').append(programme).append(",2018,annual,2018-05-04,,5\n");
        }
        assertThat(postCsv(
                                "survey-imports?instrument=IMG-INDUCTION&version=1&createCohorts=true",
                                token,
                                csv.toString())
                        .statusCode())
                .isEqualTo(200);

        JsonObject report = json(get(
                        "reports/prevalence?instrument=IMG-INDUCTION&programme=" + programme + "&groupBy=wave",
                        Optional.of(token))
                .body());
        JsonObject small = report.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("category").equals("ANXIETY_STARTING"))
                .findFirst()
                .orElseThrow();
        assertThat(small.getBoolean("suppressed")).isTrue();
        for (String number : List.of("numerator", "denominator", "percent", "ciLow", "ciHigh")) {
            assertThat(small.get(number)).as(number).isEqualTo(JsonValue.NULL);
        }
        assertThat(small.toString()).doesNotContain(":3,").doesNotContain(":3}");
    }

    @Test
    void exposureAndAttendanceCountsAreInTheApiForTheDemo2025Intake() throws Exception {
        String token = token(DEMO_CLIENT, DEMO_SECRET);
        HttpResponse<String> byExposure = get(
                "reports/prevalence?instrument=IMG-INDUCTION&programme=YH-IMT&cohort=2025&groupBy=wave,exposure"
                        + "&exposureKind=webinar",
                Optional.of(token));
        assertThat(byExposure.statusCode()).as(byExposure.body()).isEqualTo(200);
        JsonObject report = json(byExposure.body());
        String followUp = report.getJsonArray("waves").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("kind").equals("FOLLOW_UP"))
                .findFirst()
                .orElseThrow()
                .getString("ref");
        List<JsonObject> ePortfolio = report.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("wave").equals(followUp)
                        && c.getString("category").equals("E_PORTFOLIO"))
                .toList();
        assertThat(ePortfolio)
                .extracting(c -> c.getString("exposure"), c -> c.getInt("numerator"), c -> c.getInt("denominator"))
                .containsExactlyInAnyOrder(tuple("attended", 2, 10), tuple("notAttended", 7, 10));
        assertThat(report.getJsonArray("exposureComparisons")).isNotEmpty();

        HttpResponse<String> badKind = get(
                "reports/prevalence?instrument=IMG-INDUCTION&groupBy=wave,exposure&exposureKind=yoga",
                Optional.of(token));
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("exposureKind").contains("WEBINAR");

        HttpResponse<String> reach = get("reports/activities?programme=YH-IMT", Optional.of(token));
        assertThat(reach.statusCode()).as(reach.body()).isEqualTo(200);
        JsonObject webinar =
                Json.createReader(new StringReader(reach.body())).readArray().getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getString("title").equals("Your e-portfolio: a peer-led webinar (2025 intake)"))
                        .findFirst()
                        .orElseThrow();
        assertThat(webinar.getInt("invited")).isEqualTo(20);
        assertThat(webinar.getInt("attended")).isEqualTo(10);
        assertThat(webinar.getJsonNumber("rate").doubleValue()).isEqualTo(0.5);
    }

    @Test
    void badParametersAndUnreadableFilesAreProblemsNotErrors() throws Exception {
        String token = token(DEMO_CLIENT, DEMO_SECRET);
        HttpResponse<String> noInstrument = get("reports/prevalence", Optional.of(token));
        assertThat(noInstrument.statusCode()).isEqualTo(400);
        assertThat(json(noInstrument.body())
                        .getJsonArray("problems")
                        .getJsonObject(0)
                        .getString("column"))
                .isEqualTo("instrument");

        HttpResponse<String> badGrouping =
                get("reports/prevalence?instrument=IMG-INDUCTION&groupBy=wave,shoe-size", Optional.of(token));
        assertThat(badGrouping.statusCode()).isEqualTo(400);
        assertThat(badGrouping.body()).contains("groupBy").contains("shoe-size");

        HttpResponse<String> badPart =
                get("reports/prevalence?instrument=IMG-INDUCTION&include=cells,everything", Optional.of(token));
        assertThat(badPart.statusCode()).isEqualTo(400);
        assertThat(badPart.body()).contains("include").contains("everything");

        HttpResponse<String> badCohort =
                get("reports/prevalence?instrument=IMG-INDUCTION&cohort=twenty", Optional.of(token));
        assertThat(badCohort.statusCode()).isEqualTo(400);
        assertThat(badCohort.body()).contains("cohort").doesNotContain("Exception");

        HttpResponse<String> noVersion = postCsv("survey-imports?instrument=IMG-INDUCTION", token, "x\n");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("version");

        HttpResponse<String> latin1 = http.send(
                HttpRequest.newBuilder(API.resolve("rosters"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                (ROSTER_HEADER + "1234567,J\u00f6rg,M\u00fcller,j@test.example,Germany,yes,X,2024,"
                                                + "IMT1,2024-08-07,,\n")
                                        .getBytes(StandardCharsets.ISO_8859_1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(latin1.statusCode()).isEqualTo(422);
        assertThat(latin1.body()).contains("not UTF-8");
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> openApi = http.send(
                HttpRequest.newBuilder(API.resolve("/openapi")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body())
                .contains("/reports/prevalence")
                .contains("/rosters")
                .contains("/survey-imports")
                .contains("bearer");
    }

    private static JsonObject cell(JsonObject report, String wave, String category) {
        return report.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(c -> wave.equals(c.getString("wave", null))
                        && c.getString("category").equals(category))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + category + " cell in wave " + wave));
    }

    private static String resource(String name) {
        try (InputStream in = ApiIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
