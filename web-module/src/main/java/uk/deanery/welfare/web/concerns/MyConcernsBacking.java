package uk.deanery.welfare.web.concerns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.entity.Trainee;
import uk.deanery.welfare.web.Pages;

/** Backs {@code trainee/home.xhtml}: the signed-in trainee's concerns, and raising a new one. */
@Named
@ViewScoped
public class MyConcernsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernService concerns;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    private String gmcNumber;
    private String name;
    private List<WelfareConcern> mine = List.of();
    private List<ConcernCategory> categories = List.of();
    private String categoryCode;
    private String description;
    private ConcernSharing sharing;
    // One per filled-in form: the same form sent twice (a double click) raises one concern.
    private String submissionKey = newKey();

    @PostConstruct
    void load() {
        Optional<Trainee> me = traineeAccess.linkedTrainee();
        if (me.isEmpty()) {
            return;
        }
        gmcNumber = me.get().getGmcNumber().getDigits();
        name = me.get().getForenames() + " " + me.get().getSurname();
        categories = concerns.categories();
        refresh();
    }

    private void refresh() {
        mine = concerns.listForTrainee(gmcNumber);
    }

    public void raise() {
        try {
            concerns.raise(new ConcernSubmission(gmcNumber, categoryCode, description, sharing, submissionKey));
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "raise");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        categoryCode = null;
        description = null;
        sharing = null;
        submissionKey = newKey();
        refresh();
        FacesContext.getCurrentInstance()
                .addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your concern has been recorded.", null));
    }

    private static String newKey() {
        return java.util.UUID.randomUUID().toString();
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public boolean isRegistered() {
        return gmcNumber != null;
    }

    public String getName() {
        return name;
    }

    public List<WelfareConcern> getConcerns() {
        return mine;
    }

    public List<ConcernCategory> getCategories() {
        return categories;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public List<ConcernSharing> getSharingChoices() {
        return List.of(ConcernSharing.values());
    }

    public ConcernSharing getSharing() {
        return sharing;
    }

    public void setSharing(ConcernSharing sharing) {
        this.sharing = sharing;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
