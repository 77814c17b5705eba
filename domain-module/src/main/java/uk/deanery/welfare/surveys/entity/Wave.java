package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;

/**
 * One round of a survey: a published instrument put to one or more cohorts between two dates. A linked wave keeps
 * each response with its participation so baseline and follow-up can be paired; an anonymous one stores no link.
 */
@Entity
@Table(name = "wave", uniqueConstraints = @UniqueConstraint(name = "uk_wave_reference", columnNames = "reference"))
@NamedQuery(name = Wave.FIND_ALL, query = "SELECT w FROM Wave w ORDER BY w.opensOn DESC, w.title")
@NamedQuery(name = Wave.FIND_BY_REFERENCE, query = "SELECT w FROM Wave w WHERE w.reference = :reference")
public class Wave extends BaseEntity {

    public static final String FIND_ALL = "Wave.findAll";
    public static final String FIND_BY_REFERENCE = "Wave.findByReference";
    public static final int TITLE_MAX = 200;
    public static final int REFERENCE_LENGTH = 36;

    // Waves have no natural key (titles repeat across years), so each gets one at birth, as concerns do.
    @NotNull
    @Size(max = REFERENCE_LENGTH)
    @Column(name = "reference", nullable = false, updatable = false, length = REFERENCE_LENGTH)
    private String reference;

    @NotNull
    @Size(max = TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(
            name = "instrument_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_wave_instrument"))
    private Instrument instrument;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "wave_cohort",
            joinColumns = @JoinColumn(name = "wave_id", foreignKey = @ForeignKey(name = "fk_wave_cohort_wave")),
            inverseJoinColumns =
                    @JoinColumn(name = "cohort_id", foreignKey = @ForeignKey(name = "fk_wave_cohort_cohort")))
    private Set<Cohort> cohorts = new LinkedHashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "wave_kind", nullable = false, length = 20)
    private WaveKind kind;

    @Min(1)
    @Column(name = "follow_up_rotation")
    private Integer followUpRotation;

    @NotNull
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @NotNull
    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "linked", nullable = false, updatable = false)
    private boolean linked;

    // Closed by an admin: then closesOn is the day it was closed, and that day no longer counts as open.
    @Column(name = "closed_early", nullable = false)
    private boolean closedEarly;

    protected Wave() {}

    /**
     * @throws InvalidValueException naming the field: a missing or overlong title, an instrument that is not
     *     published, no cohort, a missing kind or date, a close before the open, a rotation on a wave that is not a
     *     follow-up or none (or one below 1) on a follow-up
     */
    public Wave(
            String title,
            Instrument instrument,
            Collection<Cohort> cohorts,
            WaveKind kind,
            Integer followUpRotation,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean linked) {
        this.title = requiredText("title", title, TITLE_MAX);
        this.instrument = required("instrument", instrument);
        if (!instrument.isPublished()) {
            throw new InvalidValueException("instrument", "must be published");
        }
        if (cohorts == null || cohorts.isEmpty() || cohorts.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("cohorts", "at least one cohort is required");
        }
        this.kind = required("kind", kind);
        if (kind == WaveKind.FOLLOW_UP) {
            required("followUpRotation", followUpRotation);
            if (followUpRotation < 1) {
                throw new InvalidValueException("followUpRotation", "must be at least 1");
            }
        } else if (followUpRotation != null) {
            throw new InvalidValueException("followUpRotation", "is only for a follow-up wave");
        }
        required("opensOn", opensOn);
        required("closesOn", closesOn);
        if (closesOn.isBefore(opensOn)) {
            throw new InvalidValueException("closesOn", "must not be before the opening date " + opensOn);
        }
        this.reference = UUID.randomUUID().toString();
        this.cohorts = new LinkedHashSet<>(cohorts);
        this.followUpRotation = followUpRotation;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.linked = linked;
    }

    /** Whether answers are accepted on this day. */
    public boolean isOpenOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !closedEarly && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Whether the wave no longer accepts answers from this day on (as opposed to not having opened yet). */
    public boolean isClosedOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return closedEarly || day.isAfter(closesOn);
    }

    /**
     * Stops accepting answers from today, today included. A wave closed before it opened keeps its opening date as
     * its closing date, so the dates stay in order.
     *
     * @throws ConflictException on {@code wave} when it has already closed
     */
    public void closeNow(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (isClosedOn(today)) {
            throw new ConflictException("wave", "this survey already closed on " + closesOn);
        }
        this.closesOn = today.isBefore(opensOn) ? opensOn : today;
        this.closedEarly = true;
    }

    public boolean includes(Cohort cohort) {
        return cohort != null && cohorts.contains(cohort);
    }

    /** Anonymous: answers are stored without any link to the person. */
    public boolean isAnonymous() {
        return !linked;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Set<Cohort> getCohorts() {
        return Collections.unmodifiableSet(cohorts);
    }

    public WaveKind getKind() {
        return kind;
    }

    /** The rotation after which a follow-up runs; null for other kinds. */
    public Integer getFollowUpRotation() {
        return followUpRotation;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    /** The last day answers were or are accepted; after an early close, the day it was closed. */
    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isLinked() {
        return linked;
    }

    public boolean isClosedEarly() {
        return closedEarly;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Wave that && reference.equals(that.reference));
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return "Wave " + reference + " (" + kind + ", " + opensOn + " to " + closesOn + ")";
    }
}
