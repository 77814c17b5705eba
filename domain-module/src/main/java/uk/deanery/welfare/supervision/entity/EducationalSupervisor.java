package uk.deanery.welfare.supervision.entity;

import static uk.deanery.welfare.shared.Checks.email;
import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.GmcNumber;

/** The consultant who oversees a trainee's progress for a period. */
@Entity
@Table(
        name = "educational_supervisor",
        uniqueConstraints = {
            @UniqueConstraint(name = "uk_supervisor_gmc_number", columnNames = "gmc_number"),
            @UniqueConstraint(name = "uk_supervisor_email", columnNames = "email")
        })
@NamedQuery(
        name = EducationalSupervisor.FIND_BY_GMC_NUMBER,
        query = "SELECT s FROM EducationalSupervisor s WHERE s.gmcNumber.digits = :gmc")
@NamedQuery(
        name = EducationalSupervisor.FIND_BY_EMAIL,
        query = "SELECT s FROM EducationalSupervisor s WHERE s.email = :email")
@NamedQuery(
        name = EducationalSupervisor.FIND_ALL,
        query = "SELECT s FROM EducationalSupervisor s ORDER BY s.surname, s.forenames")
public class EducationalSupervisor extends BaseEntity {

    public static final String FIND_BY_GMC_NUMBER = "EducationalSupervisor.findByGmcNumber";
    public static final String FIND_BY_EMAIL = "EducationalSupervisor.findByEmail";
    public static final String FIND_ALL = "EducationalSupervisor.findAll";
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "digits", column = @Column(name = "gmc_number", nullable = false, length = 7))
    private GmcNumber gmcNumber;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "forenames", nullable = false, length = NAME_MAX)
    private String forenames;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "surname", nullable = false, length = NAME_MAX)
    private String surname;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    protected EducationalSupervisor() {}

    public EducationalSupervisor(GmcNumber gmcNumber, String forenames, String surname, String email) {
        this.gmcNumber = required("gmcNumber", gmcNumber);
        this.forenames = requiredText("forenames", forenames, NAME_MAX);
        this.surname = requiredText("surname", surname, NAME_MAX);
        this.email = email("email", email, EMAIL_MAX);
    }

    public void changeEmail(String newEmail) {
        this.email = email("email", newEmail, EMAIL_MAX);
    }

    public GmcNumber getGmcNumber() {
        return gmcNumber;
    }

    public String getForenames() {
        return forenames;
    }

    public String getSurname() {
        return surname;
    }

    public String getFullName() {
        return forenames + " " + surname;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof EducationalSupervisor that && Objects.equals(gmcNumber, that.gmcNumber));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(gmcNumber);
    }

    @Override
    public String toString() {
        return getFullName() + " (GMC " + gmcNumber + ")";
    }
}
