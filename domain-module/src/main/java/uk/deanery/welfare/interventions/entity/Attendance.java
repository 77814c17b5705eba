package uk.deanery.welfare.interventions.entity;

import static uk.deanery.welfare.shared.Checks.required;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.InstantConverter;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * One trainee and one activity: signed up, attended, absent or cancelled; for a group or scheme, the days they were a
 * member. Changed only through {@link SupportActivity}, which holds the rules.
 */
@Entity
@Table(
        name = "support_attendance",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_attendance_activity_trainee",
                        columnNames = {"activity_id", "trainee_id"}))
@NamedQuery(
        name = Attendance.FIND_BY_TRAINEE,
        query = "SELECT a FROM Attendance a JOIN FETCH a.activity WHERE a.trainee = :trainee"
                + " ORDER BY a.activity.startsAt DESC")
public class Attendance extends BaseEntity {

    /** Parameter {@code trainee}: their attendance, newest activity first. */
    public static final String FIND_BY_TRAINEE = "Attendance.findByTrainee";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "activity_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_attendance_activity"))
    private SupportActivity activity;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "trainee_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_attendance_trainee"))
    private Trainee trainee;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AttendanceStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "signed_up_at")
    private Instant signedUpAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    // An admin gave the place to a trainee outside the activity's cohorts.
    @Column(name = "added_by_admin", nullable = false)
    private boolean addedByAdmin;

    protected Attendance() {}

    /** A place taken at {@code signedUpAt}, or (null) a trainee of the cohorts whose attendance is recorded. */
    Attendance(SupportActivity activity, Trainee trainee, Instant signedUpAt, boolean addedByAdmin) {
        this.activity = required("activity", activity);
        this.trainee = required("trainee", trainee);
        this.signedUpAt = signedUpAt == null ? null : micros(signedUpAt);
        this.status = AttendanceStatus.SIGNED_UP;
        this.addedByAdmin = addedByAdmin;
    }

    void signUpAgain(Instant now) {
        status = AttendanceStatus.SIGNED_UP;
        signedUpAt = micros(now);
    }

    void cancel(Instant now) {
        status = AttendanceStatus.CANCELLED;
        recordedAt = null;
        signedUpAt = signedUpAt == null ? micros(now) : signedUpAt;
    }

    void record(boolean attended, Instant at) {
        status = attended ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT;
        recordedAt = micros(at);
    }

    void membership(LocalDate joined, LocalDate left) {
        joinedOn = joined;
        leftOn = left;
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public SupportActivity getActivity() {
        return activity;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Optional<Instant> getSignedUpAt() {
        return Optional.ofNullable(signedUpAt);
    }

    public Optional<Instant> getRecordedAt() {
        return Optional.ofNullable(recordedAt);
    }

    public Optional<LocalDate> getJoinedOn() {
        return Optional.ofNullable(joinedOn);
    }

    public Optional<LocalDate> getLeftOn() {
        return Optional.ofNullable(leftOn);
    }

    public boolean isAddedByAdmin() {
        return addedByAdmin;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Attendance that && activity.equals(that.activity) && trainee.equals(that.trainee));
    }

    @Override
    public int hashCode() {
        return Objects.hash(activity, trainee);
    }

    @Override
    public String toString() {
        return "Attendance of " + trainee.getGmcNumber() + " at " + activity.getReference() + " (" + status + ")";
    }
}
