package uk.deanery.welfare.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Deanery;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.programmes.entity.Specialty;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.web.Pages;

/**
 * Backs the forms on {@code admin/programmes.xhtml} that add a local office (deanery), a specialty, a programme and a
 * cohort. A refused entry is explained next to its field and what was typed stays in the form.
 */
@Named
@ViewScoped
public class ProgrammeSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programmes;

    @Inject
    ProgrammesBacking overview;

    private List<Deanery> deaneries;
    private List<Specialty> specialties;
    private List<Programme> programmeChoices;

    private String deaneryCode;
    private String deaneryName;
    private String specialtyCode;
    private String specialtyName;
    private String programmeCode;
    private String programmeName;
    private String programmeSpecialty;
    private String programmeDeanery;
    private String cohortProgramme;
    private Integer cohortYear;

    @PostConstruct
    void load() {
        deaneries = programmes.deaneries();
        specialties = programmes.specialties();
        programmeChoices = programmes.programmes();
    }

    public void addDeanery() {
        if (attempt("deanery", () -> programmes.createDeanery(deaneryCode, deaneryName))) {
            done("Local office " + deaneryCode.strip() + " added.");
            deaneryCode = null;
            deaneryName = null;
        }
    }

    public void addSpecialty() {
        if (attempt("specialty", () -> programmes.createSpecialty(specialtyCode, specialtyName))) {
            done("Specialty " + specialtyCode.strip() + " added.");
            specialtyCode = null;
            specialtyName = null;
        }
    }

    public void addProgramme() {
        if (attempt(
                "programme",
                () -> programmes.createProgramme(programmeCode, programmeName, programmeSpecialty, programmeDeanery))) {
            done("Programme " + programmeCode.strip() + " added. Add its cohorts, or import its roster.");
            programmeCode = null;
            programmeName = null;
        }
    }

    public void addCohort() {
        if (cohortYear == null) {
            refuse("cohort:intakeYear", "Intake year is required");
            return;
        }
        if (attempt("cohort", () -> programmes.findOrCreateCohort(cohortProgramme, cohortYear))) {
            done("Cohort " + cohortProgramme + " " + cohortYear + " is ready.");
            cohortYear = null;
        }
    }

    /** After a roster added programmes or cohorts. */
    public void reload() {
        load();
    }

    /** Runs one change; on a refusal, explains it by its field and keeps the form as typed. */
    private boolean attempt(String formId, Runnable change) {
        try {
            change.run();
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, formId);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (ConflictException conflict) {
            refuse(formId + ":" + conflict.getField(), Pages.capitalised(conflict.getReason()));
            return false;
        } catch (InvalidValueException invalid) {
            refuse(
                    formId + ":" + invalid.getField(),
                    Pages.capitalised(invalid.getField()) + " " + invalid.getReason());
            return false;
        } catch (NotFoundException missing) {
            refuse(null, "There is no " + missing.getWhat() + " " + missing.getKey() + "; add it first");
            return false;
        }
        load();
        overview.reload();
        return true;
    }

    private static void refuse(String clientId, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message + ".", null));
        context.validationFailed();
    }

    private static void done(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public List<Deanery> getDeaneries() {
        return deaneries;
    }

    public List<Specialty> getSpecialties() {
        return specialties;
    }

    public List<Programme> getProgrammeChoices() {
        return programmeChoices;
    }

    public String getDeaneryCode() {
        return deaneryCode;
    }

    public void setDeaneryCode(String deaneryCode) {
        this.deaneryCode = deaneryCode;
    }

    public String getDeaneryName() {
        return deaneryName;
    }

    public void setDeaneryName(String deaneryName) {
        this.deaneryName = deaneryName;
    }

    public String getSpecialtyCode() {
        return specialtyCode;
    }

    public void setSpecialtyCode(String specialtyCode) {
        this.specialtyCode = specialtyCode;
    }

    public String getSpecialtyName() {
        return specialtyName;
    }

    public void setSpecialtyName(String specialtyName) {
        this.specialtyName = specialtyName;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getProgrammeSpecialty() {
        return programmeSpecialty;
    }

    public void setProgrammeSpecialty(String programmeSpecialty) {
        this.programmeSpecialty = programmeSpecialty;
    }

    public String getProgrammeDeanery() {
        return programmeDeanery;
    }

    public void setProgrammeDeanery(String programmeDeanery) {
        this.programmeDeanery = programmeDeanery;
    }

    public String getCohortProgramme() {
        return cohortProgramme;
    }

    public void setCohortProgramme(String cohortProgramme) {
        this.cohortProgramme = cohortProgramme;
    }

    public Integer getCohortYear() {
        return cohortYear;
    }

    public void setCohortYear(Integer cohortYear) {
        this.cohortYear = cohortYear;
    }
}
