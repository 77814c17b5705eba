package uk.deanery.welfare.web.concerns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/** Backs {@code supervisor/concerns.xhtml}: concerns of the trainees the supervisor supervises today. */
@Named
@ViewScoped
public class SupervisedConcernsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernService concerns;

    private List<WelfareConcern> list;

    @PostConstruct
    void load() {
        list = concerns.listForMyTrainees();
    }

    public List<WelfareConcern> getConcerns() {
        return list;
    }
}
