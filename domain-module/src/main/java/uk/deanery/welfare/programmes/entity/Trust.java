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

/** An NHS trust (or health board) that employs trainees at one or more sites. */
@Entity
@Table(name = "trust", uniqueConstraints = @UniqueConstraint(name = "uk_trust_code", columnNames = "code"))
@NamedQuery(name = Trust.FIND_BY_CODE, query = "SELECT d FROM Trust d WHERE d.code = :code")
public class Trust extends BaseEntity {

    public static final String FIND_BY_CODE = "Trust.findByCode";
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

    protected Trust() {}

    public Trust(String code, String name) {
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
        return this == other || (other instanceof Trust that && code.equals(that.code));
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
