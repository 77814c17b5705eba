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
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.systemtest.TestData;

/**
 * What a benchmark run from outside the server needs from inside it, deployed only with the benchmarks:
 * {@code /test-benchmark/programme} makes a programme of its own; {@code /test-benchmark/heap} gives the heap after a
 * full collection and the peak since the last {@code ?reset=true}, in MB; {@code /test-benchmark/responses?programme=P}
 * counts the responses stored for a programme.
 */
@WebServlet("/test-benchmark/*")
public class TestBenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long MB = 1024L * 1024;

    @Inject
    transient TestData data;

    @PersistenceContext(unitName = "welfare")
    transient EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String body;
        switch (path) {
            case "/programme" -> body = "{\"programme\": \"" + Actors.runAsSystem(data::programme) + "\"}";
            case "/heap" -> body = heap("true".equals(request.getParameter("reset")));
            case "/responses" -> body = "{\"responses\": "
                    + em.createQuery(
                                    "SELECT COUNT(r) FROM Response r WHERE r.cohort.programme.code = :code", Long.class)
                            .setParameter("code", request.getParameter("programme"))
                            .getSingleResult()
                    + "}";
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
