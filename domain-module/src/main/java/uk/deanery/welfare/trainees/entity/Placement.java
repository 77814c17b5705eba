package uk.deanery.welfare.trainees.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import uk.deanery.welfare.programmes.entity.Site;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.DateRange;

/** A rotation: a post at a site for a period, e.g. the first 4-month IMT rotation. */
@Entity
@Table(name = "placement")
public class Placement extends BaseEntity {

    public static final int GRADE_MAX = 20;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false, foreignKey = @ForeignKey(name = "fk_placement_trainee"))
    private Trainee trainee;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, foreignKey = @ForeignKey(name = "fk_placement_site"))
    private Site site;

    @NotNull
    @Size(max = GRADE_MAX)
    @Column(name = "grade", nullable = false, length = GRADE_MAX)
    private String grade;

    @NotNull
    @Valid
    @Embedded
    private DateRange period;

    protected Placement() {}

    /** Package-private: placements are made through {@link Trainee#placeAt}. */
    Placement(Trainee trainee, Site site, String grade, DateRange period) {
        this.trainee = required("trainee", trainee);
        this.site = required("site", site);
        this.grade = requiredText("grade", grade, GRADE_MAX);
        this.period = required("period", period);
    }

    public void reschedule(DateRange newPeriod) {
        this.period = required("period", newPeriod);
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public Site getSite() {
        return site;
    }

    public String getGrade() {
        return grade;
    }

    public DateRange getPeriod() {
        return period;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Placement that
                        && trainee.equals(that.trainee)
                        && site.equals(that.site)
                        && period.getStartDate().equals(that.period.getStartDate()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(trainee, site, period.getStartDate());
    }

    @Override
    public String toString() {
        return trainee.getGmcNumber() + " at " + site + " (" + grade + ", " + period + ")";
    }
}
