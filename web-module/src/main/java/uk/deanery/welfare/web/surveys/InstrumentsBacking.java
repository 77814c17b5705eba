package uk.deanery.welfare.web.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.surveys.boundary.InstrumentService;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.control.InstrumentProblem;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code admin/instruments.xhtml}: the survey instruments, starting a new one (edited in
 * {@code admin/instrument.xhtml}), publishing a draft, starting a new draft version, and exchanging instruments as
 * JSON. A refused import keeps the pasted text and lists every problem.
 */
@Named
@ViewScoped
public class InstrumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstrumentService instruments;

    private List<Instrument> all;
    private String json;
    private String newCode;
    private String newTitle;
    private List<InstrumentProblem> problems = List.of();

    @PostConstruct
    void load() {
        all = instruments.list();
    }

    public void importJson() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            InstrumentJson.Result result = instruments.importJson(json);
            problems = result.problems();
            if (result.hasProblems()) {
                context.addMessage(
                        null,
                        message(
                                FacesMessage.SEVERITY_ERROR,
                                problems.size() == 1
                                        ? "The file has one problem; nothing was imported."
                                        : "The file has " + problems.size() + " problems; nothing was imported."));
                context.validationFailed();
                return;
            }
            Instrument imported = result.instrument().orElseThrow();
            context.addMessage(
                    null,
                    message(
                            FacesMessage.SEVERITY_INFO,
                            "Imported " + imported.getCode() + " version " + imported.getInstrumentVersion()
                                    + " as a draft."));
            json = null;
            load();
        } catch (ConstraintViolationException refused) {
            context.addMessage(null, message(FacesMessage.SEVERITY_ERROR, "Paste the instrument's JSON first."));
            context.validationFailed();
        }
    }

    /** Creates an empty draft and opens it in the editor; a refused code or title is marked at its field. */
    public String create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Instrument draft = instruments.createDraft(newCode, newTitle);
            return "/admin/instrument?faces-redirect=true&code=" + draft.getCode() + "&version="
                    + draft.getInstrumentVersion();
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "create");
        } catch (InvalidValueException refused) {
            context.addMessage(
                    "create:" + refused.getField(), message(FacesMessage.SEVERITY_ERROR, refused.getReason()));
        } catch (ConflictException refused) {
            context.addMessage(
                    "create:" + refused.getField(), message(FacesMessage.SEVERITY_ERROR, refused.getReason()));
        }
        context.validationFailed();
        return null;
    }

    public void publish(Instrument instrument) {
        act(() -> instruments.publish(instrument.getCode(), instrument.getInstrumentVersion()), "Published ");
    }

    public void newDraftVersion(Instrument instrument) {
        act(() -> instruments.newDraftVersion(instrument.getCode()), "Started a new draft: ");
    }

    private void act(java.util.function.Supplier<Instrument> action, String done) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Instrument result = action.get();
            context.addMessage(
                    null,
                    message(
                            FacesMessage.SEVERITY_INFO,
                            done + result.getCode() + " version " + result.getInstrumentVersion() + "."));
            load();
        } catch (ConflictException refused) {
            context.addMessage(null, message(FacesMessage.SEVERITY_ERROR, refused.getReason()));
        }
    }

    public StreamedContent export(Instrument instrument) {
        byte[] content = instruments
                .exportJson(instrument.getCode(), instrument.getInstrumentVersion())
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(instrument.getCode().toLowerCase(java.util.Locale.ROOT) + "-v" + instrument.getInstrumentVersion()
                        + ".json")
                .contentType("application/json")
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    private static FacesMessage message(FacesMessage.Severity severity, String text) {
        return new FacesMessage(severity, text, null);
    }

    public List<Instrument> getInstruments() {
        return all;
    }

    public List<InstrumentProblem> getProblems() {
        return problems;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
