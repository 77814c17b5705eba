package uk.deanery.welfare.programmes.entity;

import static uk.deanery.welfare.shared.Checks.required;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.InvalidValueException;

/** The trainees who start a programme in the same intake year; surveys and reports compare cohorts. */
@Entity
@Table(
        name = "cohort",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_cohort_programme_year",
                        columnNames = {"programme_id", "intake_year"}))
@NamedQuery(
        name = Cohort.FIND_BY_PROGRAMME_AND_YEAR,
        query = "SELECT c FROM Cohort c WHERE c.programme = :programme AND c.intakeYear = :intakeYear")
@NamedQuery(
        name = Cohort.FIND_BY_PROGRAMME,
        query = "SELECT c FROM Cohort c WHERE c.programme = :programme ORDER BY c.intakeYear")
public class Cohort extends BaseEntity {

    public static final String FIND_BY_PROGRAMME_AND_YEAR = "Cohort.findByProgrammeAndYear";
    public static final String FIND_BY_PROGRAMME = "Cohort.findByProgramme";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /**
     * The most years after its intake year that a cohort's trainees can still be starting a membership or answering
     * its surveys: the longest run-through training with time out of programme and less than full time.
     */
    public static final int YEARS_IN_PROGRAMME_MAX = 10;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, foreignKey = @ForeignKey(name = "fk_cohort_programme"))
    private Programme programme;

    @Min(FIRST_YEAR)
    @Max(LAST_YEAR)
    @Column(name = "intake_year", nullable = false)
    private int intakeYear;

    /**
     * Whether a day can belong to a cohort of this intake year: from 1 January of the year before (an early start
     * or a pilot) to 31 December {@value #YEARS_IN_PROGRAMME_MAX} years after.
     */
    public static boolean isPlausibleStart(int intakeYear, java.time.LocalDate day) {
        return day.getYear() >= intakeYear - 1 && day.getYear() <= intakeYear + YEARS_IN_PROGRAMME_MAX;
    }

    /** For messages: "2025 to 2036". */
    public static String plausibleYears(int intakeYear) {
        return (intakeYear - 1) + " to " + (intakeYear + YEARS_IN_PROGRAMME_MAX);
    }

    protected Cohort() {}

    public Cohort(Programme programme, int intakeYear) {
        this.programme = required("programme", programme);
        if (intakeYear < FIRST_YEAR || intakeYear > LAST_YEAR) {
            throw new InvalidValueException(
                    "intakeYear", "must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", was " + intakeYear);
        }
        this.intakeYear = intakeYear;
    }

    public boolean belongsTo(Programme candidate) {
        return programme.equals(candidate);
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getIntakeYear() {
        return intakeYear;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Cohort that && intakeYear == that.intakeYear && programme.equals(that.programme));
    }

    @Override
    public int hashCode() {
        return Objects.hash(programme, intakeYear);
    }

    @Override
    public String toString() {
        return programme + " " + intakeYear;
    }
}
