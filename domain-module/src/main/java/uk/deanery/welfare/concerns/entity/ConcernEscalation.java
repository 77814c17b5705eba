package uk.deanery.welfare.concerns.entity;

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
import java.time.temporal.ChronoUnit;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.InstantConverter;

/**
 * A level a concern reached, and when. Each level is reached at most once (the table's unique key on concern and
 * level), which is what makes escalation safe when two server instances run the check at the same moment.
 */
@Entity
@Table(
        name = "concern_escalation",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_escalation_concern_level",
                        columnNames = {"concern_id", "to_level"}))
@NamedQuery(
        name = ConcernEscalation.FIND_BY_CONCERN,
        query = "SELECT e FROM ConcernEscalation e WHERE e.concern = :concern ORDER BY e.escalatedAt, e.toLevel")
public class ConcernEscalation extends BaseEntity {

    public static final String FIND_BY_CONCERN = "ConcernEscalation.findByConcern";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concern_id", nullable = false, foreignKey = @ForeignKey(name = "fk_escalation_concern"))
    private WelfareConcern concern;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", length = 30)
    private ConcernLevel fromLevel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false, length = 30)
    private ConcernLevel toLevel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private EscalationReason reason;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "escalated_at", nullable = false)
    private Instant escalatedAt;

    protected ConcernEscalation() {}

    ConcernEscalation(
            WelfareConcern concern, ConcernLevel fromLevel, ConcernLevel toLevel, EscalationReason reason, Instant at) {
        this.concern = required("concern", concern);
        this.fromLevel = fromLevel;
        this.toLevel = required("toLevel", toLevel);
        this.reason = required("reason", reason);
        this.escalatedAt = required("at", at).truncatedTo(ChronoUnit.MICROS);
    }

    public WelfareConcern getConcern() {
        return concern;
    }

    public ConcernLevel getFromLevel() {
        return fromLevel;
    }

    public ConcernLevel getToLevel() {
        return toLevel;
    }

    public EscalationReason getReason() {
        return reason;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof ConcernEscalation that && concern.equals(that.concern) && toLevel == that.toLevel);
    }

    @Override
    public int hashCode() {
        return 31 * concern.hashCode() + toLevel.hashCode();
    }

    @Override
    public String toString() {
        return "ConcernEscalation " + concern.getReference() + " " + fromLevel + " -> " + toLevel + " " + reason;
    }
}
