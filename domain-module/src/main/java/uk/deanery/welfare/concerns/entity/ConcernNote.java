package uk.deanery.welfare.concerns.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.InstantConverter;

/**
 * A note by someone working a concern, or the reason for a status change. Part of the case file: the text is never
 * audited, logged or emailed. An internal note (the deanery's private working note) is not shown to the trainee.
 */
@Entity
@Table(name = "concern_note")
@NamedQuery(
        name = ConcernNote.FIND_BY_CONCERN,
        query = "SELECT n FROM ConcernNote n WHERE n.concern = :concern ORDER BY n.writtenAt, n.id")
public class ConcernNote extends BaseEntity {

    public static final String FIND_BY_CONCERN = "ConcernNote.findByConcern";
    public static final int TEXT_MAX = 4000;

    /** A note, or a status change with its reason. */
    public enum Kind {
        NOTE,
        STATUS
    }

    // A note has no business key and is never compared: identity equality is the right one.
    @Column(name = "text", nullable = false, length = TEXT_MAX)
    @NotNull
    @Size(max = TEXT_MAX)
    private String text;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concern_id", nullable = false, foreignKey = @ForeignKey(name = "fk_note_concern"))
    private WelfareConcern concern;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @NotNull
    @Column(name = "author", nullable = false, length = 254)
    private String author;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ConcernStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private ConcernStatus toStatus;

    @Column(name = "internal", nullable = false)
    private boolean internal;

    protected ConcernNote() {}

    private ConcernNote(
            WelfareConcern concern,
            String author,
            Kind kind,
            ConcernStatus fromStatus,
            ConcernStatus toStatus,
            String text,
            boolean internal,
            Instant at) {
        this.concern = required("concern", concern);
        this.author = requiredText("author", author, 254);
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.text = requiredText("text", text, TEXT_MAX);
        this.internal = internal;
        this.writtenAt = required("at", at).truncatedTo(ChronoUnit.MICROS);
    }

    public static ConcernNote note(WelfareConcern concern, String author, String text, boolean internal, Instant at) {
        return new ConcernNote(concern, author, Kind.NOTE, null, null, text, internal, at);
    }

    public static ConcernNote statusChange(
            WelfareConcern concern, String author, ConcernStatus from, ConcernStatus to, String reason, Instant at) {
        return new ConcernNote(
                concern, author, Kind.STATUS, required("from", from), required("to", to), reason, false, at);
    }

    public WelfareConcern getConcern() {
        return concern;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getAuthor() {
        return author;
    }

    public Kind getKind() {
        return kind;
    }

    public Optional<ConcernStatus> getFromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public Optional<ConcernStatus> getToStatus() {
        return Optional.ofNullable(toStatus);
    }

    public String getText() {
        return text;
    }

    public boolean isInternal() {
        return internal;
    }

    @Override
    public String toString() {
        // Leaves out the text on purpose: toString ends up in logs.
        return "ConcernNote " + kind + " on " + concern.getReference() + " by " + author;
    }
    /** The retention policy removed what was written; who, when and what kind stay. */
    public void erase() {
        this.text = WelfareConcern.REMOVED;
    }
}
