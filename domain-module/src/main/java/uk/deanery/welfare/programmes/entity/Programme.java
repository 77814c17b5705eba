package uk.deanery.welfare.programmes.entity;

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
import java.util.Locale;
import uk.deanery.welfare.shared.BaseEntity;

/** A specialty as run by one deanery, e.g. YH-IMT: Internal Medicine Training in Yorkshire and Humber. */
@Entity
@Table(
        name = "programme",
        uniqueConstraints = {
            @UniqueConstraint(name = "uk_programme_code", columnNames = "code"),
            @UniqueConstraint(
                    name = "uk_programme_deanery_specialty",
                    columnNames = {"deanery_id", "specialty_id"})
        })
@NamedQuery(name = Programme.FIND_BY_CODE, query = "SELECT p FROM Programme p WHERE p.code = :code")
@NamedQuery(name = Programme.FIND_ALL, query = "SELECT p FROM Programme p ORDER BY p.code")
public class Programme extends BaseEntity {

    public static final String FIND_BY_CODE = "Programme.findByCode";
    public static final String FIND_ALL = "Programme.findAll";
    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;

    @NotNull
    @Size(max = CODE_MAX)
    @Column(name = "code", nullable = false, length = CODE_MAX)
    private String code;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "specialty_id", nullable = false, foreignKey = @ForeignKey(name = "fk_programme_specialty"))
    private Specialty specialty;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deanery_id", nullable = false, foreignKey = @ForeignKey(name = "fk_programme_deanery"))
    private Deanery deanery;

    protected Programme() {}

    public Programme(String code, String name, Specialty specialty, Deanery deanery) {
        this.code = requiredText("code", code, CODE_MAX).toUpperCase(Locale.ROOT);
        this.name = requiredText("name", name, NAME_MAX);
        this.specialty = required("specialty", specialty);
        this.deanery = required("deanery", deanery);
    }

    public void rename(String newName) {
        this.name = requiredText("name", newName, NAME_MAX);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public Deanery getDeanery() {
        return deanery;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Programme that && code.equals(that.code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
