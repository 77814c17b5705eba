package uk.deanery.welfare.web.concerns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.boundary.TriageQueue;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/** Backs {@code admin/triage.xhtml}: the deanery's triage queue, and taking a concern from it. */
@Named
@ViewScoped
public class TriageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernWork work;

    @Inject
    Clock clock;

    private TriageQueue queue;

    @PostConstruct
    void load() {
        queue = work.triageQueue();
    }

    public void take(String reference) {
        work.takeOwnership(reference);
        load();
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, "You now own concern " + reference + ".", null));
    }

    public boolean isOverdue(WelfareConcern concern) {
        return concern.isOverdue(Instant.now(clock));
    }

    public TriageQueue getQueue() {
        return queue;
    }
}
