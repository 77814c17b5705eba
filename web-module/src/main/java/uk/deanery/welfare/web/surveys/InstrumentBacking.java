package uk.deanery.welfare.web.surveys;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.surveys.boundary.InstrumentService;
import uk.deanery.welfare.surveys.control.InstrumentForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.FlagForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.ItemForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.OptionForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.SectionForm;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.control.InstrumentProblem;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.PredicateOperator;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code admin/instrument.xhtml?code=...&version=...}: an admin editing one draft instrument, or reading a
 * published or retired one. What the admin types stays in the {@link InstrumentForm} whatever the service says, so a
 * refused save loses nothing; each problem is shown next to the field its path leads to and listed at the top.
 */
@Named
@ViewScoped
public class InstrumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstrumentService instruments;

    @Inject
    ConcernService concerns;

    private String code;
    private Integer version;
    private Instrument instrument;
    private InstrumentForm form;
    private List<SelectItem> categoryChoices = List.of();
    private List<InstrumentProblem> problems = List.of();

    public void load() {
        try {
            Optional<Instrument> found =
                    code == null || version == null ? Optional.empty() : instruments.find(code, version);
            if (found.isEmpty()) {
                Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            show(found.get());
            categoryChoices = concerns.categories().stream()
                    .map(c -> new SelectItem(c.getCode(), c.getLabel()))
                    .toList();
        } catch (ConstraintViolationException badParameters) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        }
    }

    private void show(Instrument loaded) {
        instrument = loaded;
        form = InstrumentForm.of(loaded);
        problems = List.of();
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            InstrumentJson.Result result = instruments.editDraft(
                    form.getCode(),
                    form.getVersion(),
                    form.getLockVersion(),
                    form.toJson().toString());
            problems = result.problems();
            if (result.hasProblems()) {
                error(
                        problems.size() == 1
                                ? "The draft has one problem, marked below; nothing was saved."
                                : "The draft has " + problems.size() + " problems, marked below; nothing was saved.");
                context.validationFailed();
                return;
            }
            // Read back in a new transaction, for the lock version the next save must present.
            show(instruments.find(form.getCode(), form.getVersion()).orElseThrow());
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Saved " + instrument.getCode() + " version " + instrument.getInstrumentVersion() + ".",
                            null));
        } catch (ConflictException refused) {
            error(refused.getReason());
            context.validationFailed();
        } catch (ConstraintViolationException refused) {
            refused.getConstraintViolations()
                    .forEach(violation -> error("The draft " + violation.getMessage() + "; nothing was saved."));
            context.validationFailed();
        } catch (NotFoundException gone) {
            error("This draft no longer exists; nothing was saved.");
            context.validationFailed();
        }
    }

    public void addSection() {
        form.addSection();
        changedShape();
    }

    public void removeSection(SectionForm section) {
        form.remove(section);
        changedShape();
    }

    public void moveSectionUp(SectionForm section) {
        form.moveUp(section);
        changedShape();
    }

    public void moveSectionDown(SectionForm section) {
        form.moveDown(section);
        changedShape();
    }

    public void addItem(SectionForm section) {
        section.addItem();
        changedShape();
    }

    public void removeItem(SectionForm section, ItemForm item) {
        section.remove(item);
        changedShape();
    }

    public void moveItemUp(SectionForm section, ItemForm item) {
        section.moveUp(item);
        changedShape();
    }

    public void moveItemDown(SectionForm section, ItemForm item) {
        section.moveDown(item);
        changedShape();
    }

    public void addOption(ItemForm item) {
        item.addOption();
        changedShape();
    }

    public void removeOption(ItemForm item, OptionForm option) {
        item.remove(option);
        changedShape();
    }

    public void addFlag(ItemForm item) {
        item.addFlag();
        changedShape();
    }

    public void removeFlag(ItemForm item, FlagForm flag) {
        item.remove(flag);
        changedShape();
    }

    /** Problems point at positions, which have just moved; the next save reports them afresh. */
    private void changedShape() {
        problems = List.of();
    }

    /** The problems at a path of the whole instrument ({@code $.title}) or below it, joined for display. */
    public String problem(String path) {
        return problems.stream()
                .filter(p -> p.path().equals(path) || p.path().startsWith(path + "."))
                .map(InstrumentProblem::reason)
                .distinct()
                .collect(Collectors.joining("; "));
    }

    public String sectionProblem(SectionForm section, String field) {
        return problem(form.pathOf(section) + "." + field);
    }

    public String itemProblem(ItemForm item, String field) {
        return problem(form.pathOf(item) + "." + field);
    }

    public boolean itemHasProblems(ItemForm item) {
        String path = form.pathOf(item);
        return problems.stream().anyMatch(p -> p.path().startsWith(path + "."));
    }

    /** Every problem, with where it is in the editor's words, for the summary at the top. */
    public List<String> getProblemSummary() {
        return problems.stream()
                .map(p -> form.describe(p.path()) + ": " + p.reason())
                .toList();
    }

    public List<SelectItem> getTypes() {
        return Arrays.stream(ItemType.values())
                .map(type -> new SelectItem(type, type.label()))
                .toList();
    }

    public List<SelectItem> getOperators() {
        return List.of(
                new SelectItem(PredicateOperator.EQUALS, "is"),
                new SelectItem(PredicateOperator.IN, "is one of (separate with commas)"),
                new SelectItem(PredicateOperator.AT_LEAST, "is at least"),
                new SelectItem(PredicateOperator.AT_MOST, "is at most"));
    }

    public List<SelectItem> getCategoryChoices() {
        return categoryChoices;
    }

    /** A flag rule's category in words, for the read-only view; the code where no category has it. */
    public String categoryLabel(String categoryCode) {
        return categoryChoices.stream()
                .filter(c -> c.getValue().equals(categoryCode))
                .map(SelectItem::getLabel)
                .findFirst()
                .orElse(categoryCode);
    }

    public boolean isEditable() {
        return instrument != null && instrument.isDraft();
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public InstrumentForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
