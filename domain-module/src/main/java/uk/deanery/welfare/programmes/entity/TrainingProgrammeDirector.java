package uk.deanery.welfare.programmes.entity;

import static uk.deanery.welfare.shared.Checks.email;
import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
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
import uk.deanery.welfare.shared.BaseEntity;

/** Leads a programme; the escalation point above the educational supervisor. */
@Entity
@Table(
        name = "training_programme_director",
        uniqueConstraints = @UniqueConstraint(name = "uk_tpd_email", columnNames = "email"))
@NamedQuery(
        name = TrainingProgrammeDirector.FIND_BY_EMAIL,
        query = "SELECT d FROM TrainingProgrammeDirector d WHERE d.email = :email")
@NamedQuery(
        name = TrainingProgrammeDirector.FIND_BY_PROGRAMME,
        query = "SELECT d FROM TrainingProgrammeDirector d WHERE d.programme = :programme ORDER BY d.surname")
@NamedQuery(
        name = TrainingProgrammeDirector.FIND_PROGRAMMES_DIRECTED_BY,
        query = "SELECT d.programme FROM TrainingProgrammeDirector d WHERE d.email = :email ORDER BY d.programme.name")
public class TrainingProgrammeDirector extends BaseEntity {

    public static final String FIND_PROGRAMMES_DIRECTED_BY = "TrainingProgrammeDirector.findProgrammesDirectedBy";
    public static final String FIND_BY_EMAIL = "TrainingProgrammeDirector.findByEmail";
    public static final String FIND_BY_PROGRAMME = "TrainingProgrammeDirector.findByProgramme";
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;

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

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, foreignKey = @ForeignKey(name = "fk_tpd_programme"))
    private Programme programme;

    protected TrainingProgrammeDirector() {}

    public TrainingProgrammeDirector(String forenames, String surname, String email, Programme programme) {
        this.forenames = requiredText("forenames", forenames, NAME_MAX);
        this.surname = requiredText("surname", surname, NAME_MAX);
        this.email = email("email", email, EMAIL_MAX);
        this.programme = required("programme", programme);
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

    public Programme getProgramme() {
        return programme;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof TrainingProgrammeDirector that && email.equals(that.email));
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return getFullName() + " <" + email + ">";
    }
}
