package uk.deanery.welfare.concerns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.concerns.entity.EscalationReason;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.platform.time.WorkingDays;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.TrainingProgrammeDirector;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.supervision.entity.EducationalSupervisor;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Hands concerns to their holders by {@link ConcernRoute}'s rules, with a deadline in working days, records each move
 * and tells the new holder. The move is flushed before the email goes, so a move the database refuses (the same level
 * twice, or a concern someone else changed meanwhile) sends nothing.
 */
@ApplicationScoped
public class ConcernRouter {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    SupervisionService supervision;

    @Inject
    ProgrammeService programmes;

    @Inject
    WorkingDays workingDays;

    @Inject
    ConcernNotices notices;

    /** A concern just persisted goes to its first holder. */
    public void routeNew(WelfareConcern concern, Instant now) {
        Trainee trainee = concern.getTrainee();
        LocalDate today = now.atZone(DeaneryClock.ZONE).toLocalDate();
        hand(
                concern,
                ConcernRoute.first(concern, supervisorOn(trainee, today), directorsOf(trainee, today)),
                EscalationReason.ROUTED,
                now);
    }

    /** Moves an overdue concern one level up; false if it is not overdue or is already at the top. */
    public boolean escalateIfOverdue(WelfareConcern concern, Instant now) {
        if (!concern.isOverdue(now)) {
            return false;
        }
        Trainee trainee = concern.getTrainee();
        LocalDate today = now.atZone(DeaneryClock.ZONE).toLocalDate();
        Optional<ConcernRoute> next =
                ConcernRoute.above(concern.getHolder(), supervisorOn(trainee, today), directorsOf(trainee, today));
        next.ifPresent(route -> hand(concern, route, EscalationReason.DEADLINE_MISSED, now));
        return next.isPresent();
    }

    private void hand(WelfareConcern concern, ConcernRoute route, EscalationReason reason, Instant now) {
        Instant due = workingDays.deadline(now, concern.getCategory().getAcknowledgeWorkingDays());
        em.persist(concern.handTo(route.level(), route.email().orElse(null), due, reason, now));
        em.flush();
        notices.tellHolder(concern, reason);
    }

    // Routing is the application's decision, not a read by the caller: it looks the people up as the system.
    private Optional<String> supervisorOn(Trainee trainee, LocalDate day) {
        return Actors.runAsSystem(() -> supervision.supervisorOn(trainee, day).map(EducationalSupervisor::getEmail));
    }

    private List<String> directorsOf(Trainee trainee, LocalDate day) {
        return Actors.runAsSystem(() -> trainee.getMemberships().stream()
                .filter(m -> m.getPeriod().contains(day))
                .flatMap(m -> programmes.directorsOf(m.getProgramme().getCode()).stream())
                .filter(director -> director.isAppointedOn(day))
                .map(TrainingProgrammeDirector::getEmail)
                .distinct()
                .toList());
    }
}
