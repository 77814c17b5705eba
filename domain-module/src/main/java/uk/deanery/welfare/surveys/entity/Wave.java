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
import java.util.Optional;
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
@Table(
        name = "wave",
        uniqueConstraints = {
            @UniqueConstraint(name = "uk_wave_reference", columnNames = "reference"),
            @UniqueConstraint(name = "uk_wave_import_key", columnNames = "import_key")
        })
@NamedQuery(name = Wave.FIND_ALL, query = "SELECT w FROM Wave w ORDER BY w.opensOn DESC, w.title")
@NamedQuery(name = Wave.FIND_BY_REFERENCE, query = "SELECT w FROM Wave w WHERE w.reference = :reference")
@NamedQuery(name = Wave.FIND_BY_IMPORT_KEY, query = "SELECT w FROM Wave w WHERE w.importKey = :importKey")
@NamedQuery(
        name = Wave.FIND_DUE_FOR_RETENTION,
        query = "SELECT w FROM Wave w WHERE w.closesOn < :before AND EXISTS (SELECT r FROM Response r"
                + " WHERE r.wave = w AND r.participation IS NOT NULL) ORDER BY w.closesOn, w.title")
public class Wave extends BaseEntity {

    public static final String FIND_ALL = "Wave.findAll";
    public static final String FIND_BY_REFERENCE = "Wave.findByReference";
    public static final String FIND_BY_IMPORT_KEY = "Wave.findByImportKey";
    /** Parameter {@code before}: waves closed before then whose responses still point to participations. */
    public static final String FIND_DUE_FOR_RETENTION = "Wave.findDueForRetention";

    public static final int IMPORT_KEY_MAX = 120;
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

    // A past round brought in from a file: never open, found again on re-import by its key.
    @Column(name = "imported", nullable = false, updatable = false)
    private boolean imported;

    @Size(max = IMPORT_KEY_MAX)
    @Column(name = "import_key", updatable = false, length = IMPORT_KEY_MAX)
    private String importKey;

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
        this(title, instrument, cohorts, kind, followUpRotation, opensOn, closesOn, linked, true);
    }

    private Wave(
            String title,
            Instrument instrument,
            Collection<Cohort> cohorts,
            WaveKind kind,
            Integer followUpRotation,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean linked,
            boolean opensHere) {
        this.title = requiredText("title", title, TITLE_MAX);
        this.instrument = required("instrument", instrument);
        if (opensHere ? !instrument.isPublished() : instrument.isDraft()) {
            throw new InvalidValueException(
                    "instrument", opensHere ? "must be published" : "must be published (or retired), not a draft");
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

    /**
     * A survey round that happened elsewhere, on one day, recorded from an import file. It is linked (its responses
     * are paired by respondent) and never accepts answers here.
     *
     * @param importKey what identifies the round across imports: instrument, kind, rotation and date
     * @throws InvalidValueException as the constructor does, and when the instrument is a draft or the key is missing
     */
    public static Wave imported(
            String importKey,
            Instrument instrument,
            Collection<Cohort> cohorts,
            WaveKind kind,
            Integer followUpRotation,
            LocalDate heldOn) {
        requiredText("importKey", importKey, IMPORT_KEY_MAX);
        required("instrument", instrument);
        String title = "Imported: " + instrument.getCode() + " v" + instrument.getInstrumentVersion() + ", "
                + describe(kind, followUpRotation) + ", " + heldOn;
        Wave wave = new Wave(title, instrument, cohorts, kind, followUpRotation, heldOn, heldOn, true, false);
        wave.imported = true;
        wave.importKey = importKey;
        return wave;
    }

    private static String describe(WaveKind kind, Integer followUpRotation) {
        if (kind == null) {
            return "";
        }
        String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return kind == WaveKind.FOLLOW_UP ? name + " after rotation " + followUpRotation : name;
    }

    /**
     * Adds a cohort whose respondents a later import brings into this past round.
     *
     * @throws ConflictException on {@code wave} for a wave that was not imported: a live wave's invitations are fixed
     *     when it opens
     */
    public boolean includeImportedCohort(Cohort cohort) {
        required("cohort", cohort);
        if (!imported) {
            throw new ConflictException("wave", "only an imported wave takes cohorts after it was opened");
        }
        return cohorts.add(cohort);
    }

    /** Whether answers are accepted on this day: never for an imported wave. */
    public boolean isOpenOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !imported && !closedEarly && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Whether the wave no longer accepts answers from this day on (as opposed to not having opened yet). */
    public boolean isClosedOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return imported || closedEarly || day.isAfter(closesOn);
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

    public boolean isImported() {
        return imported;
    }

    /** Empty for a wave opened here. */
    public Optional<String> getImportKey() {
        return Optional.ofNullable(importKey);
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
