package uk.deanery.welfare.programmes.entity;

import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import uk.deanery.welfare.shared.BaseEntity;

/** A deanery (NHS England local office, NES region, ...) that runs training programmes. */
@Entity
@Table(name = "deanery", uniqueConstraints = @UniqueConstraint(name = "uk_deanery_code", columnNames = "code"))
@NamedQuery(name = Deanery.FIND_ALL, query = "SELECT d FROM Deanery d ORDER BY d.name")
@NamedQuery(name = Deanery.FIND_BY_CODE, query = "SELECT d FROM Deanery d WHERE d.code = :code")
public class Deanery extends BaseEntity {

    public static final String FIND_ALL = "Deanery.findAll";

    public static final String FIND_BY_CODE = "Deanery.findByCode";
    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;

    @NotNull
    @Size(max = CODE_MAX)
    @Column(name = "code", nullable = false, length = CODE_MAX)
    private String code;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    protected Deanery() {}

    public Deanery(String code, String name) {
        this.code = requiredText("code", code, CODE_MAX).toUpperCase(Locale.ROOT);
        this.name = requiredText("name", name, NAME_MAX);
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

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Deanery that && code.equals(that.code));
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
