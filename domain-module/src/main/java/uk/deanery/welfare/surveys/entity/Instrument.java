package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.Text;

/**
 * A versioned questionnaire: code, title, version, status, and sections of items. Only a draft changes; once
 * published, answers and waves refer to it, so editing means {@link #newDraftVersion()}. The business key is code and
 * version.
 */
@Entity
@Table(
        name = "instrument",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_instrument_code_version",
                        columnNames = {"code", "instrument_version"}))
@NamedQuery(
        name = Instrument.FIND_BY_CODE_AND_VERSION,
        query = "SELECT i FROM Instrument i WHERE i.code = :code AND i.instrumentVersion = :instrumentVersion")
@NamedQuery(
        name = Instrument.FIND_BY_CODE,
        query = "SELECT i FROM Instrument i WHERE i.code = :code ORDER BY i.instrumentVersion DESC")
@NamedQuery(
        name = Instrument.FIND_BY_CODE_AND_STATUS,
        query = "SELECT i FROM Instrument i WHERE i.code = :code AND i.status = :status"
                + " ORDER BY i.instrumentVersion DESC")
@NamedQuery(name = Instrument.FIND_ALL, query = "SELECT i FROM Instrument i ORDER BY i.code, i.instrumentVersion DESC")
@NamedQuery(
        name = Instrument.FIND_BY_STATUS,
        query = "SELECT i FROM Instrument i WHERE i.status = :status ORDER BY i.code, i.instrumentVersion DESC")
@NamedQuery(name = Instrument.COUNT_BY_CODE, query = "SELECT COUNT(i) FROM Instrument i WHERE i.code = :code")
public class Instrument extends BaseEntity {

