package uk.deanery.welfare.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.deanery.welfare.access.control.CurrentCaller;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.supervision.entity.EducationalSupervisor;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * The rules that decide who reaches what, applied by every service before it reads or changes personal data:
 *
 * <ul>
 *   <li>an admin (and the application itself) reaches everything;
 *   <li>a trainee reaches their own record, matched on the email single sign-on vouches for;
 *   <li>a supervisor reaches the trainees assigned to them today;
 *   <li>a training programme director reaches the trainees of the programmes they direct.
 * </ul>
 *
 * Every refusal is audited (who, what, when; never the content) before it is thrown.
 *
 * <p>Queries here go straight to the persistence unit, not through the services, which call this class.
 */
@ApplicationScoped
public class AccessPolicy {

    public static final String SUBJECT_ROLE = "Role";
    public static final String SUBJECT_TRAINEE = "Trainee";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Caller caller() {
        return currentCaller.get();
    }

    /** The gate at a service entry point: the caller must hold one of the roles. */
    public void requireRole(String action, Role... allowed) {
        Caller caller = caller();
        if (caller.system() || Arrays.stream(allowed).anyMatch(caller::has)) {
            return;
        }
        throw deny(
                action, SUBJECT_ROLE, Arrays.stream(allowed).map(Role::roleName).collect(Collectors.joining(",")));
    }

    /** The caller may read this trainee's records (concerns, memberships, supervision). */
    public void requireAccessTo(String action, Trainee trainee) {
        if (!mayAccess(trainee)) {
            throw deny(action, SUBJECT_TRAINEE, trainee.getGmcNumber().getDigits());
        }
    }

    /** Only the trainee themself (or an admin) may act in their name, for example raise a concern. */
    public void requireSelfOrAdmin(String action, Trainee trainee) {
        Caller caller = caller();
        if (!(caller.system() || caller.has(Role.ADMIN) || isSelf(caller, trainee))) {
            throw deny(action, SUBJECT_TRAINEE, trainee.getGmcNumber().getDigits());
        }
    }

    public boolean mayAccess(Trainee trainee) {
        Caller caller = caller();
        return caller.system()
                || caller.has(Role.ADMIN)
                || isSelf(caller, trainee)
                || (caller.has(Role.SUPERVISOR) && supervisesToday(caller, trainee))
                || (caller.has(Role.TPD) && directsProgrammeOf(caller, trainee));
    }

    /** The trainee record this account belongs to, if the caller signed in as a trainee. */
    public Optional<Trainee> linkedTrainee() {
        Caller caller = caller();
        if (!caller.has(Role.TRAINEE)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Trainee.FIND_BY_EMAIL, Trainee.class)
                .setParameter("email", caller.name())
                .getResultStream()
                .findFirst();
    }

    /** The supervisor record this account belongs to, if the caller signed in as a supervisor. */
    public Optional<EducationalSupervisor> linkedSupervisor() {
        Caller caller = caller();
        if (!caller.has(Role.SUPERVISOR)) {
            return Optional.empty();
        }
        return em.createNamedQuery(EducationalSupervisor.FIND_BY_EMAIL, EducationalSupervisor.class)
                .setParameter("email", caller.name())
                .getResultStream()
                .findFirst();
    }

    /** The programmes the caller directs, if they signed in as a training programme director. */
    public List<Programme> directedProgrammes() {
        Caller caller = caller();
        if (!caller.has(Role.TPD)) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT d.programme FROM TrainingProgrammeDirector d WHERE d.email = :email ORDER BY"
                                + " d.programme.name",
                        Programme.class)
                .setParameter("email", caller.name())
                .getResultList();
    }

    /**
     * Whether the deanery knows this account: an admin always, anyone else only with a person record for one of
     * their roles. Accounts without one see no data at all.
     */
    public boolean isRegistered() {
        Caller caller = caller();
        return caller.system()
                || caller.has(Role.ADMIN)
                || linkedTrainee().isPresent()
                || linkedSupervisor().isPresent()
                || !directedProgrammes().isEmpty();
    }

    /** Audits a refusal and returns the exception for the caller to throw. */
    public AccessDeniedException deny(String action, String subjectType, String subjectId) {
        audit.recordDenied(action, subjectType, subjectId);
        return new AccessDeniedException(action);
    }

    /** The caller is this trainee, signed in as a trainee. */
    public boolean isSelf(Trainee trainee) {
        return isSelf(caller(), trainee);
    }

    /** The caller is a supervisor assigned to this trainee today. */
    public boolean supervisesToday(Trainee trainee) {
        Caller caller = caller();
        return caller.has(Role.SUPERVISOR) && supervisesToday(caller, trainee);
    }

    /** The caller is a programme director of a programme this trainee belongs to. */
    public boolean directsProgrammeOf(Trainee trainee) {
        Caller caller = caller();
        return caller.has(Role.TPD) && directsProgrammeOf(caller, trainee);
    }

    private static boolean isSelf(Caller caller, Trainee trainee) {
        return caller.has(Role.TRAINEE) && trainee.getEmail().equalsIgnoreCase(caller.name());
    }

    private boolean supervisesToday(Caller caller, Trainee trainee) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(
                                "SELECT COUNT(a) FROM SupervisorAssignment a WHERE a.trainee = :trainee"
                                        + " AND a.supervisor.email = :email AND a.period.startDate <= :today"
                                        + " AND (a.period.endDate IS NULL OR a.period.endDate >= :today)",
                                Long.class)
                        .setParameter("trainee", trainee)
                        .setParameter("email", caller.name())
                        .setParameter("today", today)
                        .getSingleResult()
                > 0;
    }

    private boolean directsProgrammeOf(Caller caller, Trainee trainee) {
        return em.createQuery(
                                "SELECT COUNT(m) FROM ProgrammeMembership m, TrainingProgrammeDirector d"
                                        + " WHERE m.trainee = :trainee AND d.programme = m.programme"
                                        + " AND d.email = :email",
                                Long.class)
                        .setParameter("trainee", trainee)
                        .setParameter("email", caller.name())
                        .getSingleResult()
                > 0;
    }
}
