package uk.deanery.welfare.supervision.entity;

import static uk.deanery.welfare.shared.Checks.required;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * An educational supervisor responsible for a trainee over a period. A trainee has at most one supervisor on any
 * day, so that "who is my supervisor" (and who to bypass when they cannot be reached) has one answer.
 */
@Entity
@Table(
        name = "supervisor_assignment",
        indexes = {
            @Index(name = "ix_assignment_trainee", columnList = "trainee_id"),
            @Index(name = "ix_assignment_supervisor", columnList = "supervisor_id")
        })
@NamedQuery(
        name = SupervisorAssignment.FIND_ON_DATE,
        query = "SELECT a.supervisor FROM SupervisorAssignment a WHERE a.trainee.gmcNumber.digits = :gmc"
                + " AND a.period.startDate <= :date AND (a.period.endDate IS NULL OR a.period.endDate >= :date)")
@NamedQuery(
        name = SupervisorAssignment.FIND_TRAINEES_ON_DATE,
        query = "SELECT a.trainee FROM SupervisorAssignment a WHERE a.supervisor = :supervisor"
                + " AND a.period.startDate <= :date AND (a.period.endDate IS NULL OR a.period.endDate >= :date)"
                + " ORDER BY a.trainee.surname, a.trainee.forenames")
@NamedQuery(
        name = SupervisorAssignment.FIND_BY_TRAINEE,
        query = "SELECT a FROM SupervisorAssignment a WHERE a.trainee = :trainee ORDER BY a.period.startDate")
@NamedQuery(
        name = SupervisorAssignment.COUNT_BY_SUPERVISOR_EMAIL_ON_DATE,
        query = "SELECT COUNT(a) FROM SupervisorAssignment a WHERE a.trainee = :trainee AND a.supervisor.email = :email"
                + " AND a.period.startDate <= :date AND (a.period.endDate IS NULL OR a.period.endDate >= :date)")
public class SupervisorAssignment extends BaseEntity {

    public static final String COUNT_BY_SUPERVISOR_EMAIL_ON_DATE = "SupervisorAssignment.countBySupervisorEmailOnDate";
    public static final String FIND_ON_DATE = "SupervisorAssignment.findOnDate";
    public static final String FIND_TRAINEES_ON_DATE = "SupervisorAssignment.findTraineesOnDate";
    public static final String FIND_BY_TRAINEE = "SupervisorAssignment.findByTrainee";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false, foreignKey = @ForeignKey(name = "fk_assignment_trainee"))
    private Trainee trainee;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id", nullable = false, foreignKey = @ForeignKey(name = "fk_assignment_supervisor"))
    private EducationalSupervisor supervisor;

    @NotNull
    @Valid
    @Embedded
    private DateRange period;

    protected SupervisorAssignment() {}

    private SupervisorAssignment(Trainee trainee, EducationalSupervisor supervisor, DateRange period) {
        this.trainee = trainee;
        this.supervisor = supervisor;
        this.period = period;
    }

    /**
     * Assigns a supervisor to a trainee, refusing a period that overlaps another assignment of the same trainee.
     *
     * @param existing the trainee's current assignments; other trainees' assignments are ignored
     * @throws ConflictException on field {@code period} naming the assignment it overlaps
     */
    public static SupervisorAssignment assign(
            Trainee trainee,
            EducationalSupervisor supervisor,
            DateRange period,
            Collection<SupervisorAssignment> existing) {
        required("trainee", trainee);
        required("supervisor", supervisor);
        required("period", period);
        for (SupervisorAssignment other : existing) {
            if (other.trainee.equals(trainee) && other.period.overlaps(period)) {
                throw new ConflictException("period", "overlaps the assignment to " + other.describe());
            }
        }
        return new SupervisorAssignment(trainee, supervisor, period);
    }

    /**
     * Moves the period (typically a changed end date), with the same overlap rule as {@link #assign}; this
     * assignment itself is skipped when it appears among {@code existing}.
     */
    public void reschedule(DateRange newPeriod, Collection<SupervisorAssignment> existing) {
        required("period", newPeriod);
        for (SupervisorAssignment other : existing) {
            if (other != this
                    && !other.equals(this)
                    && other.trainee.equals(trainee)
                    && other.period.overlaps(newPeriod)) {
                throw new ConflictException("period", "overlaps the assignment to " + other.describe());
            }
        }
        this.period = newPeriod;
    }

    private String describe() {
        return supervisor.getFullName() + " "
                + (period.isOpenEnded()
                        ? "from " + period.getStartDate() + " (open-ended)"
                        : "from " + period.getStartDate() + " to " + period.getEndDate());
    }

    public boolean isCurrentOn(LocalDate day) {
        return period.contains(day);
    }

    /** For the audit trail: "supervisor 7000001 2026-08-05 to 2029-08-07". */
    public String forAudit() {
        return "supervisor " + supervisor.getGmcNumber().getDigits() + " " + period;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public EducationalSupervisor getSupervisor() {
        return supervisor;
    }

    public DateRange getPeriod() {
        return period;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof SupervisorAssignment that
                        && trainee.equals(that.trainee)
                        && supervisor.equals(that.supervisor)
                        && period.getStartDate().equals(that.period.getStartDate()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(trainee, supervisor, period.getStartDate());
    }

    @Override
    public String toString() {
        return supervisor.getGmcNumber() + " supervises " + trainee.getGmcNumber() + " " + period;
    }
}
