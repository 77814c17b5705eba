package uk.deanery.welfare.concerns.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Reference data, maintained by migration only: the kinds of challenge the Yorkshire and Humber IMG study measured,
 * plus the wider welfare topics. The code is the key because surveys and reports refer to categories by code.
 */
@Entity
@Cacheable
@Table(name = "concern_category")
@NamedQuery(name = ConcernCategory.FIND_ALL, query = "SELECT c FROM ConcernCategory c ORDER BY c.sortOrder")
public class ConcernCategory implements Serializable {

    public static final String FIND_ALL = "ConcernCategory.findAll";
    public static final int CODE_MAX = 40;
    public static final int LABEL_MAX = 200;
    public static final int DEFAULT_ACKNOWLEDGE_WORKING_DAYS = 5;

    @Id
    @Column(name = "code", length = CODE_MAX, updatable = false)
    private String code;

    @Column(name = "label", nullable = false, length = LABEL_MAX, insertable = false, updatable = false)
    private String label;

    @Column(name = "sort_order", nullable = false, insertable = false, updatable = false)
    private int sortOrder;

    // Concerns about the relationship with the supervisor are never shown to the supervisor, nor routed through them.
    @Column(name = "about_supervisor", nullable = false, insertable = false, updatable = false)
    private boolean aboutSupervisor;

    @Column(name = "acknowledge_working_days", nullable = false, insertable = false, updatable = false)
    private int acknowledgeWorkingDays = DEFAULT_ACKNOWLEDGE_WORKING_DAYS;

    protected ConcernCategory() {}

    /** For tests only: in the application, categories come from the database. */
    public ConcernCategory(String code, String label, int sortOrder) {
        this(code, label, sortOrder, false);
    }

    /** For tests only: in the application, categories come from the database. */
    public ConcernCategory(String code, String label, int sortOrder, boolean aboutSupervisor) {
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
        this.aboutSupervisor = aboutSupervisor;
    }

    /** Whether the concern is about the trainee's relationship with their supervisor (access, bullying). */
    public boolean isAboutSupervisor() {
        return aboutSupervisor;
    }

    /** How many working days whoever holds a concern of this category has to acknowledge it. */
    public int getAcknowledgeWorkingDays() {
        return acknowledgeWorkingDays;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ConcernCategory that && code.equals(that.code));
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
