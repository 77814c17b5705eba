package uk.deanery.welfare.signin.entity;

import static uk.deanery.welfare.shared.Checks.email;
import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.deanery.welfare.shared.InstantConverter;

/** One single sign-on account (by its subject, {@code sub}) and the email address it signs in as. */
@Entity
@Table(
        name = "sign_in_link",
        uniqueConstraints = @UniqueConstraint(name = "uk_sign_in_link_email", columnNames = "email"))
@NamedQuery(name = SignInLink.FIND_BY_EMAIL, query = "SELECT l FROM SignInLink l WHERE l.email = :email")
public class SignInLink implements Serializable {

    public static final String FIND_BY_EMAIL = "SignInLink.findByEmail";
    public static final int SUBJECT_MAX = 255;
    public static final int EMAIL_MAX = 254;

    @Id
    @Size(max = SUBJECT_MAX)
    @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    @Version
    private long version;

    protected SignInLink() {}

    public SignInLink(String subject, String email, Instant linkedAt) {
        this.subject = requiredText("subject", subject, SUBJECT_MAX);
        this.email = email("email", email, EMAIL_MAX);
        this.linkedAt = required("linkedAt", linkedAt).truncatedTo(ChronoUnit.MICROS);
    }

    /** The person record's address changed in the product: the account follows it. */
    public void moveTo(String newEmail) {
        this.email = email("email", newEmail, EMAIL_MAX);
    }

    public boolean isFor(String otherEmail) {
        return email.equalsIgnoreCase(otherEmail == null ? "" : otherEmail.strip());
    }

    public String getSubject() {
        return subject;
    }

    public String getEmail() {
        return email;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SignInLink that && subject.equals(that.subject));
    }

    @Override
    public int hashCode() {
        return subject.hashCode();
    }

    @Override
    public String toString() {
        return "SignInLink " + subject + " -> " + email;
    }
}
