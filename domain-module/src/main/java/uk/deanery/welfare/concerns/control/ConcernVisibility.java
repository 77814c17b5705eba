package uk.deanery.welfare.concerns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.SafetyOverride;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.Checks;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Who may see a concern, decided once for every operation on it. Reaching a concern someone may not see is refused
 * and audited; so is acting on it as it stood before someone else changed it.
 */
@ApplicationScoped
public class ConcernVisibility {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    SupervisionService supervision;

    @Inject
    Clock clock;

    /** Nothing may be decided on a concern as it stood before someone else changed it. */
    public void requireUnchanged(WelfareConcern concern, Long seenVersion) {
        if (seenVersion != null && concern.getVersion() != seenVersion) {
            throw new ConflictException(
                    "version",
                    "someone else changed this concern since you opened it; reload the page to see what they did");
        }
    }

    public WelfareConcern byReference(String reference, String action) {
        WelfareConcern concern = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("concern", reference));
        if (!mayRead(concern)) {
            throw access.deny(action, WelfareConcern.AUDIT_SUBJECT, reference);
        }
        return concern;
    }

    /**
     * Who may see a concern: the deanery (admins) always, the trainee their own; their supervisor today only if the
     * trainee shared it and it is not about the supervisor relationship; the director of their programme if the
     * trainee shared it beyond the deanery or it was routed or escalated to them. A concern about the supervisor
     * relationship is never shown to the trainee's supervisor, whatever other role they hold.
     */
    public boolean mayRead(WelfareConcern concern) {
        Caller caller = access.caller();
        Trainee trainee = concern.getTrainee();
        if (caller.system() || caller.has(Role.ADMIN) || traineeAccess.isSelf(trainee)) {
            return true;
        }
        if (!caller.isAnonymous() && isSharedForSafetyWith(concern, caller.name())) {
            return true;
        }
        if (concern.getCategory().isAboutSupervisor() && isSupervisorToday(caller, trainee)) {
            return false;
        }
        return (caller.has(Role.SUPERVISOR)
                        && concern.isVisibleToSupervisor()
                        && supervision.callerSupervisesToday(trainee))
                || (caller.has(Role.TPD)
                        && (concern.getSharing() == ConcernSharing.SUPERVISOR_AND_DEANERY
                                || concern.isDirectorInvolved())
                        && traineeAccess.directsProgrammeOf(trainee));
    }

    public boolean isSharedForSafetyWith(WelfareConcern concern, String email) {
        return em.createNamedQuery(SafetyOverride.COUNT_FOR_PERSON, Long.class)
                        .setParameter("concern", concern)
                        .setParameter("email", Checks.normaliseEmail(email))
                        .getSingleResult()
                > 0;
    }

    private boolean isSupervisorToday(Caller caller, Trainee trainee) {
        LocalDate today = LocalDate.now(clock);
        return Actors.runAsSystem(() -> supervision.supervisorOn(trainee, today))
                .map(supervisor -> supervisor.getEmail().equalsIgnoreCase(caller.name()))
                .orElse(false);
    }
}
