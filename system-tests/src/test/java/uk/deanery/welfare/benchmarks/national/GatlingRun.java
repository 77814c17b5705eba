package uk.deanery.welfare.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.deanery.welfare.systemtest.TestData;

/**
 * One of the load-tests module's Gatling simulations, run in a JVM of its own against the test server: started, then
 * finished by reading its figures from Gatling's summary and the simulation's phase file. The users sign in with the
 * accounts of a {@code username,password} file; {@code waves} are the survey waves they answer, in order.
 */
final class GatlingRun {

    static final Path OUT = Path.of("target", "benchmarks");

    private static final Pattern ROW =
            Pattern.compile("^> (.+?)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*$", Pattern.MULTILINE);

    /** One Gatling run's figures; {@code phase} is the simulation's phase file as written. */
    record Run(
            int requests,
            int errors,
            double p95Ms,
            double seconds,
            int signedIn,
            int iterations,
            int ranOut,
            Map<String, Integer> okByRequest,
            JsonObject phase) {

        double throughput() {
            return requests / seconds;
        }
    }

    private final String simulation;
    private final int seconds;
    private final Process process;
    private final Path phase;
    private final Path log;

    private GatlingRun(String simulation, int seconds, Process process, Path phase, Path log) {
        this.simulation = simulation;
        this.seconds = seconds;
        this.process = process;
        this.phase = phase;
        this.log = log;
    }

    /**
     * Starts {@code simulation} (a class of {@code uk.deanery.welfare.load}) for {@code seconds} of measured load;
     * {@code moreProperties} are further {@code -Dname=value} settings for it.
     */
    static GatlingRun start(
            String simulation,
            String label,
            Path users,
            List<String> waves,
            boolean logOut,
            int seconds,
            List<String> moreProperties)
            throws IOException {
        String name = simulation.replace("Simulation", "").toLowerCase(Locale.ROOT) + "-" + label.replace(' ', '-');
        Files.createDirectories(OUT);
        Path phase = OUT.resolve("gatling-" + name + ".json").toAbsolutePath();
        Path log = OUT.resolve("gatling-" + name + ".log").toAbsolutePath();
        Files.deleteIfExists(phase);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Xmx512m",
                "-cp",
                classpath(),
                "-Dgatling.enableAnalytics=false",
                "-Dload.baseUrl=" + PagesBenchmarkIT.BASE.toString().replaceAll("/$", ""),
                "-Dload.users=" + users.toAbsolutePath(),
                "-Dload.seconds=" + seconds,
                "-Dload.phaseFile=" + phase,
                "-Dload.logOut=" + logOut,
                "-Dload.trivialPage=/" + PagesBenchmarkIT.FLOOR_PAGE,
                "-Dload.waves=" + String.join(",", waves),
                "-Dload.answers=" + answers()));
        command.addAll(moreProperties);
        command.addAll(List.of(
                "io.gatling.app.Gatling",
                "-s",
                "uk.deanery.welfare.load." + simulation,
                "-rf",
                OUT.resolve("gatling").toAbsolutePath().toString(),
                "-rd",
                label));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new GatlingRun(simulation, seconds, process, phase, log);
    }

    /** Waits for the simulation to end and reads its figures. */
    Run finish() throws IOException, InterruptedException {
        if (!process.waitFor(seconds + 600L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(simulation + " did not finish; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(simulation + " (" + log + ")").isZero();
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
        JsonObject figures =
                Json.createReader(new StringReader(Files.readString(phase))).readObject();
        double measured = (figures.getJsonNumber("end_ms").longValue()
                        - figures.getJsonNumber("start_ms").longValue())
                / 1000.0;
        return new Run(
                count(summary.get("request count")[1]),
                count(summary.get("request count")[2]),
                Double.parseDouble(summary.get("response time 95th percentile (ms)")[1].replace(",", "")),
                measured,
                figures.getInt("signed_in"),
                figures.getInt("iterations"),
                figures.getInt("ran_out"),
                okByRequest,
                figures);
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

    /** A count in Gatling's tables: "4,290", or "-" for none. */
    private static int count(String cell) {
        return cell.equals("-") ? 0 : Integer.parseInt(cell.replace(",", ""));
    }

    /** The simulations' jar (or classes) and the libraries it names in {@code gatling.classpath}. */
    private static String classpath() throws IOException {
        URL listing = GatlingRun.class.getClassLoader().getResource("gatling.classpath");
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
}
