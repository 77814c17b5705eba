package uk.deanery.welfare.web.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.Wave;

/** The "My surveys" part of {@code trainee/home.xhtml}: the waves open to the trainee today. */
@Named
@ViewScoped
public class MySurveysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WaveService waves;

    private List<Wave> open;

    @PostConstruct
    void load() {
        open = waves.openWavesForMe();
    }

    public List<Wave> getOpen() {
        return open;
    }
}
