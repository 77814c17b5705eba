package uk.deanery.welfare.programmes.entity;

import static uk.deanery.welfare.shared.Checks.email;
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
import java.time.LocalDate;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.InvalidValueException;

/**
 * Leads a programme for the period of their appointment; the escalation point above the educational supervisor.
 */
@Entity
@Table(
        name = "training_programme_director",
        uniqueConstraints = @UniqueConstraint(name = "uk_tpd_email", columnNames = "email"))
@NamedQuery(
        name = TrainingProgrammeDirector.FIND_BY_EMAIL,
        query = "SELECT d FROM TrainingProgrammeDirector d WHERE d.email = :email")
@NamedQuery(
        name = TrainingProgrammeDirector.FIND_BY_PROGRAMME,
        query = "SELECT d FROM TrainingProgrammeDirector d WHERE d.programme = :programme ORDER BY d.surname")
@NamedQuery(
        name = TrainingProgrammeDirector.FIND_PROGRAMMES_DIRECTED_BY,
        query = "SELECT d.programme FROM TrainingProgrammeDirector d WHERE d.email = :email"
                + " AND d.appointment.startDate <= :today"
                + " AND (d.appointment.endDate IS NULL OR d.appointment.endDate >= :today) ORDER BY d.programme.name")
@NamedQuery(
        name = TrainingProgrammeDirector.FIND_ALL,
        query = "SELECT d FROM TrainingProgrammeDirector d JOIN FETCH d.programme"
                + " ORDER BY d.programme.name, d.surname, d.forenames")
public class TrainingProgrammeDirector extends BaseEntity {

    /** Parameters {@code email} and {@code today}: the programmes someone directs under an appointment running today. */
    public static final String FIND_PROGRAMMES_DIRECTED_BY = "TrainingProgrammeDirector.findProgrammesDirectedBy";
    /** Every appointment, past, present and future, by programme and name. */
    public static final String FIND_ALL = "TrainingProgrammeDirector.findAll";

    public static final String FIND_BY_EMAIL = "TrainingProgrammeDirector.findByEmail";
    public static final String FIND_BY_PROGRAMME = "TrainingProgrammeDirector.findByProgramme";
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "forenames", nullable = false, length = NAME_MAX)
    private String forenames;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "surname", nullable = false, length = NAME_MAX)
    private String surname;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, foreignKey = @ForeignKey(name = "fk_tpd_programme"))
    private Programme programme;

    // The days the appointment gives access on: the director sees the programme's concerns and reports only then.
    @NotNull
    @Valid
    @Embedded
    private DateRange appointment;

    protected TrainingProgrammeDirector() {}

    /** Appointed from the first day of the period, to its last (open-ended when it has none). */
    public TrainingProgrammeDirector(
            String forenames, String surname, String email, Programme programme, DateRange appointment) {
        this.forenames = requiredText("forenames", forenames, NAME_MAX);
        this.surname = requiredText("surname", surname, NAME_MAX);
        this.email = email("email", email, EMAIL_MAX);
        this.programme = required("programme", programme);
        this.appointment = required("appointment", appointment);
    }

    /**
     * Ends the appointment after this day: from the next, the director no longer reaches the programme.
     *
     * @throws InvalidValueException on {@code endDate} before the appointment began
     * @throws ConflictException on {@code endDate} when it has already ended on or before that day
     */
    public void endAfter(LocalDate lastDay) {
        required("lastDay", lastDay);
        if (!appointment.isOpenEnded() && !appointment.getEndDate().isAfter(lastDay)) {
            throw new ConflictException("endDate", "the appointment already ended on " + appointment.getEndDate());
        }
        this.appointment = DateRange.of(appointment.getStartDate(), lastDay);
    }

    public boolean isAppointedOn(LocalDate day) {
        return appointment.contains(day);
    }

    /** For the audit trail: "director a@b.example of YH-IMT from 2026-08-01". */
    public String describe() {
        return "director " + email + " of " + programme.getCode() + " " + appointment;
    }

    public DateRange getAppointment() {
        return appointment;
    }

    public String getForenames() {
        return forenames;
    }

    public String getSurname() {
        return surname;
    }

    public String getFullName() {
        return forenames + " " + surname;
    }

    public String getEmail() {
        return email;
    }

    public Programme getProgramme() {
        return programme;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof TrainingProgrammeDirector that && email.equals(that.email));
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return getFullName() + " <" + email + ">";
    }
}
