package uk.deanery.welfare.faults;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.boundary.ConcernCaseFile;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.boundary.TimelineEntry;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * The concurrent-changes fault, run inside the server and deployed only with {@link ConcurrentChangesFaultIT}:
 * {@code POST /test-fault/concurrent-changes?changes=N&threads=T} has a trainee raise a concern for the deanery, then
 * N deanery admins' status changes hit it from T threads at once, each as the concern page makes it: read the concern,
 * then move it on (in progress to resolved, resolved back to in progress) with a reason of its own and the version it
 * read. It answers with what it counted: each change acknowledged, told (refused as a concurrent change, the failures
 * the page shows as "someone else changed this") or failed otherwise, and what the database holds afterwards: the
 * reasons stored on the case file, the concern's version and status, and the status changes its audit trail gained.
 */
@WebServlet("/test-fault/concurrent-changes")
public class TestConcurrentChangesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String REASON = "Concurrent change ";
    private static final Caller ADMIN = Caller.person("admin1@deanery.example", Set.of(Role.ADMIN));

    @Inject
    transient TestData data;

    @Inject
    transient TraineeService trainees;

    @Inject
    transient ConcernService concerns;

    @Inject
    transient ConcernWork work;

    @Inject
    transient ConcernCaseFile caseFile;

    @Resource
    transient ManagedThreadFactory threadFactory;

    private enum Outcome {
        ACKNOWLEDGED,
        TOLD
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int changes = Integer.parseInt(request.getParameter("changes"));
        int threads = Integer.parseInt(request.getParameter("threads"));
        String reference = concernInProgress();
        long versionBefore = Actors.runAs(ADMIN, () -> concerns.find(reference)).getVersion();
        long auditedBefore = statusChangesAudited(reference);

        ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> attempts = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            String reason = REASON + i;
            attempts.add(pool.submit(() -> {
                start.await();
                return Actors.runAs(ADMIN, () -> change(reference, reason));
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        Set<String> acknowledged = new TreeSet<>();
        int told = 0;
        JsonArrayBuilder failures = Json.createArrayBuilder();
        for (int i = 0; i < changes; i++) {
            try {
                if (attempts.get(i).get(5, TimeUnit.MINUTES) == Outcome.ACKNOWLEDGED) {
                    acknowledged.add(REASON + i);
                } else {
                    told++;
                }
            } catch (ExecutionException failed) {
                failures.add(describe(failed.getCause()));
            } catch (Exception e) {
                failures.add(describe(e));
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdownNow();

        WelfareConcern after = Actors.runAs(ADMIN, () -> concerns.find(reference));
        JsonArrayBuilder stored = Json.createArrayBuilder();
        Actors.runAs(ADMIN, () -> caseFile.timeline(reference)).stream()
                .map(TimelineEntry::text)
                .filter(text -> text.startsWith(REASON))
                .forEach(stored::add);
        long audited = statusChangesAudited(reference) - auditedBefore;

        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("changes", changes)
                .add("threads", threads)
                .add("seconds", seconds)
                .add("acknowledged_reasons", Json.createArrayBuilder(acknowledged))
                .add("told", told)
                .add("failures", failures)
                .add("stored_reasons", stored)
                .add("version_before", versionBefore)
                .add("version_after", after.getVersion())
                .add("status_after", after.getStatus().name())
                .add("status_changes_audited", audited);
        response.setContentType("application/json");
        response.getWriter().print(body.build());
    }

    private long statusChangesAudited(String reference) {
        return Actors.runAs(ADMIN, () -> caseFile.trail(reference)).stream()
                .filter(entry -> ConcernWork.ACTION_CHANGE_STATUS.equals(entry.getAction()))
                .filter(entry -> entry.getOutcome() == AuditOutcome.ALLOWED)
                .count();
    }

    /** One person's change as the concern page makes it: what they saw, then the move with the version they saw. */
    private Outcome change(String reference, String reason) {
        try {
            WelfareConcern seen = concerns.find(reference);
            ConcernStatus target =
                    seen.getStatus() == ConcernStatus.RESOLVED ? ConcernStatus.IN_PROGRESS : ConcernStatus.RESOLVED;
            work.changeStatus(reference, target, reason, seen.getVersion());
            return Outcome.ACKNOWLEDGED;
        } catch (RuntimeException failure) {
            if (toldAsConcurrentChange(failure)) {
                return Outcome.TOLD;
            }
            throw failure;
        }
    }

    /** The failures the concern page tells as a concurrent change ({@code Pages.concurrentChange}, same rule). */
    private static boolean toldAsConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictException || cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getName() + " caused by " + root.getClass().getName() + ": " + root.getMessage();
    }

    /** A concern the deanery holds, already in progress, so that every change is a move between two statuses. */
    private String concernInProgress() {
        String reference = Actors.runAsSystem(() -> {
            String gmc = data.enrolledTrainee(
                    data.programme(), LocalDate.now(DeaneryClock.ZONE).getYear());
            Caller trainee = Caller.person(trainees.require(gmc).getEmail(), Set.of(Role.TRAINEE));
            return Actors.runAs(
                            trainee,
                            () -> concerns.raise(new ConcernSubmission(
                                    gmc, "WORKLOAD", "Concurrent changes fault test", ConcernSharing.DEANERY_ONLY)))
                    .getReference();
        });
        Actors.runAs(ADMIN, () -> work.changeStatus(reference, ConcernStatus.IN_PROGRESS));
        return reference;
    }
}
