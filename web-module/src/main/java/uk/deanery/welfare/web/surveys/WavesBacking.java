package uk.deanery.welfare.web.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.surveys.boundary.InstrumentService;
import uk.deanery.welfare.surveys.boundary.ResponseRate;
import uk.deanery.welfare.surveys.boundary.SurveyInvitations;
import uk.deanery.welfare.surveys.boundary.WaveDefinition;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;

/** Backs {@code admin/waves.xhtml}: opening a survey wave for cohorts, and each wave's response rates. */
@Named
@ViewScoped
public class WavesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WaveService waves;

    @Inject
    InstrumentService instruments;

    @Inject
    ProgrammeService programmes;

    @Inject
    SurveyInvitations invitations;

    @Inject
    Clock clock;

    private List<SelectItem> instrumentChoices;
    private List<SelectItem> cohortChoices;
    private List<Wave> all;
    private final Map<Long, List<ResponseRate>> rates = new LinkedHashMap<>();

    private String title;
    private String instrument;
    private List<String> cohorts = new ArrayList<>();
    private WaveKind kind = WaveKind.BASELINE;
    private Integer followUpRotation;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean linked = true;

    @PostConstruct
    void load() {
        opensOn = LocalDate.now(clock);
        closesOn = opensOn.plusWeeks(3);
        instrumentChoices = instruments.listPublished().stream()
                .map(i -> new SelectItem(
                        i.getCode() + ":" + i.getInstrumentVersion(),
                        i.getTitle() + " (" + i.getCode() + " v" + i.getInstrumentVersion() + ")"))
                .toList();
        cohortChoices = new ArrayList<>();
        for (Programme programme : programmes.programmes()) {
            for (Cohort cohort : programmes.cohortsOf(programme.getCode())) {
                cohortChoices.add(new SelectItem(
                        programme.getCode() + ":" + cohort.getIntakeYear(),
                        programme.getName() + ", " + cohort.getIntakeYear() + " intake"));
            }
        }
        refresh();
    }

    /** Reloads the waves and their counts; the page polls this so response rates stay live. */
    public void refresh() {
        all = waves.list();
        rates.clear();
        all.forEach(w -> rates.put(w.getId(), waves.responseRates(w.getId())));
    }

    public void open() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String[] chosen = instrument == null ? new String[] {"", "0"} : instrument.split(":");
            Wave wave = waves.open(new WaveDefinition(
                    title,
                    chosen[0],
                    Integer.parseInt(chosen[1]),
                    cohorts.stream()
                            .map(c -> c.split(":"))
                            .map(c -> new WaveDefinition.CohortRef(c[0], Integer.parseInt(c[1])))
                            .toList(),
                    kind,
                    kind == WaveKind.FOLLOW_UP ? followUpRotation : null,
                    opensOn,
                    closesOn,
                    linked));
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Wave \"" + wave.getTitle() + "\" is open to " + count(wave) + " trainees.",
                            null));
            title = null;
            cohorts = new ArrayList<>();
            refresh();
        } catch (ConstraintViolationException refused) {
            for (ConstraintViolation<?> violation : refused.getConstraintViolations()) {
                String path = violation.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                context.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, label(field) + " " + violation.getMessage(), null));
            }
            context.validationFailed();
        } catch (InvalidValueException | ConflictException | NotFoundException refused) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            context.validationFailed();
        }
    }

    private long count(Wave wave) {
        return waves.responseRates(wave.getId()).stream()
                .mapToLong(ResponseRate::invited)
                .sum();
    }

    private static String label(String field) {
        return switch (field) {
            case "title" -> "Title";
            case "instrumentCode", "instrumentVersion" -> "Instrument";
            case "cohorts" -> "Cohorts";
            case "kind" -> "Kind";
            case "followUpRotation", "rotationOnlyForFollowUp" -> "Rotation";
            case "opensOn" -> "Opens on";
            case "closesOn", "datesInOrder" -> "Closes on";
            default -> field;
        };
    }

    public void remind(Wave wave) {
        int reminded = invitations.sendReminders(wave.getId());
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                "Reminders sent to " + reminded + " trainees who have not submitted \""
                                        + wave.getTitle() + "\".",
                                null));
    }

    public List<ResponseRate> ratesOf(Wave wave) {
        return rates.getOrDefault(wave.getId(), List.of());
    }

    /** Submitted responses of a wave, for imported ones, whose pseudonymous respondents were never invited. */
    public long responseCount(Wave wave) {
        return waves.submittedResponses(wave.getId());
    }

    public WaveKind[] getKinds() {
        return WaveKind.values();
    }

    public List<SelectItem> getInstrumentChoices() {
        return instrumentChoices;
    }

    public List<SelectItem> getCohortChoices() {
        return cohortChoices;
    }

    public List<Wave> getWaves() {
        return all;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public List<String> getCohorts() {
        return cohorts;
    }

    public void setCohorts(List<String> cohorts) {
        this.cohorts = cohorts;
    }

    public WaveKind getKind() {
        return kind;
    }

    public void setKind(WaveKind kind) {
        this.kind = kind;
    }

    public Integer getFollowUpRotation() {
        return followUpRotation;
    }

    public void setFollowUpRotation(Integer followUpRotation) {
        this.followUpRotation = followUpRotation;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public boolean isLinked() {
        return linked;
    }

    public void setLinked(boolean linked) {
        this.linked = linked;
    }
}
