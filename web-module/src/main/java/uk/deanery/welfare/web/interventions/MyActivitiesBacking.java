package uk.deanery.welfare.web.interventions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;

/**
 * The support part of {@code trainee/home.xhtml}: activities of the trainee's cohorts still to come (sign up, give a
 * place back), their own attendance, and for a peer supporter a way to the activities they run.
 */
@Named
@ViewScoped
public class MyActivitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportActivities activities;

    @Inject
    TraineeAccess traineeAccess;

    private List<SupportActivity> upcoming = List.of();
    private List<Attendance> history = List.of();
    private Map<String, AttendanceStatus> mine = Map.of();
    private boolean peerSupporter;

    @PostConstruct
    void load() {
        if (traineeAccess.linkedTrainee().isEmpty()) {
            return;
        }
        peerSupporter = activities.callerIsPeerSupporter();
        refresh();
    }

    private void refresh() {
        upcoming = activities.upcomingForMe();
        history = activities.myAttendance();
        mine = history.stream()
                .collect(Collectors.toMap(a -> a.getActivity().getReference(), Attendance::getStatus, (a, b) -> a));
    }

    public void signUp(String reference) {
        change(activities::signUp, reference, "You have a place.");
    }

    public void cancel(String reference) {
        change(activities::cancel, reference, "Your place is given back.");
    }

    private void change(Function<String, Attendance> action, String reference, String done) {
        try {
            action.apply(reference);
            Messages.info(done);
            refresh();
        } catch (ConflictException | NotFoundException refused) {
            Messages.refused(refused.getMessage());
        }
    }

    /** Whether the trainee holds a place (signed up, not yet ticked) for the activity. */
    public boolean isSignedUp(String reference) {
        return mine.get(reference) == AttendanceStatus.SIGNED_UP;
    }

    /** Whether the trainee may take a place: nothing recorded for them yet, or they gave their place back. */
    public boolean canSignUp(String reference) {
        AttendanceStatus status = mine.get(reference);
        return status == null || status == AttendanceStatus.CANCELLED;
    }

    /** The trainee's status for the activity in words, or empty. */
    public String statusOf(String reference) {
        AttendanceStatus status = mine.get(reference);
        return status == null ? "" : status.label();
    }

    public List<SupportActivity> getUpcoming() {
        return upcoming;
    }

    /** Activities whose attendance is recorded (attended or absent) or given back, newest first. */
    public List<Attendance> getHistory() {
        return history.stream()
                .filter(a -> a.getStatus() != AttendanceStatus.SIGNED_UP)
                .toList();
    }

    public boolean isPeerSupporter() {
        return peerSupporter;
    }
}
