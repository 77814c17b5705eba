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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Raising and reading welfare concerns. Each call leaves an audit entry in the same transaction; the entry names the
 * concern or trainee, never the description.
 */
@ApplicationScoped
@Transactional
public class ConcernService {

    public static final String SUBJECT_CONCERN = "WelfareConcern";
    public static final String SUBJECT_TRAINEE = "Trainee";
    public static final String ACTION_RAISE = "RAISE_CONCERN";
    public static final String ACTION_LIST = "LIST_CONCERNS";
    public static final String ACTION_CHANGE_STATUS = "CHANGE_CONCERN_STATUS";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    TraineeService trainees;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public WelfareConcern raise(@NotNull @Valid ConcernSubmission submission) {
        Trainee trainee = trainees.require(submission.traineeGmcNumber());
        ConcernCategory category = category(submission.categoryCode())
                .orElseThrow(() -> new NotFoundException("concern category", submission.categoryCode()));
        WelfareConcern concern =
                new WelfareConcern(trainee, category, submission.description(), ConcernSource.SELF, Instant.now(clock));
        em.persist(concern);
        audit.record(ACTION_RAISE, SUBJECT_CONCERN, concern.getReference(), AuditOutcome.ALLOWED);
        return concern;
    }

    /** The trainee's concerns, newest first. */
    public List<WelfareConcern> listForTrainee(@NotBlank String traineeGmcNumber) {
        Trainee trainee = trainees.require(traineeGmcNumber);
        List<WelfareConcern> concerns = em.createNamedQuery(WelfareConcern.FIND_BY_TRAINEE, WelfareConcern.class)
                .setParameter("trainee", trainee)
                .getResultList();
        audit.record(ACTION_LIST, SUBJECT_TRAINEE, trainee.getGmcNumber().getDigits(), AuditOutcome.ALLOWED);
        return concerns;
    }

    public WelfareConcern changeStatus(@NotBlank String reference, @NotNull ConcernStatus target) {
        WelfareConcern concern = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("concern", reference));
        concern.moveTo(target);
        audit.record(ACTION_CHANGE_STATUS, SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        return concern;
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
