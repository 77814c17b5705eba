package uk.deanery.welfare.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import uk.deanery.welfare.systemtest.Deployments;

/**
 * 1,000 concurrent changes to one concern (issue 12's fault tests): deanery admins, 16 at a time, each read the concern
 * and move it on with a reason of its own and the version it read, as the concern page does. Nothing may be lost and
 * every loser must be told: each change is either acknowledged or refused as a concurrent change (what the page shows
 * as "someone else changed this"), never failed otherwise; the reasons on the case file are exactly the acknowledged
 * ones, each once; the concern's version moved once per acknowledged change, its audit trail holds one status change
 * per acknowledged change, and its status is where that many moves from "in progress" end. It prints what it counted
 * and writes {@code target/faults/concurrent-changes.json}; {@code ./faults.sh changes} runs it on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentChangesFaultIT {

    private static final URI BASE = URI.create(System.getProperty("welfare.baseUrl", "http://localhost:20080/"));
    private static final int CHANGES = 1_000;
    private static final int THREADS = 16;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(TestConcurrentChangesServlet.class);
    }

    @Test
    void everyChangeIsAcknowledgedAndStoredOrToldAndNothingIsLost() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(BASE.resolve(
                                "/test-fault/concurrent-changes?changes=" + CHANGES + "&threads=" + THREADS))
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject counted = Json.createReader(new StringReader(answer.body())).readObject();

        Set<String> acknowledged = strings(counted, "acknowledged_reasons");
        List<String> storedList = counted.getJsonArray("stored_reasons").getValuesAs(JsonString::getString);
        Set<String> stored = new HashSet<>(storedList);
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        Set<String> storedButRefused = new HashSet<>(stored);
        storedButRefused.removeAll(acknowledged);
        int told = counted.getInt("told");
        int failed = counted.getJsonArray("failures").size();
        long versionMoves = counted.getJsonNumber("version_after").longValue()
                - counted.getJsonNumber("version_before").longValue();
        long audited = counted.getJsonNumber("status_changes_audited").longValue();
        String expectedStatus = acknowledged.size() % 2 == 0 ? "IN_PROGRESS" : "RESOLVED";

        JsonObject figures = Json.createObjectBuilder()
                .add("changes", CHANGES)
                .add("threads", THREADS)
                .add("seconds", counted.getJsonNumber("seconds").doubleValue())
                .add("acknowledged", acknowledged.size())
                .add("stored", storedList.size())
                .add("told", told)
                .add("failed_otherwise", failed)
                .add("lost", lost.size())
                .add("stored_but_refused", storedButRefused.size())
                .add("version_moves", versionMoves)
                .add("status_changes_audited", audited)
                .add("status_after", counted.getString("status_after"))
                .add("status_expected", expectedStatus)
                .build();
        print(figures);
        Path out = Path.of("target", "faults");
        Files.createDirectories(out);
        Files.writeString(out.resolve("concurrent-changes.json"), figures.toString() + "\n");

        assertThat(counted.getJsonArray("failures"))
                .as("changes that failed other than as a concurrent change")
                .isEmpty();
        assertThat(acknowledged.size() + told).as("acknowledged plus told").isEqualTo(CHANGES);
        assertThat(told).as("losers told: the changes did race").isPositive();
        assertThat(lost)
                .as("acknowledged changes whose reason is not on the case file")
                .isEmpty();
        assertThat(storedButRefused)
                .as("refused changes whose reason is on the case file")
                .isEmpty();
        assertThat(storedList).as("reasons stored more than once").doesNotHaveDuplicates();
        assertThat(versionMoves).as("versions moved").isEqualTo(acknowledged.size());
        assertThat(audited).as("status changes in the audit trail").isEqualTo(acknowledged.size());
        assertThat(counted.getString("status_after"))
                .as("status after the changes")
                .isEqualTo(expectedStatus);
    }

    private static Set<String> strings(JsonObject object, String name) {
        return new HashSet<>(object.getJsonArray(name).getValuesAs(JsonString::getString));
    }

    private static void print(JsonObject figures) {
        figures.forEach((name, value) -> System.out.printf(Locale.ROOT, "concurrent-changes %-22s %s%n", name, value));
    }
}
