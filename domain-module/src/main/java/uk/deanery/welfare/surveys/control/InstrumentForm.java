package uk.deanery.welfare.surveys.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.deanery.welfare.surveys.entity.Condition;
import uk.deanery.welfare.surveys.entity.FlagRule;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemOption;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.PredicateOperator;
import uk.deanery.welfare.surveys.entity.Section;

/**
 * A draft instrument as an admin is editing it: every field exactly as typed, checked by nothing, so that a refused
 * save loses nothing. {@link #toJson()} writes it in the {@link InstrumentJson} format, whose reader does all the
 * checking; its problem paths ({@code $.sections[0].items[1].text}) lead back to the fields here by position.
 *
 * <p>A blank field is left out of the document, so the reader reports it as required; a number that does not parse
 * is written as a string, so the reader reports it as not a number.
 */
public class InstrumentForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH_PART = Pattern.compile("\\.(\\w+)(?:\\[(\\d+)])?");
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("introduction", "introduction"),
            Map.entry("code", "code"),
            Map.entry("version", "version"),
            Map.entry("text", "question text"),
            Map.entry("helpText", "help text"),
            Map.entry("type", "type"),
            Map.entry("required", "required"),
            Map.entry("labels", "Likert label"),
            Map.entry("options", "option"),
            Map.entry("value", "value"),
            Map.entry("label", "label"),
            Map.entry("min", "minimum"),
            Map.entry("max", "maximum"),
            Map.entry("showIf", "condition"),
            Map.entry("item", "item code"),
            Map.entry("flags", "flag rule"),
            Map.entry("when", "test"),
            Map.entry("category", "concern category"),
            Map.entry("equals", "value"),
            Map.entry("in", "values"),
            Map.entry("atLeast", "value"),
            Map.entry("atMost", "value"),
            Map.entry("sections", "sections"),
            Map.entry("items", "items"));

    private final String code;
    private final int version;
    private final long lockVersion;
    private String title;
    private String introduction;
    private final List<SectionForm> sections = new ArrayList<>();

    public InstrumentForm(String code, int version, long lockVersion) {
        this.code = code;
        this.version = version;
        this.lockVersion = lockVersion;
    }

    /** The instrument's content as editable fields, remembering its lock version for the save. */
    public static InstrumentForm of(Instrument instrument) {
        InstrumentForm form =
                new InstrumentForm(instrument.getCode(), instrument.getInstrumentVersion(), instrument.getVersion());
        form.title = instrument.getTitle();
        form.introduction = instrument.getIntroduction().orElse(null);
        for (Section section : instrument.getSections()) {
            SectionForm sectionForm = form.addSection();
            sectionForm.title = section.getTitle();
            section.getItems().forEach(item -> sectionForm.items.add(ItemForm.of(item)));
        }
        return form;
    }

    /** The form as an instrument document, for {@link InstrumentJson#read} (and so for the service) to check. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("format", InstrumentJson.FORMAT)
                .add("code", code)
                .add("version", version);
        addText(json, "title", title);
        addText(json, "introduction", introduction);
        JsonArrayBuilder sectionsJson = Json.createArrayBuilder();
        sections.forEach(section -> sectionsJson.add(section.toJson()));
        return json.add("sections", sectionsJson).build();
    }

    public SectionForm addSection() {
        SectionForm section = new SectionForm();
        sections.add(section);
        return section;
    }

    public void remove(SectionForm section) {
        sections.remove(section);
    }

    public void moveUp(SectionForm section) {
        move(sections, section, -1);
    }

    public void moveDown(SectionForm section) {
        move(sections, section, 1);
    }

    /** For move buttons: whether the section is already at the top or bottom. */
    public boolean isFirst(SectionForm section) {
        return !sections.isEmpty() && sections.get(0) == section;
    }

    public boolean isLast(SectionForm section) {
        return !sections.isEmpty() && sections.get(sections.size() - 1) == section;
    }

    /** The section's path in {@link #toJson()}, such as {@code $.sections[1]}. */
    public String pathOf(SectionForm section) {
        return "$.sections[" + indexOf(sections, section) + "]";
    }

    /** The item's path in {@link #toJson()}, such as {@code $.sections[1].items[0]}. */
    public String pathOf(ItemForm item) {
        for (SectionForm section : sections) {
            if (section.items.stream().anyMatch(i -> i == item)) {
                return pathOf(section) + ".items[" + indexOf(section.items, item) + "]";
            }
        }
        throw new IllegalArgumentException("the item is not in this form");
    }

    /**
     * Where a problem path points, in the words the editor page uses: {@code $.sections[0].items[1].flags[0].when}
     * becomes "Section 1, item 2 (CODE), flag rule 1, test".
     */
    public String describe(String path) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = PATH_PART.matcher(path.startsWith("$") ? path.substring(1) : path);
        SectionForm section = null;
        while (matcher.find()) {
            String key = matcher.group(1);
            Integer index = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
            if (key.equals("sections") && index != null) {
                parts.add("Section " + (index + 1));
                section = index < sections.size() ? sections.get(index) : null;
            } else if (key.equals("items") && index != null) {
                String itemCode =
                        section != null && index < section.items.size() ? section.items.get(index).code : null;
                parts.add("item " + (index + 1) + (isBlank(itemCode) ? "" : " (" + itemCode.strip() + ")"));
            } else {
                String name = FIELD_NAMES.getOrDefault(key, key);
                parts.add(index == null ? name : name + " " + (index + 1));
            }
        }
        return parts.isEmpty() ? "Instrument" : String.join(", ", parts);
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public List<SectionForm> getSections() {
        return Collections.unmodifiableList(sections);
    }

    /** One section: a title and its items. */
    public static class SectionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private final List<ItemForm> items = new ArrayList<>();

        public ItemForm addItem() {
            ItemForm item = new ItemForm();
            items.add(item);
            return item;
        }

        public void remove(ItemForm item) {
            items.remove(item);
        }

        public void moveUp(ItemForm item) {
            move(items, item, -1);
        }

        public void moveDown(ItemForm item) {
            move(items, item, 1);
        }

        JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            addText(json, "title", title);
            JsonArrayBuilder itemsJson = Json.createArrayBuilder();
            items.forEach(item -> itemsJson.add(item.toJson()));
            return json.add("items", itemsJson).build();
        }

        public boolean isFirst(ItemForm item) {
            return !items.isEmpty() && items.get(0) == item;
        }

        public boolean isLast(ItemForm item) {
            return !items.isEmpty() && items.get(items.size() - 1) == item;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<ItemForm> getItems() {
            return Collections.unmodifiableList(items);
        }
    }

    /**
     * One item. Fields of every type are kept whatever the current type, so switching the type back and forth loses
     * nothing; only those of the current type are written.
     */
    public static class ItemForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String text;
        private String helpText;
        private ItemType type = ItemType.YES_NO;
        private boolean required;
        private final List<OptionForm> likertLabels = new ArrayList<>();
        private final List<OptionForm> options = new ArrayList<>();
        private String min;
        private String max;
        private String conditionItem;
        private PredicateOperator conditionOperator = PredicateOperator.EQUALS;
        private String conditionValues;
        private final List<FlagForm> flags = new ArrayList<>();

        public ItemForm() {
            for (int point = 1; point <= Item.LIKERT_POINTS; point++) {
                likertLabels.add(new OptionForm(Integer.toString(point), null));
            }
            options.add(new OptionForm());
            options.add(new OptionForm());
        }

        static ItemForm of(Item item) {
            ItemForm form = new ItemForm();
            form.code = item.getCode();
            form.text = item.getText();
            form.helpText = item.getHelpText().orElse(null);
            form.type = item.getType();
            form.required = item.isRequired();
            if (item.getType() == ItemType.LIKERT_5) {
                for (int i = 0; i < Item.LIKERT_POINTS; i++) {
                    form.likertLabels.get(i).label = item.getOptions().get(i).getLabel();
                }
            } else if (item.getType().hasOptions()) {
                form.options.clear();
                for (ItemOption option : item.getOptions()) {
                    form.options.add(new OptionForm(option.getValue(), option.getLabel()));
                }
            }
            form.min = item.getMin().map(BigDecimal::toPlainString).orElse(null);
            form.max = item.getMax().map(BigDecimal::toPlainString).orElse(null);
            item.getCondition().ifPresent(condition -> form.condition(condition));
            for (FlagRule rule : item.getFlagRules()) {
                FlagForm flag = form.addFlag();
                flag.operator = rule.getWhen().operator();
                flag.values = String.join(", ", rule.getWhen().values());
                flag.category = rule.getCategoryCode();
            }
            return form;
        }

        private void condition(Condition condition) {
            conditionItem = condition.getItemCode();
            conditionOperator = condition.getPredicate().operator();
            conditionValues = String.join(", ", condition.getPredicate().values());
        }

        JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            addText(json, "code", code);
            if (type != null) {
                json.add("type", type.name());
            }
            addText(json, "text", text);
            addText(json, "helpText", helpText);
            json.add("required", required);
            if (type == ItemType.LIKERT_5) {
                JsonArrayBuilder labels = Json.createArrayBuilder();
                likertLabels.forEach(point -> labels.add(point.label == null ? "" : point.label));
                json.add("labels", labels);
            } else if (type != null && type.hasOptions()) {
                JsonArrayBuilder optionsJson = Json.createArrayBuilder();
                options.forEach(option -> optionsJson.add(option.toJson()));
                json.add("options", optionsJson);
            }
            if (type == ItemType.NUMBER && !isBlank(min)) {
                json.add("min", number(min));
            }
            if (type == ItemType.NUMBER && !isBlank(max)) {
                json.add("max", number(max));
            }
            if (!isBlank(conditionItem) || !isBlank(conditionValues)) {
                JsonObjectBuilder showIf = Json.createObjectBuilder();
                addText(showIf, "item", conditionItem);
                json.add("showIf", test(showIf, conditionOperator, conditionValues));
            }
            if (!flags.isEmpty()) {
                JsonArrayBuilder flagsJson = Json.createArrayBuilder();
                flags.forEach(flag -> flagsJson.add(flag.toJson()));
                json.add("flags", flagsJson);
            }
            return json.build();
        }

        public OptionForm addOption() {
            OptionForm option = new OptionForm();
            options.add(option);
            return option;
        }

        public void remove(OptionForm option) {
            options.remove(option);
        }

        public FlagForm addFlag() {
            FlagForm flag = new FlagForm();
            flags.add(flag);
            return flag;
        }

        public void remove(FlagForm flag) {
            flags.remove(flag);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getHelpText() {
            return helpText;
        }

        public void setHelpText(String helpText) {
            this.helpText = helpText;
        }

        public ItemType getType() {
            return type;
        }

        public void setType(ItemType type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        /** The five points of a Likert scale, valued 1 to 5; only the labels are edited. */
        public List<OptionForm> getLikertLabels() {
            return Collections.unmodifiableList(likertLabels);
        }

        public List<OptionForm> getOptions() {
            return Collections.unmodifiableList(options);
        }

        public String getMin() {
            return min;
        }

        public void setMin(String min) {
            this.min = min;
        }

        public String getMax() {
            return max;
        }

        public void setMax(String max) {
            this.max = max;
        }

        public String getConditionItem() {
            return conditionItem;
        }

        public void setConditionItem(String conditionItem) {
            this.conditionItem = conditionItem;
        }

        public PredicateOperator getConditionOperator() {
            return conditionOperator;
        }

        public void setConditionOperator(PredicateOperator conditionOperator) {
            this.conditionOperator = conditionOperator;
        }

        public String getConditionValues() {
            return conditionValues;
        }

        public void setConditionValues(String conditionValues) {
            this.conditionValues = conditionValues;
        }

        public List<FlagForm> getFlags() {
            return Collections.unmodifiableList(flags);
        }
    }

    /** An option of a choice item (value and label), or a point of a Likert scale (fixed value, label). */
    public static class OptionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String value;
        private String label;

        public OptionForm() {}

        OptionForm(String value, String label) {
            this.value = value;
            this.label = label;
        }

        JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            addText(json, "value", value);
            addText(json, "label", label);
            return json.build();
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    /** A flag rule: when the answer passes the test, the answers point to the concern category. */
    public static class FlagForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private PredicateOperator operator = PredicateOperator.EQUALS;
        private String values;
        private String category;

        JsonObject toJson() {
            JsonObjectBuilder json =
                    Json.createObjectBuilder().add("when", test(Json.createObjectBuilder(), operator, values));
            addText(json, "category", category);
            return json.build();
        }

        public PredicateOperator getOperator() {
            return operator;
        }

        public void setOperator(PredicateOperator operator) {
            this.operator = operator;
        }

        public String getValues() {
            return values;
        }

        public void setValues(String values) {
            this.values = values;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }
    }

    /**
     * Adds the test under the format's key for the operator. "Is one of" takes values separated by commas; a blank
     * value stays in, so that the reader says it must not be blank.
     */
    private static JsonObjectBuilder test(JsonObjectBuilder json, PredicateOperator operator, String values) {
        String typed = values == null ? "" : values.strip();
        PredicateOperator op = operator == null ? PredicateOperator.EQUALS : operator;
        return switch (op) {
            case EQUALS -> json.add("equals", typed);
            case IN -> json.add(
                    "in",
                    Json.createArrayBuilder(Arrays.stream(typed.split(",", -1))
                            .map(String::strip)
                            .toList()));
            case AT_LEAST -> json.add("atLeast", number(typed));
            case AT_MOST -> json.add("atMost", number(typed));
        };
    }

    private static void addText(JsonObjectBuilder json, String key, String value) {
        if (!isBlank(value)) {
            json.add(key, value);
        }
    }

    /** A number as a JSON number; anything else typed there as a string, which the reader refuses by name. */
    private static JsonValue number(String value) {
        String typed = value.strip();
        return typed.matches("[-+]?\\d{1,15}(\\.\\d{1,10})?")
                ? Json.createValue(new BigDecimal(typed))
                : Json.createValue(typed);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> void move(List<T> list, T element, int by) {
        int from = indexOf(list, element);
        int to = from + by;
        if (from < 0 || to < 0 || to >= list.size()) {
            return;
        }
        Collections.swap(list, from, to);
    }

    /** By identity: two untouched new rows are equal in content but are still different rows. */
    private static <T> int indexOf(List<T> list, T element) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == element) {
                return i;
            }
        }
        return -1;
    }
}
