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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.InvalidValueException;

/** A trainee's place on a programme, in one intake cohort, at a grade, for a period (TIS ProgrammeMembership). */
@Entity
@Table(
        name = "programme_membership",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_membership_trainee_programme_cohort",
                        columnNames = {"trainee_id", "programme_id", "cohort_id"}))
@NamedQuery(
        name = ProgrammeMembership.FIND_BY_COHORT,
        query = "SELECT m FROM ProgrammeMembership m JOIN FETCH m.trainee WHERE m.cohort = :cohort"
                + " ORDER BY m.trainee.surname, m.trainee.forenames")
@NamedQuery(
        name = ProgrammeMembership.COUNT_IN_PROGRAMMES,
        query = "SELECT COUNT(m) FROM ProgrammeMembership m WHERE m.trainee = :trainee AND m.programme IN :programmes"
                + " AND m.period.startDate <= :today AND (m.period.endDate IS NULL OR m.period.endDate >= :today)")
@NamedQuery(
        name = ProgrammeMembership.FIND_IN_COHORTS,
        query = "SELECT m FROM ProgrammeMembership m JOIN FETCH m.trainee t WHERE m.cohort IN :cohorts"
                + " ORDER BY t.surname, t.forenames, t.id, m.cohort.intakeYear, m.id")
public class ProgrammeMembership extends BaseEntity {

    /** Parameter {@code cohorts}: every membership of those cohorts, by trainee name. */
    public static final String FIND_IN_COHORTS = "ProgrammeMembership.findInCohorts";

    public static final String FIND_BY_COHORT = "ProgrammeMembership.findByCohort";
    /** Parameters {@code trainee}, {@code programmes} and {@code today}: memberships of them running today. */
    public static final String COUNT_IN_PROGRAMMES = "ProgrammeMembership.countInProgrammes";

    public static final int GRADE_MAX = 20;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false, foreignKey = @ForeignKey(name = "fk_membership_trainee"))
    private Trainee trainee;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, foreignKey = @ForeignKey(name = "fk_membership_programme"))
    private Programme programme;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, foreignKey = @ForeignKey(name = "fk_membership_cohort"))
    private Cohort cohort;

    @NotNull
    @Size(max = GRADE_MAX)
    @Column(name = "grade", nullable = false, length = GRADE_MAX)
    private String grade;

    @NotNull
    @Valid
    @Embedded
    private DateRange period;

    protected ProgrammeMembership() {}

    /** Package-private: memberships are created through {@link Trainee#enrol}, which refuses duplicates. */
    ProgrammeMembership(Trainee trainee, Programme programme, Cohort cohort, String grade, DateRange period) {
        this.trainee = required("trainee", trainee);
        this.programme = required("programme", programme);
        this.cohort = required("cohort", cohort);
        if (!cohort.belongsTo(programme)) {
            throw new InvalidValueException(
                    "cohort",
                    "cohort " + cohort + " belongs to programme " + cohort.getProgramme() + ", not " + programme);
        }
        this.grade = requiredText("grade", grade, GRADE_MAX);
        this.period = required("period", period);
    }

    public boolean hasTerms(String otherGrade, DateRange otherPeriod) {
        return grade.equals(otherGrade == null ? null : otherGrade.strip()) && period.equals(otherPeriod);
    }

    /** Progression (IMT1 to IMT2) or a changed end date. */
    public void revise(String newGrade, DateRange newPeriod) {
        this.grade = requiredText("grade", newGrade, GRADE_MAX);
        this.period = required("period", newPeriod);
    }

    /** For the audit trail: "YH-IMT 2026 IMT1 2026-08-05 to 2029-08-07". */
    public String describe() {
        return programme.getCode() + " " + cohort.getIntakeYear() + " " + grade + " " + period;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Cohort getCohort() {
        return cohort;
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
                || (other instanceof ProgrammeMembership that
                        && trainee.equals(that.trainee)
                        && programme.equals(that.programme)
                        && cohort.equals(that.cohort));
    }

    @Override
    public int hashCode() {
        return Objects.hash(trainee, programme, cohort);
    }

    @Override
    public String toString() {
        return trainee.getGmcNumber() + " in " + cohort + " (" + grade + ", " + period + ")";
    }
}
