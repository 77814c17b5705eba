package uk.deanery.welfare.concerns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.control.ConcernRouter;
import uk.deanery.welfare.concerns.control.ConcernVisibility;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Raising, reading and listing welfare concerns, and the trainee's choice of who sees them. Each call leaves an audit entry in the same transaction; the entry names the
 * concern or trainee, never the description.
 */
@ApplicationScoped
@Transactional
public class ConcernService {

    public static final String SUBJECT_CONCERN = WelfareConcern.AUDIT_SUBJECT;
    public static final String SUBJECT_TRAINEE = "Trainee";
    public static final String ACTION_RAISE = "RAISE_CONCERN";
    public static final String ACTION_LIST = "LIST_CONCERNS";
    public static final String ACTION_READ = "READ_CONCERN";
    public static final String ACTION_SHARE = "SHARE_CONCERN_WITH_SUPERVISOR";
    public static final String ACTION_UNSHARE = "UNSHARE_CONCERN_FROM_SUPERVISOR";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    TraineeService trainees;

    @Inject
    AuditLog audit;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    ProgrammeService programmes;

    @Inject
    SupervisionService supervision;

    @Inject
    ConcernRouter router;

    @Inject
    ConcernVisibility visibility;

    @Inject
    Clock clock;

    public WelfareConcern raise(@NotNull @Valid ConcernSubmission submission) {
        access.requireRole(ACTION_RAISE, Role.TRAINEE, Role.ADMIN);
        Trainee trainee = trainees.require(submission.traineeGmcNumber());
        traineeAccess.requireSelfOrAdmin(ACTION_RAISE, trainee);
        ConcernCategory category = category(submission.categoryCode())
                .orElseThrow(() -> new NotFoundException("concern category", submission.categoryCode()));
        if (submission.submissionKey() != null) {
            Optional<WelfareConcern> already = em.createNamedQuery(
                            WelfareConcern.FIND_BY_SUBMISSION_KEY, WelfareConcern.class)
                    .setParameter("trainee", trainee)
                    .setParameter("key", submission.submissionKey())
                    .getResultStream()
                    .findFirst();
            if (already.isPresent()) {
                return already.get();
            }
        }
        WelfareConcern concern = new WelfareConcern(
                trainee,
                category,
                submission.description(),
                submission.sharing(),
                ConcernSource.SELF,
                Instant.now(clock));
        concern.submittedWith(submission.submissionKey());
        em.persist(concern);
        audit.record(ACTION_RAISE, SUBJECT_CONCERN, concern.getReference(), AuditOutcome.ALLOWED);
        router.routeNew(concern, concern.getRaisedAt());
        return concern;
    }

    /** The trainee's concerns that the caller may see, newest first. */
    public List<WelfareConcern> listForTrainee(@NotBlank String traineeGmcNumber) {
        access.requireRole(ACTION_LIST, Role.values());
        Trainee trainee = trainees.require(traineeGmcNumber);
        List<WelfareConcern> concerns = em.createNamedQuery(WelfareConcern.FIND_BY_TRAINEE, WelfareConcern.class)
                .setParameter("trainee", trainee)
                .getResultStream()
                .filter(visibility::mayRead)
                .toList();
        audit.record(ACTION_LIST, SUBJECT_TRAINEE, trainee.getGmcNumber().getDigits(), AuditOutcome.ALLOWED);
        return concerns;
    }

    /** One concern, for whoever may see its trainee's records; the read is audited. */
    public WelfareConcern find(@NotBlank String reference) {
        access.requireRole(ACTION_READ, Role.values());
        WelfareConcern concern = visibility.byReference(reference, ACTION_READ);
        audit.record(ACTION_READ, SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        return concern;
    }

    /**
     * The trainee's own choice of who may see their concern. Withdrawing it ends the supervisor's (and programme
     * director's) access from this moment; what they read before stays in the audit trail.
     */
    public WelfareConcern changeSharing(@NotBlank String reference, @NotNull ConcernSharing sharing) {
        return changeSharing(reference, sharing, null);
    }

    /** As {@link #changeSharing(String, ConcernSharing)}, refused if the concern changed since {@code seenVersion}. */
    public WelfareConcern changeSharing(@NotBlank String reference, @NotNull ConcernSharing sharing, Long seenVersion) {
        String action = sharing == ConcernSharing.SUPERVISOR_AND_DEANERY ? ACTION_SHARE : ACTION_UNSHARE;
        access.requireRole(action, Role.TRAINEE);
        WelfareConcern concern = visibility.byReference(reference, action);
        visibility.requireUnchanged(concern, seenVersion);
        if (!traineeAccess.isSelf(concern.getTrainee())) {
            throw access.deny(action, SUBJECT_CONCERN, reference);
        }
        ConcernSharing before = concern.getSharing();
        if (before != sharing) {
            concern.shareWith(sharing);
            audit.recordChange(action, SUBJECT_CONCERN, reference, before, sharing);
        }
        return concern;
    }

    /** The concerns of the trainees the calling supervisor supervises today. */
    public List<WelfareConcern> listForMyTrainees() {
        access.requireRole(ACTION_LIST, Role.SUPERVISOR);
        List<WelfareConcern> concerns = new ArrayList<>();
        supervision.linkedSupervisor().ifPresent(me -> supervision
                .traineesSupervisedOn(me, LocalDate.now(clock))
                .forEach(t -> concerns.addAll(listForTrainee(t.getGmcNumber().getDigits()))));
        concerns.sort(WelfareConcern.overdueThenNewest(Instant.now(clock)));
        return concerns;
    }

    /**
     * The concerns of trainees in the programmes the calling training programme director directs, while both the
     * appointment and the trainee's membership run.
     */
    public List<WelfareConcern> listForMyProgrammes() {
        access.requireRole(ACTION_LIST, Role.TPD);
        List<Programme> directed = programmes.directedByCaller();
        if (directed.isEmpty()) {
            return List.of();
        }
        List<WelfareConcern> concerns = em.createQuery(
                        "SELECT DISTINCT c FROM WelfareConcern c, ProgrammeMembership m WHERE m.trainee = c.trainee"
                                + " AND m.programme IN :programmes AND m.period.startDate <= :today"
                                + " AND (m.period.endDate IS NULL OR m.period.endDate >= :today)"
                                + " ORDER BY c.raisedAt DESC",
                        WelfareConcern.class)
                .setParameter("programmes", directed)
                .setParameter("today", LocalDate.now(clock))
                .getResultStream()
                .filter(visibility::mayRead)
                .toList();
        concerns.forEach(c -> audit.record(
                ACTION_LIST, SUBJECT_TRAINEE, c.getTrainee().getGmcNumber().getDigits(), AuditOutcome.ALLOWED));
        return concerns.stream()
                .sorted(WelfareConcern.overdueThenNewest(Instant.now(clock)))
                .toList();
    }

    public List<ConcernCategory> categories() {
        return em.createNamedQuery(ConcernCategory.FIND_ALL, ConcernCategory.class)
                .getResultList();
    }

    public Optional<ConcernCategory> category(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ConcernCategory.class, code.strip().toUpperCase(Locale.ROOT)));
    }
}
