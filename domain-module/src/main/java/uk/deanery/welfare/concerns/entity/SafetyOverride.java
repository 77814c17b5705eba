package uk.deanery.welfare.concerns.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.InstantConverter;

/**
 * A concern shared with a named person against the trainee's choice, because of a risk to the trainee, patients or
 * the public: who decided, why, with whom and when. The trainee is told and can read the reason.
 */
@Entity
@Table(
        name = "concern_override",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_override_concern_person",
                        columnNames = {"concern_id", "shared_with"}))
@NamedQuery(
        name = SafetyOverride.FIND_BY_CONCERN,
        query = "SELECT o FROM SafetyOverride o WHERE o.concern = :concern ORDER BY o.grantedAt")
@NamedQuery(
        name = SafetyOverride.COUNT_FOR_PERSON,
        query = "SELECT COUNT(o) FROM SafetyOverride o WHERE o.concern = :concern AND o.sharedWith = :email")
public class SafetyOverride extends BaseEntity {

    public static final String FIND_BY_CONCERN = "SafetyOverride.findByConcern";
    public static final String COUNT_FOR_PERSON = "SafetyOverride.countForPerson";
    public static final int EMAIL_MAX = 254;
    public static final int REASON_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concern_id", nullable = false, foreignKey = @ForeignKey(name = "fk_override_concern"))
    private WelfareConcern concern;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "shared_with", nullable = false, length = EMAIL_MAX)
    private String sharedWith;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "granted_by", nullable = false, length = EMAIL_MAX)
    private String grantedBy;

    @NotNull
    @Size(max = REASON_MAX)
    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected SafetyOverride() {}

    public SafetyOverride(WelfareConcern concern, String sharedWith, String grantedBy, String reason, Instant at) {
        this.concern = required("concern", concern);
        this.sharedWith = requiredText("sharedWith", sharedWith, EMAIL_MAX).toLowerCase(Locale.ROOT);
        this.grantedBy = requiredText("grantedBy", grantedBy, EMAIL_MAX);
        this.reason = requiredText("reason", reason, REASON_MAX);
        this.grantedAt = required("at", at).truncatedTo(ChronoUnit.MICROS);
    }

    public WelfareConcern getConcern() {
        return concern;
    }

    public String getSharedWith() {
        return sharedWith;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    /** The retention policy removed what was written; who, when and what kind stay. */
    public void erase() {
        this.reason = WelfareConcern.REMOVED;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof SafetyOverride that
                        && concern.equals(that.concern)
                        && sharedWith.equals(that.sharedWith));
    }

    @Override
    public int hashCode() {
        return 31 * concern.hashCode() + sharedWith.hashCode();
    }

    @Override
    public String toString() {
        // Leaves out the reason on purpose: toString ends up in logs.
        return "SafetyOverride " + concern.getReference() + " with " + sharedWith;
    }
}
