package uk.deanery.welfare.interventions.boundary;

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
import java.util.ArrayList;
import java.util.List;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Support activities and their attendance. Admins manage every activity; a peer supporter (a trainee marked as one)
 * manages the activities they run and sees attendance only there; a trainee signs up for activities of their cohorts
 * and sees their own attendance. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class SupportActivities {

    public static final String SUBJECT_ACTIVITY = "SupportActivity";
    public static final String SUBJECT_TRAINEE = "Trainee";
    static final String ACTION_CREATE = "CREATE_ACTIVITY";
    static final String ACTION_CHANGE = "CHANGE_ACTIVITY";
    static final String ACTION_SIGN_UP = "SIGN_UP_ACTIVITY";
    static final String ACTION_CANCEL = "CANCEL_ACTIVITY_PLACE";
    static final String ACTION_ATTENDANCE = "RECORD_ATTENDANCE";
    static final String ACTION_READ_ATTENDANCE = "READ_ATTENDANCE";
    static final String ACTION_PEER_SUPPORTER = "MARK_PEER_SUPPORTER";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    TraineeService trainees;

    @Inject
    ProgrammeService programmes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Makes a trainee a peer supporter, or no longer one. Admins only; audited with before and after. */
    public void markPeerSupporter(@NotBlank String gmcNumber, boolean supporter) {
        access.requireRole(ACTION_PEER_SUPPORTER, Role.ADMIN);
        Trainee trainee = trainees.require(gmcNumber);
        boolean before = trainee.isPeerSupporter();
        if (trainee.markPeerSupporter(supporter)) {
            audit.recordChange(
                    ACTION_PEER_SUPPORTER,
                    SUBJECT_TRAINEE,
                    trainee.getGmcNumber().getDigits(),
                    "peer supporter " + before,
                    "peer supporter " + supporter);
        }
    }

    /**
     * Creates an activity. An admin may create any; a peer supporter only one they run themselves.
     *
     * @throws InvalidValueException naming the field when a value breaks a rule
     */
    public SupportActivity create(@NotNull @Valid ActivityDefinition definition) {
        access.requireRole(ACTION_CREATE, Role.ADMIN, Role.TRAINEE);
        List<Trainee> supporters = supporters(definition);
        if (!access.callerIsDeanery()) {
            Trainee me = peerSupporterCalling(ACTION_CREATE);
            if (!supporters.contains(me)) {
                supporters.add(me);
            }
        }
        SupportActivity activity = new SupportActivity(
                definition.kind(),
                definition.title(),
                definition.description(),
                definition.startsAt(),
                definition.endsAt(),
                definition.place(),
                definition.link(),
                definition.capacity(),
                cohorts(definition),
                supporters);
        em.persist(activity);
        audit.record(ACTION_CREATE, SUBJECT_ACTIVITY, activity.getReference(), AuditOutcome.ALLOWED);
        return activity;
    }

    /** The activity, for an admin or a peer supporter who runs it. */
    public SupportActivity manage(@NotBlank String reference) {
        SupportActivity activity = find(reference);
        requireManager(ACTION_READ_ATTENDANCE, activity);
        audit.record(ACTION_READ_ATTENDANCE, SUBJECT_ACTIVITY, reference, AuditOutcome.ALLOWED);
        return activity;
    }

    /**
     * The activity, when the caller may manage it (an admin, or a peer supporter who runs it), for a service of this
     * component that works on it; a refusal is audited under {@code action}.
     */
    public SupportActivity managedActivity(@NotBlank String action, @NotBlank String reference) {
        SupportActivity activity = find(reference);
        requireManager(action, activity);
        return activity;
    }

    /** The activities the calling peer supporter runs, soonest first. */
    public List<SupportActivity> mine() {
        Trainee me = peerSupporterCalling("list own activities");
        return em.createNamedQuery(SupportActivity.FIND_RUN_BY, SupportActivity.class)
                .setParameter("trainee", me)
                .getResultList();
    }

    /** Activities of the calling trainee's cohorts that have not ended yet, soonest first. */
    public List<SupportActivity> upcomingForMe() {
        Trainee me = traineeCalling("list activities");
        List<Cohort> cohorts =
                me.getMemberships().stream().map(m -> m.getCohort()).toList();
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(SupportActivity.FIND_UPCOMING_FOR_COHORTS, SupportActivity.class)
                .setParameter("cohorts", cohorts)
                .setParameter("now", Instant.now(clock))
                .getResultList();
    }

    /** The calling trainee's own attendance, newest first. */
    public List<Attendance> myAttendance() {
        Trainee me = traineeCalling("read own attendance");
        return em.createNamedQuery(Attendance.FIND_BY_TRAINEE, Attendance.class)
                .setParameter("trainee", me)
                .getResultList();
    }

    /** The calling trainee takes a place. */
    public Attendance signUp(@NotBlank String reference) {
        Trainee me = traineeCalling(ACTION_SIGN_UP);
        SupportActivity activity = find(reference);
        Attendance place = activity.signUp(me, Instant.now(clock));
        audit.record(ACTION_SIGN_UP, SUBJECT_ACTIVITY, reference, AuditOutcome.ALLOWED);
        return place;
    }

    /** The calling trainee gives their place back, before the activity starts. */
    public Attendance cancel(@NotBlank String reference) {
        Trainee me = traineeCalling(ACTION_CANCEL);
        SupportActivity activity = find(reference);
        Attendance place = activity.cancel(me, Instant.now(clock));
        audit.record(ACTION_CANCEL, SUBJECT_ACTIVITY, reference, AuditOutcome.ALLOWED);
        return place;
    }

    /** An admin gives a trainee a place, in the activity's cohorts or not. */
    public Attendance addTrainee(@NotBlank String reference, @NotBlank String gmcNumber) {
        access.requireRole(ACTION_SIGN_UP, Role.ADMIN);
        SupportActivity activity = find(reference);
        Attendance place = activity.addByAdmin(trainees.require(gmcNumber), Instant.now(clock));
        audit.record(ACTION_SIGN_UP, SUBJECT_ACTIVITY, reference, AuditOutcome.ALLOWED);
        return place;
    }

    /**
     * Ticks whether a trainee came, for an admin or a peer supporter who runs the activity. Audited with the status
     * before and after.
     */
    public Attendance recordAttendance(@NotBlank String reference, @NotBlank String gmcNumber, boolean attended) {
        SupportActivity activity = find(reference);
        requireManager(ACTION_ATTENDANCE, activity);
        Trainee trainee = attendee(gmcNumber);
        String before =
                activity.attendanceOf(trainee).map(a -> a.getStatus().name()).orElse("none");
        Attendance attendance = activity.recordAttendance(trainee, attended, Instant.now(clock));
        audit.recordChange(
                ACTION_ATTENDANCE,
                SUBJECT_ACTIVITY,
                reference,
                before,
                attendance.getStatus().name());
        return attendance;
    }

    private SupportActivity find(String reference) {
        return em.createNamedQuery(SupportActivity.FIND_BY_REFERENCE, SupportActivity.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("activity", reference));
    }

    /**
     * A trainee whose attendance the activity's manager records. Looked up here rather than through
     * {@code TraineeService}, which lets a trainee read only their own record: a peer supporter sees the trainees of
     * the activities they run, and the activity itself refuses anyone neither signed up nor in its cohorts.
     */
    private Trainee attendee(String gmcNumber) {
        return em.createNamedQuery(Trainee.FIND_BY_GMC_NUMBER, Trainee.class)
                .setParameter("gmc", gmcNumber.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("trainee", gmcNumber));
    }

    private void requireManager(String action, SupportActivity activity) {
        if (access.callerIsDeanery()) {
            return;
        }
        boolean runsIt = traineeAccess.linkedTrainee().map(activity::isRunBy).orElse(false);
        if (!runsIt) {
            throw access.deny(action, SUBJECT_ACTIVITY, activity.getReference());
        }
    }

    private Trainee traineeCalling(String action) {
        access.requireRole(action, Role.TRAINEE);
        return traineeAccess.linkedTrainee().orElseThrow(() -> access.deny(action, SUBJECT_TRAINEE, null));
    }

    private Trainee peerSupporterCalling(String action) {
        Trainee me = traineeCalling(action);
        if (!me.isPeerSupporter()) {
            throw access.deny(action, SUBJECT_TRAINEE, me.getGmcNumber().getDigits());
        }
        return me;
    }

    private List<Trainee> supporters(ActivityDefinition definition) {
        List<Trainee> supporters = new ArrayList<>();
        for (String gmc : definition.supporters()) {
            supporters.add(trainees.findByGmcNumber(gmc)
                    .orElseThrow(() -> new InvalidValueException("supporters", "no trainee with GMC number " + gmc)));
        }
        return supporters;
    }

    private List<Cohort> cohorts(ActivityDefinition definition) {
        List<Cohort> cohorts = new ArrayList<>();
        for (ActivityDefinition.CohortRef ref : definition.cohorts()) {
            cohorts.add(programmes.cohortsOf(ref.programme()).stream()
                    .filter(c -> c.getIntakeYear() == ref.intakeYear())
                    .findFirst()
                    .orElseThrow(() -> new InvalidValueException(
                            "cohorts", "no cohort " + ref.intakeYear() + " of programme " + ref.programme())));
        }
        if (cohorts.isEmpty()) {
            throw new ConflictException("cohorts", "choose at least one cohort the activity is for");
        }
        return cohorts;
    }
}
