package uk.deanery.welfare.concerns.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InstantConverter;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * A welfare or training issue raised by or about a trainee. The description is health-adjacent personal data: it is
 * never logged or audited, only stored.
 */
@Entity
@Table(
        name = "welfare_concern",
        uniqueConstraints = @UniqueConstraint(name = "uk_concern_reference", columnNames = "reference"),
        indexes = @Index(name = "ix_concern_trainee", columnList = "trainee_id"))
@NamedQuery(
        name = WelfareConcern.FIND_BY_TRAINEE,
        query = "SELECT c FROM WelfareConcern c WHERE c.trainee = :trainee ORDER BY c.raisedAt DESC")
@NamedQuery(
        name = WelfareConcern.FIND_DUE_FOR_RETENTION,
        query =
                "SELECT c FROM WelfareConcern c WHERE c.status = uk.deanery.welfare.concerns.entity.ConcernStatus.CLOSED"
                        + " AND c.anonymisedAt IS NULL AND c.closedAt < :before ORDER BY c.closedAt")
@NamedQuery(
        name = WelfareConcern.FIND_BY_SUBMISSION_KEY,
        query = "SELECT c FROM WelfareConcern c WHERE c.trainee = :trainee AND c.submissionKey = :key")
@NamedQuery(
        name = WelfareConcern.FIND_BY_REFERENCE,
        query = "SELECT c FROM WelfareConcern c WHERE c.reference = :reference")
@NamedQuery(
        name = WelfareConcern.FIND_TRIAGE,
        query = "SELECT c FROM WelfareConcern c WHERE c.status IN :active AND (c.holder = :deanery"
                + " OR c.sharing = :deaneryOnly OR c.source = :survey OR EXISTS (SELECT e FROM ConcernEscalation e"
                + " WHERE e.concern = c AND e.reason = :missed))")
@NamedQuery(
        name = WelfareConcern.FIND_OVERDUE,
        query = "SELECT c.reference FROM WelfareConcern c WHERE c.status = :open AND c.holder <> :top"
                + " AND c.acknowledgeBy <= :now ORDER BY c.acknowledgeBy")
public class WelfareConcern extends BaseEntity {

    /** How the audit trail names a concern (with its reference). */
    public static final String AUDIT_SUBJECT = "WelfareConcern";

    public static final String FIND_BY_TRAINEE = "WelfareConcern.findByTrainee";
    public static final String FIND_BY_REFERENCE = "WelfareConcern.findByReference";
    /** Parameters {@code trainee} and {@code key}: the concern a form already raised (a repeated click). */
    public static final String FIND_BY_SUBMISSION_KEY = "WelfareConcern.findBySubmissionKey";

    public static final int SUBMISSION_KEY_MAX = 36;
    /** What is left of a text the retention policy removed. */
    public static final String REMOVED = "[removed under the retention policy]";
    /** Parameter {@code before}: closed concerns not yet anonymised whose closing is before then, oldest first. */
    public static final String FIND_DUE_FOR_RETENTION = "WelfareConcern.findDueForRetention";

    public static final String FIND_OVERDUE = "WelfareConcern.findOverdue";
    public static final String FIND_TRIAGE = "WelfareConcern.findTriage";
    public static final int DESCRIPTION_MAX = 4000;
    public static final int REFERENCE_LENGTH = 36;

    // The key of the form that raised it, when a page raised it: the same form sent twice raises one concern.
    @Size(max = SUBMISSION_KEY_MAX)
    @Column(name = "submission_key", updatable = false, length = SUBMISSION_KEY_MAX)
    private String submissionKey;

