package uk.deanery.welfare.supervision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.supervision.entity.SupervisorAssignment;
import uk.deanery.welfare.trainees.boundary.TraineeRelation;
import uk.deanery.welfare.trainees.entity.Trainee;

/** An educational supervisor reaches a trainee's records on the days they are assigned to them, and no others. */
@ApplicationScoped
public class SupervisorRelation implements TraineeRelation {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Override
    public boolean reaches(Caller caller, Trainee trainee, LocalDate day) {
        return supervises(em, caller, trainee, day);
    }

    static boolean supervises(EntityManager em, Caller caller, Trainee trainee, LocalDate day) {
        return caller.has(Role.SUPERVISOR)
                && em.createNamedQuery(SupervisorAssignment.COUNT_BY_SUPERVISOR_EMAIL_ON_DATE, Long.class)
                                .setParameter("trainee", trainee)
                                .setParameter("email", caller.name())
                                .setParameter("date", day)
                                .getSingleResult()
                        > 0;
    }
}