    public static final String FIND_BY_CODE_AND_VERSION = "Instrument.findByCodeAndVersion";
    public static final String FIND_BY_CODE = "Instrument.findByCode";
    public static final String FIND_BY_CODE_AND_STATUS = "Instrument.findByCodeAndStatus";
    public static final String FIND_BY_STATUS = "Instrument.findByStatus";
    public static final String FIND_ALL = "Instrument.findAll";
    public static final String COUNT_BY_CODE = "Instrument.countByCode";
    public static final int CODE_MAX = 40;
    public static final int TITLE_MAX = 200;
    public static final int INTRODUCTION_MAX = 4000;
    public static final int VERSION_MAX = 9999;
    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]*";

    @NotNull
    @Size(max = CODE_MAX)
    @Column(name = "code", nullable = false, updatable = false, length = CODE_MAX)
    private String code;

    // "version" is the optimistic-lock column of every entity, so the instrument's own version has a longer name.
    @Min(1)
    @Max(VERSION_MAX)
    @Column(name = "instrument_version", nullable = false, updatable = false)
    private int instrumentVersion;

    @NotNull
    @Size(max = TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = INTRODUCTION_MAX)
    @Column(name = "introduction", length = INTRODUCTION_MAX)
    private String introduction;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InstrumentStatus status;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Section> sections = new ArrayList<>();

    protected Instrument() {}

    /** A first draft, version 1. */
    public Instrument(String code, String title) {
        this(code, title, 1);
    }

    /** A draft of the given version, e.g. read from a file that carries its version. */
    public Instrument(String code, String title, int instrumentVersion) {
        String upper = requiredText("code", code, CODE_MAX).toUpperCase(Locale.ROOT);
        if (!upper.matches(CODE_PATTERN)) {
            throw new InvalidValueException(
                    "code",
                    Text.quoted(code) + " may only hold letters, digits, '_' and '-', starting with a letter or digit");
        }
        if (instrumentVersion < 1 || instrumentVersion > VERSION_MAX) {
            throw new InvalidValueException(
                    "version", "must be between 1 and " + VERSION_MAX + ", was " + instrumentVersion);
        }
        this.code = upper;
        this.title = requiredText("title", title, TITLE_MAX);
        this.instrumentVersion = instrumentVersion;
        this.status = InstrumentStatus.DRAFT;
    }

    public void retitle(String newTitle) {
        requireDraft();
        this.title = requiredText("title", newTitle, TITLE_MAX);
    }

    /** The text a respondent reads before the first section; blank removes it. */
    public void introduce(String text) {
        requireDraft();
        this.introduction =
                text == null || text.isBlank() ? null : requiredText("introduction", text, INTRODUCTION_MAX);
    }

    /** Appends a section; its title must be new to the instrument. */
    public Section addSection(String sectionTitle) {
        requireDraft();
        String stripped = requiredText("title", sectionTitle, Section.TITLE_MAX);
        if (section(stripped).isPresent()) {
            throw new InvalidValueException("title", "the instrument already has a section " + Text.quoted(stripped));
        }
        int order = sections.isEmpty() ? 0 : sections.get(sections.size() - 1).getSortOrder() + 1;
        Section section = new Section(this, stripped, order);
        sections.add(section);
        return section;
    }

    /** Removes a section and its items, unless a later item's condition looks at one of them. */
    public void removeSection(String sectionTitle) {
        requireDraft();
        Section section = section(sectionTitle)
                .orElseThrow(() -> new InvalidValueException(
                        "title", "the instrument has no section " + Text.quoted(sectionTitle)));
        section.getItems().forEach(this::requireUnreferenced);
        sections.remove(section);
    }

    /** Removes an item, unless a later item's condition looks at it. */
    public void removeItem(String itemCode) {
        requireDraft();
        Item item = item(itemCode)
                .orElseThrow(
                        () -> new InvalidValueException("code", "the instrument has no item " + Text.quoted(itemCode)));
        requireUnreferenced(item);
        item.getSection().remove(item);
    }

    /** Freezes the draft; it must have items, and no section may be empty. */
    public void publish() {
        requireDraft();
        if (items().isEmpty()) {
            throw new ConflictException("sections", "an instrument needs at least one item before it is published");
        }
        for (Section section : sections) {
            if (section.getItems().isEmpty()) {
                throw new ConflictException(
                        "sections",
                        "the section " + Text.quoted(section.getTitle()) + " has no items; add some or remove it");
            }
        }
        this.status = InstrumentStatus.PUBLISHED;
    }

    /** Offers the instrument for no new wave; what already refers to it keeps working. */
    public void retire() {
        if (status != InstrumentStatus.PUBLISHED) {
            throw new ConflictException(
                    "status",
                    "only a published instrument can be retired; " + this + " is "
                            + status.label().toLowerCase(Locale.ROOT));
        }
        this.status = InstrumentStatus.RETIRED;
    }

    /**
     * A copy of everything into version + 1, as a draft. Made from a published or retired version: a draft is
     * edited directly.
     */
    public Instrument newDraftVersion() {
        if (status == InstrumentStatus.DRAFT) {
            throw new ConflictException("status", this + " is still a draft; edit it instead of making a new version");
        }
        if (instrumentVersion >= VERSION_MAX) {
            throw new ConflictException("version", this + " is the last version an instrument can have");
        }
        Instrument draft = new Instrument(code, title, instrumentVersion + 1);
        draft.introduction = introduction;
        draft.addCopiesOfSections(this);
        return draft;
    }

    /**
     * Removes every section and item: the first half of replacing a draft's content. The old rows must be gone from
     * the database before new sections and items with the same titles and codes arrive, so the caller flushes between
     * this and {@link #takeContentOf}.
     */
    public void removeAllSections() {
        requireDraft();
        sections.clear();
    }

    /**
     * Takes over the title, introduction, sections and items (as copies) of another instrument, for example the same
     * draft as an admin edited it and {@code InstrumentJson} checked it. Code, version and status stay this draft's.
     * Call {@link #removeAllSections()} first.
     */
    public void takeContentOf(Instrument edited) {
        requireDraft();
        required("edited", edited);
        if (!sections.isEmpty()) {
            throw new ConflictException("sections", "remove the sections of " + this + " before taking over new ones");
        }
        retitle(edited.title);
        introduce(edited.introduction);
        addCopiesOfSections(edited);
    }

    private void addCopiesOfSections(Instrument source) {
        for (Section section : source.sections) {
            Section copy = addSection(section.getTitle());
            section.getItems().forEach(item -> copy.add(item.copy()));
        }
    }

    /** Every problem with a set of answers, in item order, then answers to items the instrument does not have. */
    public List<AnswerProblem> validate(Answers answers) {
        required("answers", answers);
        List<AnswerProblem> problems = new ArrayList<>();
        for (Item item : items()) {
            item.problemWith(answers, isShown(item, answers))
                    .ifPresent(message -> problems.add(new AnswerProblem(item.getCode(), message)));
        }
        answers.itemCodes().stream()
                .filter(answered -> item(answered).isEmpty())
                .sorted()
                .forEach(unknown -> problems.add(new AnswerProblem(unknown, "is not an item of " + this)));
        return problems;
    }

    /**
     * The problems with the answers that were given, as {@link #validate} finds them, except that a required item left
     * unanswered is no problem: a past round recorded elsewhere did not always ask every question.
     */
    public List<AnswerProblem> validateGiven(Answers answers) {
        required("answers", answers);
        return validate(answers).stream()
                .filter(problem -> answers.isAnswered(problem.itemCode())
                        || item(problem.itemCode()).isEmpty())
                .toList();
    }

    /** The flag rules the answers match, in item order; an item that is not shown raises nothing. */
    public List<Flag> flags(Answers answers) {
        required("answers", answers);
        return items().stream()
                .flatMap(item -> item.flagsFor(answers, isShown(item, answers)).stream())
                .toList();
    }

    /**
     * One indicator per answered, shown item and each concern category its flag rules point to: met when any of those
     * rules matches, exactly as {@link #flags} decides. Blank and hidden items give none, so reports leave them out of
     * numerator and denominator alike.
     */
    public List<ResponseIndicator> indicators(Answers answers) {
        required("answers", answers);
        List<ResponseIndicator> indicators = new ArrayList<>();
        for (Item item : items()) {
            if (item.getFlagRules().isEmpty() || !answers.isAnswered(item.getCode()) || !isShown(item, answers)) {
                continue;
            }
            Set<String> met = item.flagsFor(answers, true).stream()
                    .map(Flag::categoryCode)
                    .collect(Collectors.toSet());
            item.getFlagRules().stream()
                    .map(FlagRule::getCategoryCode)
                    .distinct()
                    .forEach(category ->
                            indicators.add(new ResponseIndicator(item.getCode(), category, met.contains(category))));
        }
        return indicators;
    }

    /** The answers to items this instrument has; the rest (stale or mistyped codes) are dropped. */
    public Answers withoutUnknownItems(Answers answers) {
        required("answers", answers);
        Map<String, List<String>> known = new LinkedHashMap<>();
        answers.itemCodes().stream()
                .filter(code -> item(code).isPresent())
                .forEach(code -> known.put(code, answers.valuesOf(code)));
        return Answers.of(known);
    }

    /**
     * Whether the respondent sees the item: it has no condition, or the item the condition looks at is itself shown
     * and its answer passes the test.
     */
    public boolean isShown(Item item, Answers answers) {
        Optional<Condition> condition = item.getCondition();
        if (condition.isEmpty()) {
            return true;
        }
        Optional<Item> target = item(condition.get().getItemCode());
        return target.isPresent()
                && isShown(target.get(), answers)
                && condition
                        .get()
                        .getPredicate()
                        .matches(answers.valuesOf(target.get().getCode()));
    }

    /** Every item, in the order a respondent meets them. */
    public List<Item> items() {
        return sections.stream().flatMap(s -> s.getItems().stream()).toList();
    }

    public Optional<Item> item(String itemCode) {
        if (itemCode == null) {
            return Optional.empty();
        }
        String upper = itemCode.strip().toUpperCase(Locale.ROOT);
        return items().stream().filter(i -> i.getCode().equals(upper)).findFirst();
    }

    public Optional<Section> section(String sectionTitle) {
        return sections.stream().filter(s -> s.hasTitle(sectionTitle)).findFirst();
    }

    /** Refuses any change unless this is still a draft. */
    public void requireDraft() {
        if (status != InstrumentStatus.DRAFT) {
            throw new ConflictException(
                    "status",
                    this + " is " + status.label().toLowerCase(Locale.ROOT)
                            + " and can no longer change; make a new draft version");
        }
    }

    void checkNewItem(Section section, Item item) {
        if (item.getInstrument() != null) {
            throw new InvalidValueException("code", "the item " + item.getCode() + " already belongs to an instrument");
        }
        if (item(item.getCode()).isPresent()) {
            throw new InvalidValueException("code", "the instrument already has an item " + item.getCode());
        }
        Optional<Condition> condition = item.getCondition();
        if (condition.isPresent()) {
            checkCondition(itemsBefore(section, null), item, condition.get());
        }
    }

    void checkCondition(Item item, Condition condition) {
        checkCondition(itemsBefore(item.getSection(), item), item, condition);
    }

    private void checkCondition(List<Item> earlier, Item item, Condition condition) {
        Item target = earlier.stream()
                .filter(i -> i.getCode().equals(condition.getItemCode()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "showIf.item",
                        item(condition.getItemCode()).isPresent()
                                ? condition.getItemCode() + " comes after " + item.getCode()
                                        + "; a condition can only look at an earlier item"
                                : "the instrument has no item " + condition.getItemCode() + " before "
                                        + item.getCode()));
        target.checkPredicate("showIf", condition.getPredicate());
    }

    /** The items before a position: all of them in earlier sections, and those before {@code item} in its own. */
    private List<Item> itemsBefore(Section section, Item item) {
        List<Item> earlier = new ArrayList<>();
        for (Section s : sections) {
            for (Item i : s.getItems()) {
                if (i == item) {
                    return earlier;
                }
                earlier.add(i);
            }
            if (s == section && item == null) {
                return earlier;
            }
        }
        return earlier;
    }

    private void requireUnreferenced(Item item) {
        items().stream()
                .filter(other -> other.getCondition()
                        .map(c -> c.getItemCode().equals(item.getCode()))
                        .orElse(false))
                .findFirst()
                .ifPresent(dependent -> {
                    throw new ConflictException(
                            "code",
                            "the condition of " + dependent.getCode() + " looks at " + item.getCode()
                                    + "; change that condition first");
                });
    }

    /** Same title, introduction, sections and items as another instrument, whatever their codes, versions, statuses. */
    public boolean sameContentAs(Instrument other) {
        if (!title.equals(other.title)
                || !Objects.equals(introduction, other.introduction)
                || sections.size() != other.sections.size()) {
            return false;
        }
        return IntStream.range(0, sections.size()).allMatch(i -> sameSection(sections.get(i), other.sections.get(i)));
    }

    private static boolean sameSection(Section a, Section b) {
        List<Item> aItems = a.getItems();
        List<Item> bItems = b.getItems();
        return a.getTitle().equals(b.getTitle())
                && aItems.size() == bItems.size()
                && IntStream.range(0, aItems.size()).allMatch(i -> aItems.get(i).sameContentAs(bItems.get(i)));
    }

    public String getCode() {
        return code;
    }

    public int getInstrumentVersion() {
        return instrumentVersion;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getIntroduction() {
        return Optional.ofNullable(introduction);
    }

    public InstrumentStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == InstrumentStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == InstrumentStatus.PUBLISHED;
    }

    public List<Section> getSections() {
        return Collections.unmodifiableList(sections);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Instrument that
                        && instrumentVersion == that.instrumentVersion
                        && code.equals(that.code));
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, instrumentVersion);
    }

    @Override
    public String toString() {
        return code + " v" + instrumentVersion;
    }
}
