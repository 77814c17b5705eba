package uk.deanery.welfare.trainees.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.shared.EmailChanged;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;
import uk.deanery.welfare.trainees.entity.Trainee;
import uk.deanery.welfare.trainees.entity.TraineeDetails;

/**
 * The audit trail of every change that grants or moves access to a trainee's record: a new record, its details (the
 * email links a sign-in to it), a programme membership (a director's access follows it). Before and after, by the
 * same words whether an admin made the change or a roster import did.
 */
@ApplicationScoped
public class TraineeAudit {

    public static final String SUBJECT_TRAINEE = "Trainee";
    public static final String ACTION_REGISTER = "REGISTER_TRAINEE";
    public static final String ACTION_CHANGE_DETAILS = "CHANGE_TRAINEE_DETAILS";
    public static final String ACTION_ENROL = "ENROL_TRAINEE";
    public static final String ACTION_REVISE_MEMBERSHIP = "REVISE_MEMBERSHIP";
    public static final String ACTION_ASSIGN_SUPERVISOR = "ASSIGN_SUPERVISOR";
    private static final String NONE = "none";

    @Inject
    AuditLog audit;

    @Inject
    Event<EmailChanged> emailChanged;

    public void registered(Trainee trainee) {
        audit.recordChange(ACTION_REGISTER, SUBJECT_TRAINEE, gmc(trainee), NONE, "email " + trainee.getEmail());
    }

    /**
     * Records the fields that changed since {@code before}, if any; a changed email also moves the sign-in linked to
     * the old address ({@link EmailChanged}).
     */
    public void detailsChanged(Trainee trainee, TraineeDetails before) {
        List<String> change = before.changeTo(trainee.details());
        if (!change.get(0).isEmpty()) {
            audit.recordChange(ACTION_CHANGE_DETAILS, SUBJECT_TRAINEE, gmc(trainee), change.get(0), change.get(1));
        }
        if (!before.email().equals(trainee.getEmail())) {
            emailChanged.fire(new EmailChanged(before.email(), trainee.getEmail()));
        }
    }

    public void enrolled(ProgrammeMembership membership) {
        audit.recordChange(ACTION_ENROL, SUBJECT_TRAINEE, gmc(membership.getTrainee()), NONE, membership.describe());
    }

    public void membershipRevised(ProgrammeMembership membership, String before) {
        audit.recordChange(
                ACTION_REVISE_MEMBERSHIP, SUBJECT_TRAINEE, gmc(membership.getTrainee()), before, membership.describe());
    }

    /**
     * A supervisor assigned, or an assignment moved: {@code before} is the assignment as it was, or the trainee's
     * other assignments for a new one ("none" without).
     */
    public void supervisorAssigned(Trainee trainee, String before, String after) {
        audit.recordChange(ACTION_ASSIGN_SUPERVISOR, SUBJECT_TRAINEE, gmc(trainee), before, after);
    }

    private static String gmc(Trainee trainee) {
        return trainee.getGmcNumber().getDigits();
    }
}
