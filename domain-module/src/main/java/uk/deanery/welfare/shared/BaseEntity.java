package uk.deanery.welfare.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * Surrogate id and optimistic-lock version for the mutable entities. One sequence serves every table so the
 * migrations stay identical on H2 and PostgreSQL (no identity columns).
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    /** Null until persisted; never part of equality, which uses each entity's business key. */
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
