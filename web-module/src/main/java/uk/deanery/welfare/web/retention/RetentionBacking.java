package uk.deanery.welfare.web.retention;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.retention.boundary.DueItem;
import uk.deanery.welfare.retention.boundary.Retention;
import uk.deanery.welfare.retention.boundary.RetentionRun;

/** Backs {@code admin/retention.xhtml}: the policy, what is due under it, and running it now. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Retention retention;

    private List<DueItem> due;

    @PostConstruct
    void load() {
        due = retention.due();
    }

    public void apply() {
        RetentionRun run = retention.apply();
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                run.changedNothing()
                                        ? "Nothing was due."
                                        : run.concerns() + " concerns anonymised, " + run.responses()
                                                + " survey responses detached from their trainees, " + run.drafts()
                                                + " drafts deleted.",
                                null));
        load();
    }

    public List<DueItem> getDue() {
        return due;
    }

    public int getConcernYears() {
        return retention.getConcernYears();
    }

    public int getSurveyYears() {
        return retention.getSurveyYears();
    }
}
