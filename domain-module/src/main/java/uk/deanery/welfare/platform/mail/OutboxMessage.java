package uk.deanery.welfare.platform.mail;

import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.InstantConverter;

/** One email the application sent, or tried to send. */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.FIND_RECENT, query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC")
public class OutboxMessage extends BaseEntity {

    public static final String FIND_RECENT = "OutboxMessage.findRecent";
    public static final int RECIPIENT_MAX = 254;
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int FAILURE_MAX = 500;

    @Column(name = "recipient", nullable = false, length = RECIPIENT_MAX)
    private String recipient;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failure", length = FAILURE_MAX)
    private String failure;

    protected OutboxMessage() {}

    public OutboxMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = requiredText("recipient", recipient, RECIPIENT_MAX);
        this.subject = requiredText("subject", subject, SUBJECT_MAX);
        this.body = requiredText("body", body, BODY_MAX);
        this.createdAt = createdAt;
    }

    void sent(Instant at) {
        this.sentAt = at;
        this.failure = null;
    }

    void failed(String reason) {
        this.failure = reason.length() > FAILURE_MAX ? reason.substring(0, FAILURE_MAX) : reason;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> getFailure() {
        return Optional.ofNullable(failure);
    }

    /** For the outbox page: sent, kept only (no SMTP server configured), or failed with the reason. */
    public String getState() {
        if (sentAt != null) {
            return "Sent";
        }
        return failure == null ? "Kept in the outbox" : "Not sent: " + failure;
    }
}
