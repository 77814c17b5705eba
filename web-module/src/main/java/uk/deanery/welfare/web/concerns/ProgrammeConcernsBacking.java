package uk.deanery.welfare.web.concerns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/** Backs {@code tpd/concerns.xhtml}: concerns in the programmes the director directs. */
@Named
@ViewScoped
public class ProgrammeConcernsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernService concerns;

    private List<WelfareConcern> list;

    @PostConstruct
    void load() {
        list = concerns.listForMyProgrammes();
    }

    public List<WelfareConcern> getConcerns() {
        return list;
    }
}
