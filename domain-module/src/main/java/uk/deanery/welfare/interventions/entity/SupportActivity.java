package uk.deanery.welfare.interventions.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InstantConverter;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * One support activity: a session at a time (an induction, a webinar, a Q&amp;A) or a group or scheme over a period,
 * for one or more cohorts, run by peer supporters. It keeps its attendance and the rules for it: sign-up only by
 * trainees of its cohorts (an admin may add anyone), within its capacity and before it ends; cancelling only before it
 * starts; attendance recorded only once it has started.
 */
@Entity
@Table(
        name = "support_activity",
        uniqueConstraints = @UniqueConstraint(name = "uk_support_activity_reference", columnNames = "reference"))
@NamedQuery(
        name = SupportActivity.FIND_BY_REFERENCE,
        query = "SELECT a FROM SupportActivity a WHERE a.reference = :reference")
@NamedQuery(
        name = SupportActivity.FIND_STARTING_BETWEEN,
        query = "SELECT a FROM SupportActivity a WHERE a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt")
@NamedQuery(name = SupportActivity.FIND_ALL, query = "SELECT a FROM SupportActivity a ORDER BY a.startsAt DESC")
@NamedQuery(
        name = SupportActivity.FIND_RUN_BY,
        query = "SELECT a FROM SupportActivity a WHERE :trainee MEMBER OF a.supporters ORDER BY a.startsAt")
@NamedQuery(
        name = SupportActivity.FIND_UPCOMING_FOR_COHORTS,
        query = "SELECT DISTINCT a FROM SupportActivity a JOIN a.cohorts c WHERE c IN :cohorts AND a.endsAt > :now"
                + " ORDER BY a.startsAt")
public class SupportActivity extends BaseEntity {

    public static final String FIND_BY_REFERENCE = "SupportActivity.findByReference";
    /** Parameters {@code from} and {@code to}: activities starting in that time, soonest first. */
    public static final String FIND_STARTING_BETWEEN = "SupportActivity.findStartingBetween";
    /** Every activity, the latest first. */
    public static final String FIND_ALL = "SupportActivity.findAll";
    /** Parameter {@code trainee}: the activities a peer supporter runs. */
    public static final String FIND_RUN_BY = "SupportActivity.findRunBy";
    /** Parameters {@code cohorts} and {@code now}: activities for any of the cohorts that have not ended. */
    public static final String FIND_UPCOMING_FOR_COHORTS = "SupportActivity.findUpcomingForCohorts";

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int CAPACITY_MAX = 10_000;

    @NotNull
    @Column(name = "reference", nullable = false, updatable = false, length = 36)
    private String reference;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ActivityKind kind;