    // A concern has no natural key, so it gets one at birth; it also keeps sequence ids out of links.
    @NotNull
    @Size(max = REFERENCE_LENGTH)
    @Column(name = "reference", nullable = false, updatable = false, length = REFERENCE_LENGTH)
    private String reference;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false, foreignKey = @ForeignKey(name = "fk_concern_trainee"))
    private Trainee trainee;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "category_code", nullable = false, foreignKey = @ForeignKey(name = "fk_concern_category"))
    private ConcernCategory category;

    @NotNull
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private ConcernSource source;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ConcernStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sharing", nullable = false, length = 30)
    private ConcernSharing sharing;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "holder", nullable = false, length = 30)
    private ConcernLevel holder = ConcernLevel.DEANERY;

    @Size(max = 254)
    @Column(name = "holder_email", length = 254)
    private String holderEmail;

    @Convert(converter = InstantConverter.class)
    @Column(name = "acknowledge_by")
    private Instant acknowledgeBy;

    // When it was closed: the retention period runs from then (V22 filled it in from the closing notes).
    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    // When the retention policy removed what the trainee and the staff wrote; the rest stays for the numbers.
    @Convert(converter = InstantConverter.class)
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "director_involved", nullable = false)
    private boolean directorInvolved;

    @Size(max = 254)
    @Column(name = "owner_email", length = 254)
    private String ownerEmail;

    @Embedded
    private SurveyOrigin surveyOrigin;

    protected WelfareConcern() {}

    /** A concern raised by the trainee, shared as they chose. */
    public WelfareConcern(
            Trainee trainee,
            ConcernCategory category,
            String description,
            ConcernSharing sharing,
            ConcernSource source,
            Instant raisedAt) {
        this(trainee, category, description, source, raisedAt);
        this.sharing = required("sharing", sharing);
    }

    /** A concern that starts as the deanery's only (flagged from survey answers): the trainee may share it later. */
    public WelfareConcern(
            Trainee trainee, ConcernCategory category, String description, ConcernSource source, Instant raisedAt) {
        this.sharing = ConcernSharing.DEANERY_ONLY;
        this.reference = UUID.randomUUID().toString();
        this.trainee = required("trainee", trainee);
        this.category = required("category", category);
        this.description = requiredText("description", description, DESCRIPTION_MAX);
        this.source = required("source", source);
        // Both databases keep microseconds; truncating now makes the saved value equal the one in memory.
        this.raisedAt = required("raisedAt", raisedAt).truncatedTo(ChronoUnit.MICROS);
        this.status = ConcernStatus.OPEN;
    }

    /**
     * Moves the concern on in its workflow at this moment (closing it starts its retention period).
     *
     * @throws ConflictException on {@code status} when the workflow does not allow the move
     */
    public void moveTo(ConcernStatus target, Instant at) {
        required("status", target);
        required("at", at);
        if (!status.canMoveTo(target)) {
            throw new ConflictException(
                    "status", "a concern cannot move from " + status.label() + " to " + target.label());
        }
        this.status = target;
        if (target == ConcernStatus.CLOSED) {
            closedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }

    /**
     * The retention policy's end of a closed concern: what the trainee wrote is removed, and the record keeps its
     * category, dates, status and trainee for the numbers. Doing it again changes nothing.
     *
     * @return false when it was already anonymised
     * @throws ConflictException on {@code status} for a concern that is not closed
     */
    public boolean anonymise(Instant at) {
        if (status != ConcernStatus.CLOSED) {
            throw new ConflictException("status", "only a closed concern is anonymised");
        }
        if (anonymisedAt != null) {
            return false;
        }
        description = REMOVED;
        anonymisedAt = required("at", at).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return true;
    }

    public java.util.Optional<Instant> getClosedAt() {
        return java.util.Optional.ofNullable(closedAt);
    }

    public java.util.Optional<Instant> getAnonymisedAt() {
        return java.util.Optional.ofNullable(anonymisedAt);
    }

    /** A concern raised by a flag rule on a survey answer: it starts as the deanery's only, naming wave and item. */
    public static WelfareConcern fromSurvey(
            Trainee trainee, ConcernCategory category, String description, SurveyOrigin origin, Instant raisedAt) {
        WelfareConcern concern = new WelfareConcern(trainee, category, description, ConcernSource.SURVEY, raisedAt);
        concern.surveyOrigin = required("origin", origin);
        return concern;
    }

    public java.util.Optional<SurveyOrigin> getSurveyOrigin() {
        return java.util.Optional.ofNullable(surveyOrigin);
    }

    /** The trainee's choice of who may see the concern; it takes effect from this moment. */
    public void shareWith(ConcernSharing chosen) {
        this.sharing = required("sharing", chosen);
    }

    /**
     * Whether the trainee's educational supervisor may see it: only if the trainee shared it with them, and never when
     * it is about the relationship with the supervisor.
     */
    public boolean isVisibleToSupervisor() {
        return sharing == ConcernSharing.SUPERVISOR_AND_DEANERY && !category.isAboutSupervisor();
    }

    public ConcernSharing getSharing() {
        return sharing;
    }

    public boolean isActive() {
        return status == ConcernStatus.OPEN
                || status == ConcernStatus.ACKNOWLEDGED
                || status == ConcernStatus.IN_PROGRESS;
    }

    /**
     * Hands the concern to a new holder, who must acknowledge it by {@code dueBy}; the returned record of the move is
     * to be stored with it (its unique key allows each level once).
     */
    public ConcernEscalation handTo(
            ConcernLevel level, String email, Instant dueBy, EscalationReason reason, Instant now) {
        required("level", level);
        ConcernLevel from = reason == EscalationReason.ROUTED ? null : holder;
        if (from != null && from.compareTo(level) >= 0) {
            throw new ConflictException("holder", "a concern only moves up, not from " + from + " to " + level);
        }
        this.holder = level;
        this.holderEmail = level == ConcernLevel.DEANERY ? null : requiredText("holderEmail", email, 254);
        this.acknowledgeBy = required("dueBy", dueBy).truncatedTo(ChronoUnit.MICROS);
        if (level == ConcernLevel.PROGRAMME_DIRECTOR) {
            directorInvolved = true;
        }
        return new ConcernEscalation(this, from, level, reason, now);
    }

    /** The holder has seen it and taken it on: the acknowledgement clock stops. */
    public void acknowledge(Instant now) {
        moveTo(ConcernStatus.ACKNOWLEDGED, required("now", now));
        this.acknowledgedAt = required("now", now).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A deanery admin takes the concern from the triage queue and works it. Held by the deanery and not yet
     * acknowledged, taking it is the acknowledgement.
     */
    public void takeOwnership(String adminEmail, Instant now) {
        this.ownerEmail = requiredText("ownerEmail", adminEmail, 254);
        if (holder == ConcernLevel.DEANERY && status == ConcernStatus.OPEN) {
            acknowledge(now);
        }
    }

    public java.util.Optional<String> getOwnerEmail() {
        return java.util.Optional.ofNullable(ownerEmail);
    }

    /** Due for acknowledgement on the deanery's day {@code today}, and not yet acknowledged. */
    public boolean isDueOn(java.time.LocalDate today) {
        return status == ConcernStatus.OPEN
                && acknowledgeBy != null
                && acknowledgeBy
                        .minusNanos(1)
                        .atZone(uk.deanery.welfare.platform.time.DeaneryClock.ZONE)
                        .toLocalDate()
                        .equals(today);
    }

    /** For inboxes: concerns past their acknowledgement deadline first, then the newest. */
    public static java.util.Comparator<WelfareConcern> overdueThenNewest(Instant now) {
        return java.util.Comparator.comparing((WelfareConcern c) -> !c.isOverdue(now))
                .thenComparing(WelfareConcern::getRaisedAt, java.util.Comparator.reverseOrder());
    }

    /** Still waiting for its holder to acknowledge it, and the deadline has passed. */
    public boolean isOverdue(Instant now) {
        return status == ConcernStatus.OPEN && acknowledgeBy != null && !now.isBefore(acknowledgeBy);
    }

    public ConcernLevel getHolder() {
        return holder;
    }

    public java.util.Optional<String> getHolderEmail() {
        return java.util.Optional.ofNullable(holderEmail);
    }

    public Instant getAcknowledgeBy() {
        return acknowledgeBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    /** Marks the concern with the key of the form that raised it; before it is stored. */
    public void submittedWith(String key) {
        if (getId() != null) {
            throw new IllegalStateException("the submission key is set before the concern is stored");
        }
        this.submissionKey = key == null ? null : requiredText("submissionKey", key, SUBMISSION_KEY_MAX);
    }

    /** Whether the programme director has held it at some point: they keep sight of it. */
    public boolean isDirectorInvolved() {
        return directorInvolved;
    }

    public String getReference() {
        return reference;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public ConcernCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public ConcernSource getSource() {
        return source;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof WelfareConcern that && reference.equals(that.reference));
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        // Leaves out the description on purpose: toString ends up in logs.
        return "WelfareConcern " + reference + " " + category + " " + status;
    }
}
