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

/** A hospital or practice where placements happen, run by a trust. */
@Entity
@Table(name = "site", uniqueConstraints = @UniqueConstraint(name = "uk_site_code", columnNames = "code"))
@NamedQuery(name = Site.FIND_BY_CODE, query = "SELECT s FROM Site s WHERE s.code = :code")
public class Site extends BaseEntity {

    public static final String FIND_BY_CODE = "Site.findByCode";
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

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trust_id", nullable = false, foreignKey = @ForeignKey(name = "fk_site_trust"))
    private Trust trust;

    protected Site() {}

    public Site(String code, String name, Trust trust) {
        this.code = requiredText("code", code, CODE_MAX).toUpperCase(Locale.ROOT);
        this.name = requiredText("name", name, NAME_MAX);
        this.trust = required("trust", trust);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Trust getTrust() {
        return trust;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Site that && code.equals(that.code));
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
