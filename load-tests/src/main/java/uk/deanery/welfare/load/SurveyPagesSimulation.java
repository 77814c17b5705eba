package uk.deanery.welfare.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages benchmark's product side: each signed-in trainee opens a survey of a linked wave
 * ({@code trainee/survey.xhtml?wave=...}), saves a draft and submits it, then goes on to the next wave
 * ({@code load.waves}: the ids, comma-separated; each user goes through them in order and stops when none is left).
 * Both actions are PrimeFaces AJAX requests, as the browser sends them: the form's fields, the view state and the
 * page's Content-Security-Policy nonce. The answers ({@code load.answers}: {@code ITEM=value[,value];...}) are put
 * in the fields the page renders for each item, whose client ids Faces chooses, so they are read from the page.
 * An iteration whose request failed ends there (the user goes on to the next wave); the phase file counts such
 * iterations and gives the first and last moment one failed, and with {@code load.acknowledgedFile} each acknowledged
 * submission is written down, so that a fault test can look for every one of them in the database.
 */
public class SurveyPagesSimulation extends SignedInTrainees {

    private static final Pattern ITEM = Pattern.compile("data-item=\"([A-Z0-9_]+)\"");
    private static final Pattern FIELD = Pattern.compile("<(?:input|textarea)[^>]*?name=\"([^\"]+)\"");
    private static final List<String> WAVES =
            Arrays.asList(System.getProperty("load.waves", "").split(","));
    private static final Map<String, List<String>> ANSWERS = answers(System.getProperty("load.answers", ""));
    /** Where to write each acknowledged submission as {@code username,wave,epoch ms}; none if empty. */
    private static final String ACKNOWLEDGED_FILE = System.getProperty("load.acknowledgedFile", "");

    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failedIterations = new AtomicInteger();
    private final AtomicLong firstFailureMs = new AtomicLong();
    private final AtomicLong lastFailureMs = new AtomicLong();

    public SurveyPagesSimulation() {
        super("survey: open, save a draft, submit");
    }

    @Override
    protected ChainBuilder measured() {
        return exec(this::nextWave)
                .exitHereIf(session -> !session.contains("wave"))
                .exec(http("open the survey")
                        .get("/trainee/survey.xhtml?wave=#{wave}")
                        .check(
                                status().is(200),
                                bodyString().saveAs("page"),
                                regex("csp\\.init\\('([^']+)'\\)").saveAs("nonce"),
                                css("input[name='jakarta.faces.ViewState']", "value")
                                        .saveAs("viewState")))
                .doIf(session -> !session.isFailed())
                .then(exec(button("save the draft", "survey:save", "Your answers are saved"))
                        .doIf(session -> !session.isFailed())
                        .then(exec(button("submit", "survey:submit", "your answers are submitted"))
                                .exec(this::noteAcknowledged)))
                .exec(this::noteFailure);
    }

    /** A submission the server acknowledged: who, which wave, when. */
    private Session noteAcknowledged(Session session) {
        if (session.contains("answered")) {
            acknowledged.add(
                    session.getString("username") + "," + session.getString("wave") + "," + System.currentTimeMillis());
        }
        return session.remove("answered");
    }

    /**
     * A request of this iteration failed: when (the first and last such moments of the run are kept). The user goes on
     * to the next wave; the failed one stays unanswered.
     */
    private Session noteFailure(Session session) {
        if (!session.isFailed()) {
            return session;
        }
        long now = System.currentTimeMillis();
        failedIterations.incrementAndGet();
        firstFailureMs.compareAndSet(0, now);
        lastFailureMs.accumulateAndGet(now, Math::max);
        return session.markAsSucceeded();
    }

    @Override
    protected String moreFigures() {
        return ", \"failed_iterations\": " + failedIterations.get() + ", \"first_failure_ms\": " + firstFailureMs.get()
                + ", \"last_failure_ms\": " + lastFailureMs.get();
    }

    @Override
    public void after() {
        super.after();
        if (!ACKNOWLEDGED_FILE.isEmpty()) {
            try {
                Files.write(Path.of(ACKNOWLEDGED_FILE), acknowledged, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A press of one of the survey's buttons: a Faces AJAX post of the form, answered with the given text. */
    private io.gatling.javaapi.http.HttpRequestActionBuilder button(String name, String source, String answered) {
        return http(name)
                .post("/trainee/survey.xhtml")
                .headers(Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> action(session, source)))
                .check(status().is(200), substring(answered).saveAs("answered"));
    }

    /** The next wave of this user, or none (and the user stops) when all have been answered. */
    private Session nextWave(Session session) {
        int next = session.contains("waveIndex") ? session.getInt("waveIndex") : 0;
        if (next >= WAVES.size()) {
            return stopsEarly(session.remove("wave"));
        }
        return session.set("wave", WAVES.get(next)).set("waveIndex", next + 1);
    }

    /** The form as PrimeFaces posts it when the button {@code source} is pressed: fields, view state, nonce. */
    private static String action(Session session, String source) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"survey", "survey"});
        answerFields(session.getString("page")).forEach((name, values) -> {
            for (String value : values) {
                fields.add(new String[] {name, value});
            }
        });
        fields.add(new String[] {"jakarta.faces.ViewState", session.getString("viewState")});
        fields.add(new String[] {"primefaces.nonce", session.getString("nonce")});
        fields.add(new String[] {"jakarta.faces.partial.ajax", "true"});
        fields.add(new String[] {"jakarta.faces.source", source});
        fields.add(new String[] {"jakarta.faces.partial.execute", "survey"});
        fields.add(new String[] {"jakarta.faces.partial.render", "survey"});
        fields.add(new String[] {source, source});
        StringBuilder body = new StringBuilder();
        for (String[] field : fields) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** Field name to values, for every item the page shows that has an answer: the item's first named field. */
    static Map<String, List<String>> answerFields(String page) {
        List<MatchResult> items = ITEM.matcher(page).results().toList();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> values = ANSWERS.get(items.get(i).group(1));
            int end = i + 1 < items.size() ? items.get(i + 1).start() : page.length();
            Matcher field = FIELD.matcher(page).region(items.get(i).end(), end);
            while (values != null && field.find()) {
                if (!field.group(1).equals("jakarta.faces.ViewState")) {
                    fields.put(field.group(1), values);
                    break;
                }
            }
        }
        return fields;
    }

    private static Map<String, List<String>> answers(String spec) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String entry : spec.split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                answers.put(
                        entry.substring(0, equals),
                        List.of(entry.substring(equals + 1).split(",")));
            }
        }
        return answers;
    }
}
