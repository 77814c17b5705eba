package uk.deanery.welfare.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.reporting.programmes.ProgrammeOverview;
import uk.deanery.welfare.reporting.programmes.ProgrammeSummary;

/** Backs {@code admin/programmes.xhtml}: the programmes and cohorts overview. */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeOverview overview;

    private List<ProgrammeSummary> programmes;

    @PostConstruct
    void load() {
        programmes = overview.programmes();
    }

    /** After a programme, cohort or roster was added on the page. */
    public void reload() {
        load();
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes;
    }
}