    @NotNull
    @Size(max = TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    // The day it starts in the deanery's zone, which the exposure reports compare with the days waves open.
    @NotNull
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Size(max = PLACE_MAX)
    @Column(name = "place", length = PLACE_MAX)
    private String place;

    @Size(max = LINK_MAX)
    @Column(name = "link", length = LINK_MAX)
    private String link;

    @Column(name = "capacity")
    private Integer capacity;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "support_activity_cohort",
            joinColumns =
                    @JoinColumn(name = "activity_id", foreignKey = @ForeignKey(name = "fk_activity_cohort_activity")),
            inverseJoinColumns =
                    @JoinColumn(name = "cohort_id", foreignKey = @ForeignKey(name = "fk_activity_cohort_cohort")))
    private Set<Cohort> cohorts = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "support_activity_supporter",
            joinColumns =
                    @JoinColumn(
                            name = "activity_id",
                            foreignKey = @ForeignKey(name = "fk_activity_supporter_activity")),
            inverseJoinColumns =
                    @JoinColumn(name = "trainee_id", foreignKey = @ForeignKey(name = "fk_activity_supporter_trainee")))
    private Set<Trainee> supporters = new LinkedHashSet<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Attendance> attendances = new ArrayList<>();

    protected SupportActivity() {}

    /**
     * @param place where it happens, or null
     * @param link an http(s) link to join or read about it, or null
     * @param capacity how many places, or null for no limit
     * @throws InvalidValueException naming the field when a value breaks a rule
     */
    public SupportActivity(
            ActivityKind kind,
            String title,
            String description,
            Instant startsAt,
            Instant endsAt,
            String place,
            String link,
            Integer capacity,
            Collection<Cohort> cohorts,
            Collection<Trainee> supporters) {
        this.reference = UUID.randomUUID().toString();
        this.kind = required("kind", kind);
        describe(title, description, place, link, capacity);
        schedule(startsAt, endsAt);
        if (cohorts == null || cohorts.isEmpty()) {
            throw new InvalidValueException("cohorts", "choose at least one cohort the activity is for");
        }
        this.cohorts.addAll(cohorts);
        if (supporters != null) {
            supporters.forEach(this::addSupporter);
        }
    }

    /** Changes what the activity is called and where it happens; its kind and attendance stay. */
    public void describe(String title, String description, String place, String link, Integer capacity) {
        this.title = requiredText("title", title, TITLE_MAX);
        this.description = optionalText("description", description, DESCRIPTION_MAX);
        this.place = optionalText("place", place, PLACE_MAX);
        this.link = link(link);
        if (capacity != null && (capacity < 1 || capacity > CAPACITY_MAX)) {
            throw new InvalidValueException("capacity", "must be between 1 and " + CAPACITY_MAX + ", or left empty");
        }
        if (capacity != null && placesTaken() > capacity) {
            throw new InvalidValueException(
                    "capacity", "cannot be below the " + placesTaken() + " places already taken");
        }
        this.capacity = capacity;
    }

    /**
     * Moves the activity in time.
     *
     * @throws InvalidValueException when it ends before it starts, or attendance recorded would then be before it
     */
    public void schedule(Instant startsAt, Instant endsAt) {
        required("startsAt", startsAt);
        required("endsAt", endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidValueException("endsAt", "must be after the start");
        }
        Instant start = startsAt.truncatedTo(ChronoUnit.MINUTES);
        if (attendances.stream()
                .anyMatch(a -> a.getRecordedAt().map(start::isAfter).orElse(false))) {
            throw new InvalidValueException(
                    "startsAt", "attendance was recorded before that time: the activity cannot start later than it");
        }
        this.startsAt = start;
        this.startsOn = start.atZone(DeaneryClock.ZONE).toLocalDate();
        this.endsAt = endsAt.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Adds a peer supporter who runs the activity. */
    public void addSupporter(Trainee supporter) {
        required("supporter", supporter);
        if (!supporter.isPeerSupporter()) {
            throw new InvalidValueException(
                    "supporters", supporter.getFullName() + " is not a peer supporter: mark them as one first");
        }
        supporters.add(supporter);
    }

    /** Whether the trainee belongs to one of the cohorts the activity is for. */
    public boolean isFor(Trainee trainee) {
        return trainee.getMemberships().stream().anyMatch(m -> cohorts.contains(m.getCohort()));
    }

    public boolean isRunBy(Trainee trainee) {
        return supporters.contains(trainee);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    /**
     * The trainee takes a place.
     *
     * @throws ConflictException when the activity is for other cohorts, has ended, is full, or they already have a
     *     place
     */
    public Attendance signUp(Trainee trainee, Instant now) {
        if (!isFor(required("trainee", trainee))) {
            throw new ConflictException("activity", "this activity is for other cohorts");
        }
        return takePlace(trainee, now, false);
    }

    /** An admin gives a place to any trainee, in the activity's cohorts or not; the other rules stand. */
    public Attendance addByAdmin(Trainee trainee, Instant now) {
        return takePlace(required("trainee", trainee), now, !isFor(trainee));
    }

    private Attendance takePlace(Trainee trainee, Instant now, boolean addedByAdmin) {
        required("now", now);
        if (hasEnded(now)) {
            throw new ConflictException("activity", "has ended: nobody can sign up any more");
        }
        Optional<Attendance> existing = attendanceOf(trainee);
        if (existing.isPresent() && existing.get().getStatus().takesAPlace()) {
            throw new ConflictException("activity", "already signed up");
        }
        if (!hasRoom()) {
            throw new ConflictException("activity", "is full: all " + capacity + " places are taken");
        }
        if (existing.isPresent()) {
            existing.get().signUpAgain(now);
            return existing.get();
        }
        Attendance attendance = new Attendance(this, trainee, now, addedByAdmin);
        attendances.add(attendance);
        return attendance;
    }

    /**
     * The trainee gives their place back.
     *
     * @throws ConflictException once the activity has started, or when they have no place
     */
    public Attendance cancel(Trainee trainee, Instant now) {
        if (hasStarted(required("now", now))) {
            throw new ConflictException("activity", "has started: a place can be given back only before it starts");
        }
        Attendance attendance = attendanceOf(trainee)
                .filter(a -> a.getStatus() == AttendanceStatus.SIGNED_UP)
                .orElseThrow(() -> new ConflictException("activity", "has no place of yours to give back"));
        attendance.cancel(now);
        return attendance;
    }

    /**
     * Records whether a trainee came, once the activity has started: anyone signed up, or any trainee of its cohorts
     * (a tick list covers the whole cohort).
     *
     * @throws ConflictException before the activity starts, or for a trainee neither signed up nor in its cohorts
     */
    public Attendance recordAttendance(Trainee trainee, boolean attended, Instant now) {
        required("trainee", trainee);
        if (!hasStarted(required("now", now))) {
            throw new ConflictException("activity", "has not happened yet: attendance is recorded once it has started");
        }
        Attendance attendance = placeFor(trainee);
        attendance.record(attended, now);
        return attendance;
    }

    /**
     * For a group or scheme: the trainee was a member from one day to another (or is still one).
     *
     * @throws InvalidValueException when the days are outside the activity's period or in the future
     * @throws ConflictException for a session, which has attendance rather than members
     */
    public Attendance recordMembership(Trainee trainee, LocalDate joinedOn, LocalDate leftOn, LocalDate today) {
        if (!kind.isOngoing()) {
            throw new ConflictException(
                    "activity", "a " + kind.label().toLowerCase(Locale.ROOT) + " has attendance, not members");
        }
        required("joinedOn", joinedOn);
        LocalDate first = startsAt.atZone(DeaneryClock.ZONE).toLocalDate();
        if (joinedOn.isBefore(first)) {
            throw new InvalidValueException("joinedOn", "must not be before the group started on " + first);
        }
        if (joinedOn.isAfter(required("today", today))) {
            throw new InvalidValueException("joinedOn", "must not be in the future");
        }
        if (leftOn != null && (leftOn.isBefore(joinedOn) || leftOn.isAfter(today))) {
            throw new InvalidValueException("leftOn", "must be between the day they joined and today");
        }
        Instant joinedAt = joinedOn.atStartOfDay(DeaneryClock.ZONE).toInstant();
        Attendance attendance = placeFor(required("trainee", trainee));
        attendance.record(true, joinedAt.isBefore(startsAt) ? startsAt : joinedAt);
        attendance.membership(joinedOn, leftOn);
        return attendance;
    }

    /** The trainee's attendance, added for a trainee of the activity's cohorts who has none yet. */
    private Attendance placeFor(Trainee trainee) {
        return attendanceOf(trainee).orElseGet(() -> {
            if (!isFor(trainee)) {
                throw new ConflictException(
                        "trainee", trainee.getFullName() + " is not signed up and not in the activity's cohorts");
            }
            Attendance added = new Attendance(this, trainee, null, false);
            attendances.add(added);
            return added;
        });
    }

    public Optional<Attendance> attendanceOf(Trainee trainee) {
        return attendances.stream().filter(a -> a.getTrainee().equals(trainee)).findFirst();
    }

    /** Places signed up for or attended. */
    public int placesTaken() {
        return (int)
                attendances.stream().filter(a -> a.getStatus().takesAPlace()).count();
    }

    public boolean hasRoom() {
        return capacity == null || placesTaken() < capacity;
    }

    private static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : requiredText(field, value, max);
    }

    private static String link(String value) {
        String link = optionalText("link", value, LINK_MAX);
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidValueException("link", "must be a web address starting https://");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("link", "must be a web address starting https://");
        }
        return link;
    }

    public String getReference() {
        return reference;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    /** The day it starts, in the deanery's zone. */
    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Optional<String> getPlace() {
        return Optional.ofNullable(place);
    }

    public Optional<String> getLink() {
        return Optional.ofNullable(link);
    }

    public Optional<Integer> getCapacity() {
        return Optional.ofNullable(capacity);
    }

    public Set<Cohort> getCohorts() {
        return Collections.unmodifiableSet(cohorts);
    }

    public Set<Trainee> getSupporters() {
        return Collections.unmodifiableSet(supporters);
    }

    public List<Attendance> getAttendances() {
        return Collections.unmodifiableList(attendances);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SupportActivity that && reference.equals(that.reference));
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return "SupportActivity " + reference + " (" + kind + ")";
    }
}
