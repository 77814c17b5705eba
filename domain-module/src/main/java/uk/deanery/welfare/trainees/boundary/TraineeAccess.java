package uk.deanery.welfare.trainees.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Who reaches a trainee's records (concerns, memberships, supervision):
 *
 * <ul>
 *   <li>the deanery (an admin, or the application itself) reaches everyone;
 *   <li>a trainee reaches their own record, matched on the email single sign-on vouches for;
 *   <li>a training programme director reaches the trainees of the programme they direct;
 *   <li>anyone a {@link TraineeRelation} vouches for on the day, such as the supervisor assigned then.
 * </ul>
 *
 * Every refusal is audited before it is thrown.
 */
@ApplicationScoped
public class TraineeAccess {

    public static final String SUBJECT_TRAINEE = "Trainee";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ProgrammeService programmes;

    @Inject
    Instance<TraineeRelation> relations;

    @Inject
    Clock clock;

    /** The caller may read this trainee's records. */
    public void requireAccessTo(String action, Trainee trainee) {
        if (!mayAccess(trainee)) {
            throw access.deny(action, SUBJECT_TRAINEE, trainee.getGmcNumber().getDigits());
        }
    }

    /** Only the trainee themself (or the deanery) may act in their name, for example raise a concern. */
    public void requireSelfOrAdmin(String action, Trainee trainee) {
        if (!(access.callerIsDeanery() || isSelf(trainee))) {
            throw access.deny(action, SUBJECT_TRAINEE, trainee.getGmcNumber().getDigits());
        }
    }

    public boolean mayAccess(Trainee trainee) {
        if (access.callerIsDeanery() || isSelf(trainee) || directsProgrammeOf(trainee)) {
            return true;
        }
        Caller caller = access.caller();
        LocalDate today = LocalDate.now(clock);
        return relations.stream().anyMatch(relation -> relation.reaches(caller, trainee, today));
    }

    /** The caller is this trainee, signed in as a trainee. */
    public boolean isSelf(Trainee trainee) {
        Caller caller = access.caller();
        return caller.has(Role.TRAINEE) && trainee.getEmail().equalsIgnoreCase(caller.name());
    }

    /** The caller directs today a programme this trainee belongs to today. */
    public boolean directsProgrammeOf(Trainee trainee) {
        var directed = programmes.directedByCaller();
        return !directed.isEmpty()
                && em.createNamedQuery(ProgrammeMembership.COUNT_IN_PROGRAMMES, Long.class)
                                .setParameter("trainee", trainee)
                                .setParameter("programmes", directed)
                                .setParameter("today", LocalDate.now(clock))
                                .getSingleResult()
                        > 0;
    }

    /** The trainee record this account belongs to, if the caller signed in as a trainee. */
    public Optional<Trainee> linkedTrainee() {
        Caller caller = access.caller();
        if (!caller.has(Role.TRAINEE)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Trainee.FIND_BY_EMAIL, Trainee.class)
                .setParameter("email", caller.name())
                .getResultStream()
                .findFirst();
    }
}
