package uk.deanery.welfare.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.deanery.welfare.programmes.boundary.DirectorAppointment;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.programmes.entity.TrainingProgrammeDirector;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.web.Pages;

/**
 * Backs the training programme directors on {@code admin/programmes.xhtml}: every appointment with its period, a
 * form to appoint one, and ending one on a chosen last day. A refusal is explained next to its field and keeps what
 * was typed.
 */
@Named
@ViewScoped
public class DirectorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    ProgrammeService programmes;

    @Inject
    Clock clock;

    private List<TrainingProgrammeDirector> directors;
    private List<Programme> programmeChoices;
    private final Map<Long, LocalDate> lastDays = new HashMap<>();

    private String forenames;
    private String surname;
    private String email;
    private String programmeCode;
    private LocalDate from;

    @PostConstruct
    void load() {
        directors = programmes.directors();
        programmeChoices = programmes.programmes();
        LocalDate today = LocalDate.now(clock);
        if (from == null) {
            from = today;
        }
        directors.forEach(d -> lastDays.putIfAbsent(d.getId(), today));
    }

    public void appoint() {
        try {
            programmes.appoint(new DirectorAppointment(forenames, surname, email, programmeCode, from));
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "appoint");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        } catch (ConflictException | InvalidValueException | NotFoundException refused) {
            refuse(refused);
            return;
        }
        done(forenames.strip() + " " + surname.strip() + " is director of " + programmeCode + " from "
                + DAY.format(from) + ".");
        forenames = null;
        surname = null;
        email = null;
        load();
    }

    public void end(TrainingProgrammeDirector director) {
        LocalDate lastDay = lastDays.get(director.getId());
        if (lastDay == null) {
            failed("directors:table", "Choose the last day of " + director.getFullName() + "'s appointment.");
            return;
        }
        try {
            programmes.endAppointment(director.getId(), lastDay);
        } catch (ConflictException | InvalidValueException | NotFoundException refused) {
            failed(
                    "directors:table",
                    director.getFullName() + ": "
                            + (refused instanceof InvalidValueException invalid
                                    ? "the last day " + invalid.getReason()
                                    : Pages.capitalised(refused.getMessage()))
                            + ".");
            return;
        }
        done(director.getFullName() + "'s appointment to "
                + director.getProgramme().getCode() + " ends after " + DAY.format(lastDay) + ".");
        load();
    }

    /** "1 August 2024 to 31 July 2027", or "from 1 August 2024" while open-ended. */
    public String period(TrainingProgrammeDirector director) {
        var appointment = director.getAppointment();
        return appointment.isOpenEnded()
                ? "From " + DAY.format(appointment.getStartDate())
                : DAY.format(appointment.getStartDate()) + " to " + DAY.format(appointment.getEndDate());
    }

    /** Whether the appointment can still be ended (it has no end, or ends later than today). */
    public boolean endable(TrainingProgrammeDirector director) {
        LocalDate end = director.getAppointment().getEndDate();
        return end == null || end.isAfter(LocalDate.now(clock));
    }

    /** For an appointment that can no longer be ended: "Ends today" on its last day, "Ended" after it. */
    public String endedLabel(TrainingProgrammeDirector director) {
        LocalDate end = director.getAppointment().getEndDate();
        return end != null && end.equals(LocalDate.now(clock)) ? "Ends today" : "Ended";
    }

    public boolean current(TrainingProgrammeDirector director) {
        return director.isAppointedOn(LocalDate.now(clock));
    }

    private void refuse(RuntimeException refused) {
        if (refused instanceof ConflictException conflict) {
            failed("appoint:" + conflict.getField(), Pages.capitalised(conflict.getReason()) + ".");
        } else if (refused instanceof InvalidValueException invalid) {
            failed(
                    "appoint:" + field(invalid.getField()),
                    Pages.capitalised(invalid.getField()) + " " + invalid.getReason() + ".");
        } else if (refused instanceof NotFoundException missing) {
            failed("appoint:programmeCode", "There is no " + missing.getWhat() + " " + missing.getKey() + ".");
        }
    }

    private static String field(String name) {
        return switch (name) {
            case "forenames", "surname", "email" -> name;
            default -> "from";
        };
    }

    private static void failed(String clientId, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    private static void done(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public List<TrainingProgrammeDirector> getDirectors() {
        return directors;
    }

    public List<Programme> getProgrammeChoices() {
        return programmeChoices;
    }

    public Map<Long, LocalDate> getLastDays() {
        return lastDays;
    }

    public String getForenames() {
        return forenames;
    }

    public void setForenames(String forenames) {
        this.forenames = forenames;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
