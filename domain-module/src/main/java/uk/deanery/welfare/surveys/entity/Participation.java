package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InstantConverter;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * A trainee's invitation to a wave and how far they got; in an anonymous wave its times are kept to the day. The unique (wave, trainee) pair, with the optimistic lock,
 * is what allows one response per trainee per wave even when the response itself carries no link to the person.
 */
@Entity
@Table(
        name = "participation",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_participation_wave_trainee",
                        columnNames = {"wave_id", "trainee_id"}),
        indexes = @Index(name = "ix_participation_trainee", columnList = "trainee_id"))
@NamedQuery(
        name = Participation.FIND_BY_WAVE,
        query = "SELECT p FROM Participation p JOIN FETCH p.trainee WHERE p.wave = :wave"
                + " ORDER BY p.trainee.surname, p.trainee.forenames")
@NamedQuery(
        name = Participation.FIND_BY_WAVE_AND_TRAINEE,
        query = "SELECT p FROM Participation p WHERE p.wave = :wave AND p.trainee = :trainee")
@NamedQuery(
        name = Participation.FIND_ALL_FOR_TRAINEE,
        query = "SELECT p FROM Participation p JOIN FETCH p.wave WHERE p.trainee = :trainee ORDER BY p.invitedAt")
@NamedQuery(
        name = Participation.FIND_OPEN_FOR_TRAINEE,
        query = "SELECT p FROM Participation p JOIN FETCH p.wave WHERE p.trainee = :trainee"
                + " AND p.wave.opensOn <= :today AND p.wave.closesOn >= :today AND p.wave.closedEarly = FALSE"
                + " ORDER BY p.wave.closesOn, p.wave.title")
@NamedQuery(
        name = Participation.COUNT_BY_COHORT_AND_STATUS,
        query = "SELECT c.programme.code, c.intakeYear, p.status, COUNT(p) FROM Participation p JOIN p.wave w"
                + " JOIN w.cohorts c, ProgrammeMembership m WHERE w = :wave AND m.trainee = p.trainee"
                + " AND m.cohort = c GROUP BY c.programme.code, c.intakeYear, p.status")
public class Participation extends BaseEntity {

    public static final String FIND_BY_WAVE = "Participation.findByWave";
    public static final String FIND_BY_WAVE_AND_TRAINEE = "Participation.findByWaveAndTrainee";
    public static final String FIND_OPEN_FOR_TRAINEE = "Participation.findOpenForTrainee";
    /** Parameter {@code trainee}: every invitation they had, oldest first. */
    public static final String FIND_ALL_FOR_TRAINEE = "Participation.findAllForTrainee";
    /** Rows of programme code, intake year, status, count: the response rate of each cohort of a wave. */
    public static final String COUNT_BY_COHORT_AND_STATUS = "Participation.countByCohortAndStatus";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "wave_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_participation_wave"))
    private Wave wave;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "trainee_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_participation_trainee"))
    private Trainee trainee;

    // The cohort the trainee was invited through: one of the wave's. Null only for participations from before it was
    // recorded (V13 filled in what it could).
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", updatable = false, foreignKey = @ForeignKey(name = "fk_participation_cohort"))
    private Cohort cohort;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ParticipationStatus status;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "started_at")
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Participation() {}

    /**
     * The trainee invited to the wave through one of its cohorts.
     *
     * @throws InvalidValueException on {@code cohort} when the wave does not cover it
     */
    public Participation(Wave wave, Trainee trainee, Cohort cohort, Instant invitedAt) {
        this.wave = required("wave", wave);
        this.trainee = required("trainee", trainee);
        this.cohort = required("cohort", cohort);
        if (!wave.includes(cohort)) {
            throw new InvalidValueException("cohort", "the wave does not cover " + cohort);
        }
        this.invitedAt = micros(required("invitedAt", invitedAt));
        this.status = ParticipationStatus.INVITED;
    }

    /**
     * The trainee began answering (saved a draft). Starting again changes nothing.
     *
     * @throws ConflictException on {@code response} once submitted
     */
    public void start(Instant now) {
        required("now", now);
        requireNotSubmitted();
        if (status == ParticipationStatus.INVITED) {
            status = ParticipationStatus.STARTED;
            startedAt = stamp(now);
        }
    }

    /**
     * The trainee's one response is in; a submit without a saved draft counts as started at the same moment.
     *
     * @throws ConflictException on {@code response} when already submitted
     */
    public void submit(Instant now) {
        required("now", now);
        requireNotSubmitted();
        if (startedAt == null) {
            startedAt = stamp(now);
        }
        submittedAt = stamp(now);
        status = ParticipationStatus.SUBMITTED;
    }

    public boolean hasSubmitted() {
        return status == ParticipationStatus.SUBMITTED;
    }

    private void requireNotSubmitted() {
        if (status == ParticipationStatus.SUBMITTED) {
            throw new ConflictException("response", "already submitted");
        }
    }

    // Both databases keep microseconds; truncating now makes the saved value equal the one in memory.
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    // In an anonymous wave only the day, like the response's: an exact submit time would match the response's row.
    private Instant stamp(Instant now) {
        return wave.isAnonymous() ? now.truncatedTo(ChronoUnit.DAYS) : micros(now);
    }

    public Wave getWave() {
        return wave;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public ParticipationStatus getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Participation that && wave.equals(that.wave) && trainee.equals(that.trainee));
    }

    @Override
    public int hashCode() {
        return Objects.hash(wave, trainee);
    }

    @Override
    public String toString() {
        return "Participation of " + trainee.getGmcNumber() + " in " + wave.getReference() + " (" + status + ")";
    }

    /** The cohort the trainee was invited through; empty only for participations recorded before cohorts were. */
    public Optional<Cohort> getCohort() {
        return Optional.ofNullable(cohort);
    }
}
