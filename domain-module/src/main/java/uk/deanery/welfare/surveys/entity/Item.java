package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.Text;

/**
 * One question of an instrument. Its code is unique within the instrument and names the answer everywhere else
 * (historical CSV columns, flag results, reports). An item is built on its own, then added to a section; once added,
 * it changes only while its instrument is a draft.
 */
@Entity
@Table(
        name = "instrument_item",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_item_instrument_code",
                        columnNames = {"instrument_id", "code"}))
public class Item extends BaseEntity {

    public static final int CODE_MAX = 40;
    public static final int TEXT_MAX = 1000;
    public static final int HELP_TEXT_MAX = 2000;
    public static final int OPTIONS_MAX = 50;
    public static final int LIKERT_POINTS = 5;
    public static final int PREDICATE_VALUES_MAX = 1000;
    /** Longest free-text answer; the same bound the concern description has. */
    public static final int FREE_TEXT_ANSWER_MAX = 4000;

    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]*";
    private static final int NUMBER_SCALE_MAX = 4;
    private static final Set<String> YES_NO_VALUES = Set.of("yes", "no");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false, foreignKey = @ForeignKey(name = "fk_item_instrument"))
    private Instrument instrument;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false, foreignKey = @ForeignKey(name = "fk_item_section"))
    private Section section;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotNull
    @Size(max = CODE_MAX)
    @Column(name = "code", nullable = false, length = CODE_MAX)
    private String code;

    @NotNull
    @Size(max = TEXT_MAX)
    @Column(name = "item_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Size(max = HELP_TEXT_MAX)
    @Column(name = "help_text", length = HELP_TEXT_MAX)
    private String helpText;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ItemType type;

    @Column(name = "answer_required", nullable = false)
    private boolean required;

    @Column(name = "min_value", precision = 19, scale = NUMBER_SCALE_MAX)
    private BigDecimal min;

    @Column(name = "max_value", precision = 19, scale = NUMBER_SCALE_MAX)
    private BigDecimal max;

    @Embedded
    private Condition condition;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "item_option",
            joinColumns = @JoinColumn(name = "item_id"),
            foreignKey = @ForeignKey(name = "fk_item_option_item"))
    @OrderColumn(name = "sort_order")
    private List<ItemOption> options = new ArrayList<>();

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "flag_rule",
            joinColumns = @JoinColumn(name = "item_id"),
            foreignKey = @ForeignKey(name = "fk_flag_rule_item"))
    @OrderColumn(name = "sort_order")
    private List<FlagRule> flagRules = new ArrayList<>();

    protected Item() {}

    private Item(String code, String text, ItemType type, List<ItemOption> options, BigDecimal min, BigDecimal max) {
        this.code = checkCode(code);
        this.text = requiredText("text", text, TEXT_MAX);
        this.type = required("type", type);
        this.options = new ArrayList<>(checkOptions(type, options));
        this.min = checkBound("min", type, min);
        this.max = checkBound("max", type, max);
        if (this.min != null && this.max != null && this.min.compareTo(this.max) > 0) {
            throw new InvalidValueException(
                    "max", "must not be below min " + plain(this.min).toPlainString());
        }
    }

    /**
     * Any item type in one call, for readers of a file format. Choice items take their options; a Likert item takes
     * its five points as options valued 1 to 5 (see {@link #likert5}); other types take none. Only a number item has
     * bounds, and either may be null.
     */
    public static Item define(
            String code, String text, ItemType type, List<ItemOption> options, BigDecimal min, BigDecimal max) {
        return new Item(code, text, type, options == null ? List.of() : options, min, max);
    }

    public static Item yesNo(String code, String text) {
        return define(code, text, ItemType.YES_NO, List.of(), null, null);
    }

    /** A five-point scale; the labels go from 1 (first) to 5 (last). */
    public static Item likert5(String code, String text, List<String> labels) {
        return define(code, text, ItemType.LIKERT_5, likertPoints(labels), null, null);
    }

    public static Item singleChoice(String code, String text, List<ItemOption> options) {
        return define(code, text, ItemType.SINGLE_CHOICE, options, null, null);
    }

    public static Item multipleChoice(String code, String text, List<ItemOption> options) {
        return define(code, text, ItemType.MULTIPLE_CHOICE, options, null, null);
    }

    public static Item number(String code, String text, BigDecimal min, BigDecimal max) {
        return define(code, text, ItemType.NUMBER, List.of(), min, max);
    }

    public static Item freeText(String code, String text) {
        return define(code, text, ItemType.FREE_TEXT, List.of(), null, null);
    }

    /** Turns five labels into the points of a Likert scale, valued 1 to 5. */
    public static List<ItemOption> likertPoints(List<String> labels) {
        if (labels == null || labels.size() != LIKERT_POINTS) {
            throw new InvalidValueException(
                    "labels",
                    "a LIKERT_5 item needs exactly " + LIKERT_POINTS + " labels, got "
                            + (labels == null ? 0 : labels.size()));
        }
        return IntStream.range(0, LIKERT_POINTS)
                .mapToObj(i -> labelled(i, labels.get(i)))
                .toList();
    }

    private static ItemOption labelled(int index, String label) {
        try {
            return new ItemOption(Integer.toString(index + 1), label);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("labels[" + index + "]", e.getReason());
        }
    }

    /** A copy not yet in any section, for a new draft version. */
    Item copy() {
        Item copy = new Item(code, text, type, options, min, max);
        copy.helpText = helpText;
        copy.required = required;
        copy.condition = condition;
        copy.flagRules = new ArrayList<>(flagRules);
        return copy;
    }

    public Item withHelpText(String newHelpText) {
        requireEditable();
        this.helpText = newHelpText == null || newHelpText.isBlank()
                ? null
                : requiredText("helpText", newHelpText, HELP_TEXT_MAX);
        return this;
    }

    /** Whether a respondent who is shown this item must answer it. */
    public Item answerRequired(boolean answerRequired) {
        requireEditable();
        this.required = answerRequired;
        return this;
    }

    /**
     * Shows the item only when an earlier item's answer passes the test; null shows it always. Checked against the
     * instrument now if the item is already in one, else when it is added.
     */
    public Item showOnlyIf(Condition newCondition) {
        requireEditable();
        if (newCondition != null && newCondition.getItemCode().equals(code)) {
            throw new InvalidValueException("showIf.item", "an item cannot depend on its own answer");
        }
        if (newCondition != null && instrument != null) {
            instrument.checkCondition(this, newCondition);
        }
        this.condition = newCondition;
        return this;
    }

    /** Adds a rule: when the answer passes the test, the answers point to the concern category. */
    public Item flag(AnswerPredicate when, String categoryCode) {
        requireEditable();
        if (!type.isClosed()) {
            throw new InvalidValueException(
                    "when", "only a closed item (yes/no, Likert, choice) can carry a flag rule");
        }
        checkPredicate("when", required("when", when));
        FlagRule rule = new FlagRule(when, categoryCode);
        if (flagRules.contains(rule)) {
            throw new InvalidValueException("when", "the item already has the rule " + rule);
        }
        flagRules.add(rule);
        return this;
    }

    /**
     * Whether the test can ever make sense for this item's answers: the values must be answers the item can take,
     * and comparisons need an ordered type.
     *
     * @throws InvalidValueException on {@code field} otherwise
     */
    public void checkPredicate(String field, AnswerPredicate predicate) {
        if (type == ItemType.FREE_TEXT) {
            throw new InvalidValueException(field, "a FREE_TEXT answer (" + code + ") cannot be tested");
        }
        if (predicate.operator().isComparison() && !type.isOrdered()) {
            throw new InvalidValueException(
                    field, predicate.operator() + " needs a LIKERT_5 or NUMBER item, " + code + " is " + type);
        }
        for (String value : predicate.values()) {
            problemWithValue(value).ifPresent(reason -> {
                throw new InvalidValueException(
                        field, Text.quoted(value) + " can never be an answer to " + code + ": " + reason);
            });
        }
    }

    /**
     * The problem with this item's answer, if any, given whether the respondent is shown the item (see
     * {@link Instrument#isShown}).
     */
    public Optional<String> problemWith(Answers answers, boolean shown) {
        List<String> values = answers.valuesOf(code);
        if (!shown) {
            return values.isEmpty()
                    ? Optional.empty()
                    : Optional.of("must be left blank: it applies only when " + condition.describe());
        }
        if (values.isEmpty()) {
            return required ? Optional.of("an answer is required") : Optional.empty();
        }
        if (type != ItemType.MULTIPLE_CHOICE && values.size() > 1) {
            return Optional.of("only one answer is allowed");
        }
        if (type == ItemType.MULTIPLE_CHOICE
                && values.stream()
                                .map(v -> v.toLowerCase(Locale.ROOT))
                                .distinct()
                                .count()
                        != values.size()) {
            return Optional.of("an option was chosen twice");
        }
        for (String value : values) {
            Optional<String> problem = problemWithValue(value);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The problem with this item's answer, if any; the item must be in an instrument if it has a condition. */
    public Optional<String> problemWith(Answers answers) {
        boolean shown = condition == null || required("instrument", instrument).isShown(this, answers);
        return problemWith(answers, shown);
    }

    private Optional<String> problemWithValue(String value) {
        return switch (type) {
            case YES_NO -> YES_NO_VALUES.contains(value.toLowerCase(Locale.ROOT))
                    ? Optional.empty()
                    : Optional.of("must be yes or no");
            case LIKERT_5 -> value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5'
                    ? Optional.empty()
                    : Optional.of("must be a whole number from 1 to 5");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> option(value).isPresent()
                    ? Optional.empty()
                    : Optional.of("the answer is not one of the options");
            case NUMBER -> problemWithNumber(value);
            case FREE_TEXT -> value.length() > FREE_TEXT_ANSWER_MAX
                    ? Optional.of("must be at most " + FREE_TEXT_ANSWER_MAX + " characters")
                    : Optional.empty();
        };
    }

    private Optional<String> problemWithNumber(String value) {
        Optional<BigDecimal> number = AnswerPredicate.number(value);
        if (number.isEmpty()) {
            return Optional.of("must be a number");
        }
        if (min != null && number.get().compareTo(min) < 0) {
            return Optional.of("must be at least " + plain(min).toPlainString());
        }
        if (max != null && number.get().compareTo(max) > 0) {
            return Optional.of("must be at most " + plain(max).toPlainString());
        }
        return Optional.empty();
    }

    /** The option with this value, ignoring case. */
    public Optional<ItemOption> option(String value) {
        return options.stream()
                .filter(o -> o.getValue().equalsIgnoreCase(value))
                .findFirst();
    }

    /** The rules this answer set matches; empty if the item is not shown. */
    List<Flag> flagsFor(Answers answers, boolean shown) {
        if (!shown) {
            return List.of();
        }
        List<String> values = answers.valuesOf(code);
        return flagRules.stream()
                .filter(rule -> rule.getWhen().matches(values))
                .map(rule -> new Flag(code, rule.getCategoryCode()))
                .distinct()
                .toList();
    }

    void attachTo(Section newSection, int order) {
        this.section = newSection;
        this.instrument = newSection.getInstrument();
        this.sortOrder = order;
    }

    private void requireEditable() {
        if (instrument != null) {
            instrument.requireDraft();
        }
    }

    private static String checkCode(String code) {
        String upper = requiredText("code", code, CODE_MAX).toUpperCase(Locale.ROOT);
        if (!upper.matches(CODE_PATTERN)) {
            throw new InvalidValueException(
                    "code", Text.quoted(code) + " must start with a letter and hold only letters, digits and '_'");
        }
        return upper;
    }

    private static List<ItemOption> checkOptions(ItemType type, List<ItemOption> options) {
        if (type == ItemType.LIKERT_5) {
            if (options.size() != LIKERT_POINTS
                    || IntStream.range(0, LIKERT_POINTS)
                            .anyMatch(i -> !options.get(i).getValue().equals(Integer.toString(i + 1)))) {
                throw new InvalidValueException(
                        "labels", "a LIKERT_5 item needs exactly " + LIKERT_POINTS + " labels, got " + options.size());
            }
            return options;
        }
        if (!type.hasOptions()) {
            if (!options.isEmpty()) {
                throw new InvalidValueException("options", "a " + type + " item has no options");
            }
            return options;
        }
        if (options.size() < 2 || options.size() > OPTIONS_MAX) {
            throw new InvalidValueException(
                    "options", "a " + type + " item needs 2 to " + OPTIONS_MAX + " options, got " + options.size());
        }
        Set<String> seen = new HashSet<>();
        for (ItemOption option : options) {
            if (!seen.add(option.getValue().toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException(
                        "options", "the value " + Text.quoted(option.getValue()) + " is used twice");
            }
        }
        return options;
    }

    private static BigDecimal checkBound(String field, ItemType type, BigDecimal bound) {
        if (bound == null) {
            return null;
        }
        if (type != ItemType.NUMBER) {
            throw new InvalidValueException(field, "only a NUMBER item has a " + field);
        }
        BigDecimal plain = plain(bound);
        if (plain.scale() > NUMBER_SCALE_MAX || plain.precision() - plain.scale() > 15) {
            throw new InvalidValueException(
                    field, "must have at most 15 digits before and " + NUMBER_SCALE_MAX + " after the point");
        }
        return plain;
    }

    /**
     * The number without trailing zeros: the column keeps four decimals, so 100 comes back from the database as
     * 100.0000, and neither messages nor exports should show that.
     */
    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Section getSection() {
        return section;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public Optional<String> getHelpText() {
        return Optional.ofNullable(helpText);
    }

    public ItemType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public Optional<BigDecimal> getMin() {
        return Optional.ofNullable(plain(min));
    }

    public Optional<BigDecimal> getMax() {
        return Optional.ofNullable(plain(max));
    }

    public Optional<Condition> getCondition() {
        return Optional.ofNullable(condition);
    }

    /** The options of a choice item, or the five points of a Likert item; empty for other types. */
    public List<ItemOption> getOptions() {
        return Collections.unmodifiableList(options);
    }

    public List<FlagRule> getFlagRules() {
        return Collections.unmodifiableList(flagRules);
    }

    int getSortOrder() {
        return sortOrder;
    }

    /** Everything a respondent or a rule sees, for comparing versions (ids, versions and owners left out). */
    public boolean sameContentAs(Item other) {
        return code.equals(other.code)
                && text.equals(other.text)
                && Objects.equals(helpText, other.helpText)
                && type == other.type
                && required == other.required
                && getMin().equals(other.getMin())
                && getMax().equals(other.getMax())
                && Objects.equals(condition, other.condition)
                && options.equals(other.options)
                && flagRules.equals(other.flagRules);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Item that
                        && code.equals(that.code)
                        && Objects.equals(instrument, that.instrument));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " (" + type + ")";
    }
}
