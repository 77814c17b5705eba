package uk.deanery.welfare.web.surveys;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.surveys.boundary.AnswersRejectedException;
import uk.deanery.welfare.surveys.boundary.ResponseService;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.AnswerProblem;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.Section;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code trainee/survey.xhtml?wave=...}: one trainee answering one wave. What they type stays in this view
 * whatever the server says, so a refused submit loses nothing; problems are shown next to their items and summed
 * up at the top.
 */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WaveService waves;

    @Inject
    ResponseService responses;

    private Long waveId;
    private Wave wave;
    private boolean submitted;
    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> multiple = new HashMap<>();
    private Map<String, String> problems = new LinkedHashMap<>();

    public void load() {
        if (waveId == null) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            wave = waves.find(waveId).orElse(null);
            if (wave == null) {
                Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            submitted = responses.hasSubmitted(waveId);
            responses.myAnswers(waveId).forEach((code, values) -> {
                if (isMultiple(code)) {
                    multiple.put(code, new ArrayList<>(values));
                } else if (!values.isEmpty()) {
                    single.put(code, values.get(0));
                }
            });
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        }
    }

    public void saveDraft() {
        try {
            responses.saveDraft(waveId, answers());
            problems = new LinkedHashMap<>();
            info("Your answers are saved. You can come back and finish later.");
        } catch (ConflictException refused) {
            error(refused.getReason());
        }
    }

    /**
     * The idle monitor fired on a linked wave's survey: the answers so far become the draft, so that a session that
     * ends while the person is away loses nothing. Says when, in the page's messages.
     */
    public void saveOnIdle() {
        if (submitted || wave == null || !wave.isLinked()) {
            return;
        }
        try {
            responses.saveDraft(waveId, answers());
            info("You have been away, so your answers were saved as a draft at "
                    + java.time.LocalTime.now(DeaneryClock.ZONE)
                            .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))
                    + ".");
        } catch (ConflictException refused) {
            error(refused.getReason());
        }
    }

    public void submit() {
        try {
            int raised = responses.submit(waveId, answers()).concernsRaised();
            problems = new LinkedHashMap<>();
            submitted = true;
            info(
                    raised == 0
                            ? "Thank you: your answers are submitted."
                            : "Thank you: your answers are submitted. Some of them raised a concern, listed on your"
                                    + " welfare page, so that someone can help.");
        } catch (AnswersRejectedException rejected) {
            problems = new LinkedHashMap<>();
            for (AnswerProblem problem : rejected.getProblems()) {
                problems.put(problem.itemCode(), problem.message());
            }
            error(
                    problems.size() == 1
                            ? "One answer needs attention before you can submit; it is marked below."
                            : problems.size()
                                    + " answers need attention before you can submit; they are marked below.");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException refused) {
            error(refused.getReason());
        }
    }

    /** Re-renders the items after an answer changes, so conditional items appear and disappear. */
    public void answerChanged() {
        problems.clear();
    }

    public boolean isShown(Item item) {
        return wave.getInstrument().isShown(item, Answers.of(answers()));
    }

    public List<SelectItem> choicesOf(Item item) {
        if (item.getType() == ItemType.YES_NO) {
            return List.of(new SelectItem("yes", "Yes"), new SelectItem("no", "No"));
        }
        return item.getOptions().stream()
                .map(o -> new SelectItem(o.getValue(), o.getLabel()))
                .toList();
    }

    /** How many of the items shown so far have an answer, as a percentage for the progress bar. */
    public int getProgress() {
        List<Item> shown =
                wave.getInstrument().items().stream().filter(this::isShown).toList();
        if (shown.isEmpty()) {
            return 0;
        }
        Map<String, List<String>> answers = answers();
        long answered =
                shown.stream().filter(i -> answers.containsKey(i.getCode())).count();
        return (int) (answered * 100 / shown.size());
    }

    /**
     * What the trainee has answered on the items they can see. An item hidden by a later change keeps its value in
     * the form (nothing typed is lost) but is not sent; conditions only look at earlier items, so one pass in order
     * decides what is shown.
     */
    private Map<String, List<String>> answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Item item : wave.getInstrument().items()) {
            if (!wave.getInstrument().isShown(item, Answers.of(answers))) {
                continue;
            }
            if (item.getType() == ItemType.MULTIPLE_CHOICE) {
                List<String> values = multiple.get(item.getCode());
                if (values != null && !values.isEmpty()) {
                    answers.put(item.getCode(), List.copyOf(values));
                }
            } else {
                String value = single.get(item.getCode());
                if (value != null && !value.isBlank()) {
                    answers.put(item.getCode(), List.of(value.strip()));
                }
            }
        }
        return answers;
    }

    /** Whether another item's condition looks at this one, so that answering it must refresh the form. */
    public boolean controlsOthers(Item item) {
        return wave.getInstrument().items().stream().anyMatch(other -> other.getCondition()
                .map(c -> c.getItemCode().equals(item.getCode()))
                .orElse(false));
    }

    public boolean isChoice(Item item) {
        return item.getType() == ItemType.YES_NO
                || item.getType() == ItemType.LIKERT_5
                || item.getType() == ItemType.SINGLE_CHOICE;
    }

    private boolean isMultiple(String code) {
        return wave.getInstrument()
                .item(code)
                .map(i -> i.getType() == ItemType.MULTIPLE_CHOICE)
                .orElse(false);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<Section> getSections() {
        return wave.getInstrument().getSections();
    }

    public Wave getWave() {
        return wave;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Long getWaveId() {
        return waveId;
    }

    public void setWaveId(Long waveId) {
        this.waveId = waveId;
    }

    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, List<String>> getMultiple() {
        return multiple;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    /** The answers as the trainee gave them, for the read-only view after submitting. */
    public String answerText(Item item) {
        List<String> values = answers().get(item.getCode());
        if (values == null) {
            return "No answer";
        }
        List<SelectItem> choices = item.getType() == ItemType.YES_NO
                        || item.getType() == ItemType.LIKERT_5
                        || item.getType() == ItemType.SINGLE_CHOICE
                        || item.getType() == ItemType.MULTIPLE_CHOICE
                ? choicesOf(item)
                : List.of();
        return String.join(
                ", ",
                values.stream()
                        .map(v -> choices.stream()
                                .filter(c -> v.equals(c.getValue()))
                                .map(SelectItem::getLabel)
                                .findFirst()
                                .orElse(v))
                        .toList());
    }
}
