package uk.deanery.welfare.benchmarks;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.WaveDefinition;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.WaveKind;
import uk.deanery.welfare.systemtest.TestData;

/**
 * What a benchmark run from outside the server needs from inside it, deployed only with the benchmarks:
 * {@code /test-benchmark/programme} makes a programme of its own; {@code /test-benchmark/heap} gives the heap after a
 * full collection and the peak since the last {@code ?reset=true}, in MB; {@code /test-benchmark/responses?programme=P}
 * counts the submitted responses stored for a programme (drafts are not counted); {@code
 * /test-benchmark/submitted?programme=P} lists them, each as the trainee's email and the wave's id. {@code POST /test-benchmark/survey-load?waves=N}, with one email address
 * a line, registers a trainee for each address in this year's cohort of a new programme and opens N linked waves of
 * the study questionnaire on it; with {@code &programme=P}, it opens N more on the cohort of P. It answers with the
 * programme and the waves' ids.
 */
@WebServlet("/test-benchmark/*")
public class TestBenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long MB = 1024L * 1024;

    @Inject
    transient TestData data;

    @Inject
    transient WaveService waves;

    @PersistenceContext(unitName = "welfare")
    transient EntityManager em;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/survey-load".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int waveCount = Integer.parseInt(request.getParameter("waves"));
        List<String> emails =
                request.getReader().lines().filter(line -> !line.isBlank()).toList();
        int intake = LocalDate.now(DeaneryClock.ZONE).getYear();
        String programme = request.getParameter("programme") != null
                ? request.getParameter("programme")
                : Actors.runAsSystem(() -> {
                    String code = data.programme();
                    emails.forEach(email -> data.enrolledTrainee(code, intake, email));
                    return code;
                });
        List<Long> opened = new ArrayList<>();
        for (int i = 1; i <= waveCount; i++) {
            String title = "Load wave " + i;
            opened.add(Actors.runAsSystem(() -> waves.open(new WaveDefinition(
                            title,
                            BuiltInInstruments.IMG_INDUCTION_CODE,
                            1,
                            List.of(new WaveDefinition.CohortRef(programme, intake)),
                            WaveKind.BASELINE,
                            null,
                            LocalDate.now(DeaneryClock.ZONE).minusDays(1),
                            LocalDate.now(DeaneryClock.ZONE).plusDays(14),
                            true)))
                    .getId());
        }
        response.setContentType("application/json");
        response.getWriter()
                .print("{\"programme\": \"" + programme + "\", \"waves\": "
                        + opened.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")) + "}");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String body;
        switch (path) {
            case "/programme" -> body = "{\"programme\": \"" + Actors.runAsSystem(data::programme) + "\"}";
            case "/heap" -> body = heap("true".equals(request.getParameter("reset")));
            case "/responses" -> body = "{\"responses\": "
                    + em.createQuery(
                                    "SELECT COUNT(r) FROM Response r WHERE r.cohort.programme.code = :code"
                                            + " AND r.status = uk.deanery.welfare.surveys.entity.ResponseStatus.SUBMITTED",
                                    Long.class)
                            .setParameter("code", request.getParameter("programme"))
                            .getSingleResult()
                    + "}";
            case "/submitted" -> body = em.createQuery(
                            "SELECT p.trainee.email, p.wave.id FROM Response r JOIN r.participation p"
                                    + " WHERE r.cohort.programme.code = :code"
                                    + " AND r.status = uk.deanery.welfare.surveys.entity.ResponseStatus.SUBMITTED",
                            Object[].class)
                    .setParameter("code", request.getParameter("programme"))
                    .getResultStream()
                    .map(pair -> "\"" + pair[0] + "," + pair[1] + "\"")
                    .collect(Collectors.joining(",", "{\"submitted\": [", "]}"));
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("application/json");
        response.getWriter().print(body);
    }

    private static String heap(boolean reset) {
        System.gc();
        System.gc();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
                if (reset) {
                    pool.resetPeakUsage();
                }
            }
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        return "{\"heap_after_gc_mb\": " + used / MB + ", \"peak_heap_mb\": " + peak / MB + ", \"max_heap_mb\": "
                + max / MB + "}";
    }
}
