package uk.deanery.welfare.interventions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;
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
    /** The words of an activity a change names when they change, in the order {@code words} gives them. */
    private static final List<String> WORDS = List.of("title", "description", "place", "link");

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

    @Inject
    Event<ActivityCreated> created;

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
        created.fire(new ActivityCreated(activity.getReference()));
        return activity;
    }

    /**
     * Changes what an activity is called, when and where it happens and its places, for an admin or a peer supporter
     * who runs it. Audited with the details before and after.
     *
     * @throws InvalidValueException naming the field when a value breaks a rule; nothing is then changed
     */
    public SupportActivity change(@NotBlank String reference, @NotNull @Valid ActivityDetails details) {
        SupportActivity activity = find(reference);
        requireManager(ACTION_CHANGE, activity);
        String before = when(activity);
        List<String> words = words(activity);
        activity.describe(details.title(), details.description(), details.place(), details.link(), details.capacity());
        activity.schedule(details.startsAt(), details.endsAt());
        List<String> changed = new ArrayList<>();
        List<String> now = words(activity);
        for (int i = 0; i < WORDS.size(); i++) {
            if (!words.get(i).equals(now.get(i))) {
                changed.add(WORDS.get(i));
            }
        }
        String after = when(activity) + (changed.isEmpty() ? "" : "; changed " + String.join(", ", changed));
        if (!before.equals(after)) {
            audit.recordChange(ACTION_CHANGE, SUBJECT_ACTIVITY, reference, before, after);
        }
        return activity;
    }

    /** Times and places as the audit trail keeps them (the words are named when they change, never quoted). */
    private static String when(SupportActivity activity) {
        return activity.getStartsAt() + ".." + activity.getEndsAt() + ", places "
                + activity.getCapacity().map(String::valueOf).orElse("unlimited");
    }

    private static List<String> words(SupportActivity activity) {
        return List.of(
                activity.getTitle(),
                activity.getDescription().orElse(""),
                activity.getPlace().orElse(""),
                activity.getLink().orElse(""));
    }

    /** The activity, for an admin or a peer supporter who runs it. */
    public SupportActivity manage(@NotBlank String reference) {
        SupportActivity activity = find(reference);
        requireManager(ACTION_READ_ATTENDANCE, activity);
        audit.record(ACTION_READ_ATTENDANCE, SUBJECT_ACTIVITY, reference, AuditOutcome.ALLOWED);
        return activity;
    }

    /** What the caller may manage: every activity for an admin, latest first; a peer supporter's own otherwise. */
    public List<SupportActivity> manageable() {
        if (access.callerIsDeanery()) {
            access.requireRole("list activities", Role.ADMIN);
            return em.createNamedQuery(SupportActivity.FIND_ALL, SupportActivity.class)
                    .getResultList();
        }
        return mine();
    }

    /** Whether the caller is a trainee marked as a peer supporter (pages show them their activities). */
    public boolean callerIsPeerSupporter() {
        return access.caller().has(Role.TRAINEE)
                && traineeAccess.linkedTrainee().map(Trainee::isPeerSupporter).orElse(false);
    }

    /** The trainees who are peer supporters, by name, for an admin choosing who runs an activity. */
    public List<Trainee> peerSupporters() {
        access.requireRole("list peer supporters", Role.ADMIN);
        return em.createNamedQuery(Trainee.FIND_PEER_SUPPORTERS, Trainee.class).getResultList();
    }

    /**
     * The cohorts the caller may make an activity for: every cohort for an admin; for a peer supporter, the cohorts
     * of the programmes they are in.
     */
    public List<ActivityDefinition.CohortRef> cohortChoices() {
        List<Programme> programmesToChoose;
        if (access.callerIsDeanery()) {
            access.requireRole("list cohorts", Role.ADMIN);
            programmesToChoose = programmes.programmes();
        } else {
            programmesToChoose = peerSupporterCalling("list cohorts").getMemberships().stream()
                    .map(m -> m.getProgramme())
                    .distinct()
                    .toList();
        }
        List<ActivityDefinition.CohortRef> choices = new ArrayList<>();
        for (Programme programme : programmesToChoose) {
            programmes.cohortsOf(programme.getCode()).stream()
                    .sorted(Comparator.comparingInt(Cohort::getIntakeYear).reversed())
                    .forEach(
                            c -> choices.add(new ActivityDefinition.CohortRef(programme.getCode(), c.getIntakeYear())));
        }
        return choices;
    }

    /**
     * The tick list of an activity, for an admin or a peer supporter who runs it: every trainee of its cohorts and
     * everyone else with a place, by name, with their attendance. Audited as a read of its attendance.
     */
    public ActivitySheet attendanceSheet(@NotBlank String reference) {
        SupportActivity activity = manage(reference);
        Map<Trainee, AttendanceLine> lines = new LinkedHashMap<>();
        List<ProgrammeMembership> members = em.createNamedQuery(
                        ProgrammeMembership.FIND_IN_COHORTS, ProgrammeMembership.class)
                .setParameter("cohorts", List.copyOf(activity.getCohorts()))
                .getResultList();
        for (ProgrammeMembership member : members) {
            lines.computeIfAbsent(member.getTrainee(), t -> line(activity, t, cohortName(member.getCohort())));
        }
        activity.getAttendances().stream()
                .map(Attendance::getTrainee)
                .filter(t -> !lines.containsKey(t))
                .sorted(Comparator.comparing(Trainee::getSurname).thenComparing(Trainee::getForenames))
                .forEach(t -> lines.put(t, line(activity, t, "")));
        return new ActivitySheet(activity, List.copyOf(lines.values()));
    }

    private static AttendanceLine line(SupportActivity activity, Trainee trainee, String cohort) {
        Optional<Attendance> attendance = activity.attendanceOf(trainee);
        return new AttendanceLine(
                trainee.getGmcNumber().getDigits(),
                trainee.getFullName(),
                cohort,
                attendance.map(Attendance::getStatus).orElse(null),
                attendance.flatMap(Attendance::getJoinedOn).orElse(null),
                attendance.flatMap(Attendance::getLeftOn).orElse(null));
    }

    /** "YH-IMT 2026". */
    public static String cohortName(Cohort cohort) {
        return cohort.getProgramme().getCode() + " " + cohort.getIntakeYear();
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

    /**
     * For a group or scheme: records that a trainee was a member from one day to another (left null while they still
     * are), for an admin or a peer supporter who runs it. Audited with the status and days before and after.
     */
    public Attendance recordMembership(
            @NotBlank String reference, @NotBlank String gmcNumber, @NotNull LocalDate joinedOn, LocalDate leftOn) {
        SupportActivity activity = find(reference);
        requireManager(ACTION_ATTENDANCE, activity);
        Trainee trainee = attendee(gmcNumber);
        String before = activity.attendanceOf(trainee)
                .map(SupportActivities::membership)
                .orElse("none");
        Attendance attendance = activity.recordMembership(trainee, joinedOn, leftOn, LocalDate.now(clock));
        audit.recordChange(ACTION_ATTENDANCE, SUBJECT_ACTIVITY, reference, before, membership(attendance));
        return attendance;
    }

    private static String membership(Attendance attendance) {
        return attendance.getStatus().name()
                + attendance.getJoinedOn().map(d -> " from " + d).orElse("")
                + attendance.getLeftOn().map(d -> " to " + d).orElse("");
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
