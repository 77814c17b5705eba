package uk.deanery.welfare.surveys.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.shared.ImportFault;
import uk.deanery.welfare.shared.ImportLimits;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.StrictDecoder;
import uk.deanery.welfare.shared.StrictJson;
import uk.deanery.welfare.shared.Text;
import uk.deanery.welfare.surveys.entity.AnswerPredicate;
import uk.deanery.welfare.surveys.entity.Condition;
import uk.deanery.welfare.surveys.entity.FlagRule;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemOption;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.PredicateOperator;
import uk.deanery.welfare.surveys.entity.Section;

/**
 * Reads and writes instruments as JSON; no database is involved.
 *
 * <h2>Instrument file format ({@value #FORMAT})</h2>
 *
 * <p>UTF-8 JSON (a byte-order mark is dropped), one document read strictly ({@link StrictJson}): a key given twice,
 * anything after the document, deep nesting and numbers too long or too large are problems. Keys are case-sensitive
 * and a key the format does not define is a problem, so that a misspelt key ({@code "requried"}) is reported instead
 * of silently ignored. Strings hold no control characters, and only {@code introduction}, {@code text} and
 * {@code helpText} may hold line breaks.
 *
 * <pre>{@code
 * {
 *   "format": "welfare-instrument/1",          required, exactly this
 *   "code": "IMG-INDUCTION",                   required; letters, digits, '_' and '-', at most 40; stored upper case
 *   "version": 1,                              required; whole number 1 to 9999; unique with the code
 *   "status": "PUBLISHED",                     written on export, ignored on import (an import is always a draft)
 *   "title": "IMG induction and first rotation",   required, at most 200 characters
 *   "introduction": "...",                     optional, at most 4000 characters
 *   "sections": [                              required, at least one
 *     {
 *       "title": "Starting the programme",     required, at most 200, unique within the instrument
 *       "items": [                             required, at least one
 *         {
 *           "code": "ANXIETY_START",           required; letter first, then letters, digits, '_'; at most 40;
 *                                              unique within the instrument; stored upper case
 *           "type": "LIKERT_5",                required: YES_NO | LIKERT_5 | SINGLE_CHOICE | MULTIPLE_CHOICE |
 *                                              NUMBER | FREE_TEXT
 *           "text": "How anxious ...?",        required, at most 1000
 *           "helpText": "...",                 optional, at most 2000
 *           "required": true,                  optional, default false
 *           "labels": ["..", "..", "..", "..", ".."],   LIKERT_5 only and required there: points 1 to 5
 *           "options": [{"value": "IMT", "label": "Internal Medicine"}, ...],
 *                                              SINGLE_CHOICE / MULTIPLE_CHOICE only, 2 to 50; value: letters,
 *                                              digits, '_', '.', '-', at most 40, unique ignoring case
 *           "min": 0, "max": 100,              NUMBER only, both optional, min <= max
 *           "showIf": {"item": "SUPERVISOR_DIFFICULTY", "equals": "yes"},
 *                                              optional: shown only if an EARLIER item's answer passes the test
 *           "flags": [{"when": {"atLeast": 4}, "category": "ANXIETY_STARTING"}]
 *                                              optional, closed types only; category: a concern category code
 *         }
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>A test ({@code showIf} without {@code item}, and {@code when}) has exactly one of: {@code "equals": value},
 * {@code "in": [values]}, {@code "atLeast": number}, {@code "atMost": number}. Values are answers as stored:
 * {@code "yes"}/{@code "no"}, a Likert point {@code 1}..{@code 5}, an option value or a number; numbers may be
 * written as JSON numbers or strings. {@code atLeast}/{@code atMost} need a LIKERT_5 or NUMBER item; a free-text item
 * cannot be tested.
 *
 * <p>Import checks everything and reports every problem with its path; it returns an instrument only when there are
 * none. Export writes the keys in the order above and leaves out optional keys that have no value, so exporting an
 * import of an export gives the same text.
 */
public class InstrumentJson {

    public static final String FORMAT = "welfare-instrument/1";

    private static final Set<String> ROOT_KEYS =
            Set.of("format", "code", "version", "status", "title", "introduction", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("title", "items");
    private static final Set<String> ITEM_KEYS = Set.of(
            "code", "type", "text", "helpText", "required", "labels", "options", "min", "max", "showIf", "flags");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label");
    private static final Set<String> FLAG_KEYS = Set.of("when", "category");
    private static final Map<String, PredicateOperator> TESTS = Map.of(
            "equals", PredicateOperator.EQUALS,
            "in", PredicateOperator.IN,
            "atLeast", PredicateOperator.AT_LEAST,
            "atMost", PredicateOperator.AT_MOST);
    private static final String TEST_NAMES = "equals, in, atLeast, atMost";
    /** The texts that may run over several lines; every other string is one line. */
    private static final Set<String> MULTI_LINE_KEYS = Set.of("introduction", "text", "helpText");

    /**
     * The outcome of reading a file: a draft instrument, or every problem and no instrument.
     *
     * @param instrument present only when there are no problems
     */
    public record Result(Optional<Instrument> instrument, List<InstrumentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * @param knownCategoryCodes the concern category codes flag rules may name (upper case)
     */
    /** Reads text already decoded (pasted on a page); a leading byte-order mark is dropped. */
    public Result read(String json, Set<String> knownCategoryCodes) {
        if (json.length() > ImportLimits.JSON_BYTES_MAX) {
            return rejected(new InstrumentProblem(
                    "$",
                    "the file is longer than " + ImportLimits.megabytes(ImportLimits.JSON_BYTES_MAX)
                            + "; an instrument is a few kilobytes"));
        }
        return read(new StringReader(json.startsWith("\uFEFF") ? json.substring(1) : json), knownCategoryCodes);
    }

    /** Reads the bytes as UTF-8, which they must be (a byte-order mark is dropped). */
    public Result read(InputStream json, Set<String> knownCategoryCodes) {
        return read(
                new StrictDecoder(json, ImportCharset.UTF_8, ImportLimits.JSON_BYTES_MAX, "JSON"), knownCategoryCodes);
    }

    /**
     * Reads the document strictly ({@link StrictJson}) and then checks it against the format; returns problems for
     * any input, never throws.
     */
    public Result read(Reader json, Set<String> knownCategoryCodes) {
        try {
            JsonValue root = StrictJson.read(json);
            Reading reading = new Reading(knownCategoryCodes);
            Instrument instrument = reading.instrument(root);
            return reading.problems.isEmpty()
                    ? new Result(Optional.of(instrument), List.of())
                    : new Result(Optional.empty(), reading.problems);
        } catch (StrictJson.Refused refused) {
            return rejected(new InstrumentProblem(refused.path(), refused.reason()));
        } catch (RuntimeException fault) {
            return rejected(new InstrumentProblem("$", ImportFault.reason("the instrument reader", fault)));
        }
    }

    private static Result rejected(InstrumentProblem problem) {
        return new Result(Optional.empty(), List.of(problem));
    }

    /** The instrument as pretty-printed JSON in the documented format. */
    public String write(Instrument instrument) {
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(toJson(instrument));
        }
        return out.toString().strip() + "\n";
    }

    public JsonObject toJson(Instrument instrument) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("code", instrument.getCode())
                .add("version", instrument.getInstrumentVersion())
                .add("status", instrument.getStatus().name())
                .add("title", instrument.getTitle());
        instrument.getIntroduction().ifPresent(text -> root.add("introduction", text));
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (Section section : instrument.getSections()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            section.getItems().forEach(item -> items.add(toJson(item)));
            sections.add(
                    Json.createObjectBuilder().add("title", section.getTitle()).add("items", items));
        }
        return root.add("sections", sections).build();
    }

    private static JsonObject toJson(Item item) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", item.getCode())
                .add("type", item.getType().name())
                .add("text", item.getText());
        item.getHelpText().ifPresent(help -> json.add("helpText", help));
        json.add("required", item.isRequired());
        if (item.getType() == ItemType.LIKERT_5) {
            JsonArrayBuilder labels = Json.createArrayBuilder();
            item.getOptions().forEach(point -> labels.add(point.getLabel()));
            json.add("labels", labels);
        } else if (item.getType().hasOptions()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            item.getOptions()
                    .forEach(option -> options.add(Json.createObjectBuilder()
                            .add("value", option.getValue())
                            .add("label", option.getLabel())));
            json.add("options", options);
        }
        item.getMin().ifPresent(min -> json.add("min", min));
        item.getMax().ifPresent(max -> json.add("max", max));
        item.getCondition().ifPresent(condition -> json.add("showIf", toJson(condition)));
        if (!item.getFlagRules().isEmpty()) {
            JsonArrayBuilder flags = Json.createArrayBuilder();
            for (FlagRule rule : item.getFlagRules()) {
                flags.add(Json.createObjectBuilder()
                        .add("when", test(Json.createObjectBuilder(), rule.getWhen()))
                        .add("category", rule.getCategoryCode()));
            }
            json.add("flags", flags);
        }
        return json.build();
    }

    private static JsonObjectBuilder toJson(Condition condition) {
        return test(Json.createObjectBuilder().add("item", condition.getItemCode()), condition.getPredicate());
    }

    private static JsonObjectBuilder test(JsonObjectBuilder json, AnswerPredicate predicate) {
        return switch (predicate.operator()) {
            case EQUALS -> json.add("equals", predicate.value());
            case IN -> json.add("in", Json.createArrayBuilder(predicate.values()));
            case AT_LEAST -> json.add("atLeast", new BigDecimal(predicate.value()));
            case AT_MOST -> json.add("atMost", new BigDecimal(predicate.value()));
        };
    }

    /** One import: collects problems as it goes and keeps building so that later problems are found too. */
    private static final class Reading {

        private final Set<String> knownCategoryCodes;
        private final List<InstrumentProblem> problems = new ArrayList<>();
        /** Codes of items that could not be built, so that conditions on them add no second problem. */
        private final Set<String> brokenItemCodes = new HashSet<>();

        Reading(Set<String> knownCategoryCodes) {
            this.knownCategoryCodes = Set.copyOf(knownCategoryCodes);
        }

        Instrument instrument(JsonValue value) {
            JsonObject root = object(value, "$");
            if (root == null) {
                return null;
            }
            keys(root, "$", ROOT_KEYS);
            String format = string(root, "$", "format", true);
            if (format != null && !format.equals(FORMAT)) {
                problem("$.format", "unsupported format " + Text.quoted(format) + "; expected '" + FORMAT + "'");
            }
            string(root, "$", "status", false);
            String code = string(root, "$", "code", true);
            String title = string(root, "$", "title", true);
            Integer version = wholeNumber(root, "$", "version");
            String introduction = string(root, "$", "introduction", false);
            Instrument instrument = null;
            if (code != null && title != null && version != null) {
                instrument = attempt("$", () -> new Instrument(code, title, version));
            }
            if (instrument != null && introduction != null) {
                Instrument target = instrument;
                attempt("$", () -> {
                    target.introduce(introduction);
                    return target;
                });
            }
            JsonArray sections = array(root, "$", "sections", true);
            if (sections != null && sections.isEmpty()) {
                problem("$.sections", "an instrument needs at least one section");
            }
            if (sections != null) {
                for (int i = 0; i < sections.size(); i++) {
                    section(instrument, sections.get(i), "$.sections[" + i + "]");
                }
            }
            return instrument;
        }

        private void section(Instrument instrument, JsonValue value, String path) {
            JsonObject json = object(value, path);
            if (json == null) {
                return;
            }
            keys(json, path, SECTION_KEYS);
            String title = string(json, path, "title", true);
            Section section = null;
            if (instrument != null && title != null) {
                section = attempt(path, () -> instrument.addSection(title));
            }
            JsonArray items = array(json, path, "items", true);
            if (items != null && items.isEmpty()) {
                problem(path + ".items", "a section needs at least one item");
            }
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    item(section, items.get(i), path + ".items[" + i + "]");
                }
            }
        }

        private void item(Section section, JsonValue value, String path) {
            JsonObject json = object(value, path);
            if (json == null) {
                return;
            }
            int before = problems.size();
            keys(json, path, ITEM_KEYS);
            String code = string(json, path, "code", true);
            String text = string(json, path, "text", true);
            ItemType type = type(json, path);
            String helpText = string(json, path, "helpText", false);
            boolean required = bool(json, path, "required");
            List<ItemOption> options = options(json, path, type);
            BigDecimal min = decimal(json, path, "min");
            BigDecimal max = decimal(json, path, "max");
            Condition condition = condition(json, path);
            List<FlagRule> flags = flags(json, path);
            if (problems.size() > before || code == null || text == null || type == null) {
                broken(code);
                return;
            }
            Item item = attempt(path, () -> Item.define(code, text, type, options, min, max)
                    .withHelpText(helpText)
                    .answerRequired(required));
            if (item == null) {
                broken(code);
                return;
            }
            for (int i = 0; i < flags.size(); i++) {
                FlagRule rule = flags.get(i);
                if (rule != null) {
                    attempt(path + ".flags[" + i + "]", () -> item.flag(rule.getWhen(), rule.getCategoryCode()));
                }
            }
            if (condition != null && !brokenItemCodes.contains(condition.getItemCode())) {
                attempt(path, () -> item.showOnlyIf(condition));
            }
            if (section == null || problems.size() > before || attempt(path, () -> section.add(item)) == null) {
                broken(code);
            }
        }

        private ItemType type(JsonObject json, String path) {
            String name = string(json, path, "type", true);
            if (name == null) {
                return null;
            }
            try {
                return ItemType.valueOf(name);
            } catch (IllegalArgumentException e) {
                problem(
                        path + ".type",
                        "unknown type " + Text.quoted(name) + "; expected one of "
                                + Arrays.stream(ItemType.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")));
                return null;
            }
        }

        /** Likert labels as the scale's points, or a choice item's options; whichever key the file used. */
        private List<ItemOption> options(JsonObject json, String path, ItemType type) {
            List<ItemOption> result = new ArrayList<>();
            JsonArray labels = array(json, path, "labels", false);
            JsonArray options = array(json, path, "options", false);
            if (labels != null && type != null && type != ItemType.LIKERT_5) {
                problem(path + ".labels", "only a LIKERT_5 item has labels; a " + type + " item has none");
            }
            if (options != null && type != null && !type.hasOptions()) {
                problem(path + ".options", "only a choice item has options; a " + type + " item has none");
            }
            if (type == ItemType.LIKERT_5) {
                if (labels == null) {
                    problem(path + ".labels", "a LIKERT_5 item needs its 5 labels");
                    return result;
                }
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    texts.add(stringElement(labels.get(i), path + ".labels[" + i + "]"));
                }
                if (texts.contains(null)) {
                    return result;
                }
                List<ItemOption> points = attempt(path, () -> Item.likertPoints(texts));
                return points == null ? result : points;
            }
            if (type != null && type.hasOptions()) {
                if (options == null) {
                    problem(path + ".options", "a " + type + " item needs its options");
                    return result;
                }
                for (int i = 0; i < options.size(); i++) {
                    String optionPath = path + ".options[" + i + "]";
                    JsonObject option = object(options.get(i), optionPath);
                    if (option == null) {
                        continue;
                    }
                    keys(option, optionPath, OPTION_KEYS);
                    String optionValue = string(option, optionPath, "value", true);
                    String label = string(option, optionPath, "label", true);
                    if (optionValue != null && label != null) {
                        ItemOption built = attempt(optionPath, () -> new ItemOption(optionValue, label));
                        if (built != null) {
                            result.add(built);
                        }
                    }
                }
            }
            return result;
        }

        private Condition condition(JsonObject json, String path) {
            if (!json.containsKey("showIf")) {
                return null;
            }
            String conditionPath = path + ".showIf";
            JsonObject showIf = object(json.get("showIf"), conditionPath);
            if (showIf == null) {
                return null;
            }
            keys(showIf, conditionPath, union(TESTS.keySet(), Set.of("item")));
            String target = string(showIf, conditionPath, "item", true);
            AnswerPredicate predicate = predicate(showIf, conditionPath);
            if (target == null || predicate == null) {
                return null;
            }
            return attempt(path, () -> new Condition(target, predicate));
        }

        private List<FlagRule> flags(JsonObject json, String path) {
            List<FlagRule> rules = new ArrayList<>();
            JsonArray flags = array(json, path, "flags", false);
            if (flags == null) {
                return rules;
            }
            for (int i = 0; i < flags.size(); i++) {
                String flagPath = path + ".flags[" + i + "]";
                JsonObject flag = object(flags.get(i), flagPath);
                if (flag == null) {
                    rules.add(null);
                    continue;
                }
                keys(flag, flagPath, FLAG_KEYS);
                AnswerPredicate when = null;
                if (!flag.containsKey("when")) {
                    problem(flagPath + ".when", "is required");
                } else {
                    JsonObject whenJson = object(flag.get("when"), flagPath + ".when");
                    if (whenJson != null) {
                        keys(whenJson, flagPath + ".when", TESTS.keySet());
                        when = predicate(whenJson, flagPath + ".when");
                    }
                }
                String category = string(flag, flagPath, "category", true);
                if (category != null
                        && !knownCategoryCodes.contains(category.strip().toUpperCase(Locale.ROOT))) {
                    problem(
                            flagPath + ".category",
                            "unknown concern category " + Text.quoted(category) + "; expected one of "
                                    + knownCategoryCodes.stream().sorted().collect(Collectors.joining(", ")));
                    category = null;
                }
                AnswerPredicate test = when;
                String code = category;
                rules.add(test == null || code == null ? null : attempt(flagPath, () -> new FlagRule(test, code)));
            }
            return rules;
        }

        private AnswerPredicate predicate(JsonObject json, String path) {
            List<String> present =
                    TESTS.keySet().stream().filter(json::containsKey).sorted().toList();
            if (present.size() != 1) {
                problem(
                        path,
                        "needs exactly one of " + TEST_NAMES
                                + (present.isEmpty() ? "" : ", found " + String.join(", ", present)));
                return null;
            }
            String key = present.get(0);
            PredicateOperator operator = TESTS.get(key);
            JsonValue value = json.get(key);
            List<String> values = new ArrayList<>();
            if (operator == PredicateOperator.IN) {
                if (!(value instanceof JsonArray array) || array.isEmpty()) {
                    problem(path + "." + key, "must be a non-empty array of values");
                    return null;
                }
                for (int i = 0; i < array.size(); i++) {
                    values.add(scalar(array.get(i), path + "." + key + "[" + i + "]"));
                }
            } else if (operator.isComparison()) {
                if (!(value instanceof JsonNumber number)) {
                    problem(path + "." + key, "must be a number");
                    return null;
                }
                values.add(number.bigDecimalValue().toPlainString());
            } else {
                values.add(scalar(value, path + "." + key));
            }
            if (values.contains(null)) {
                return null;
            }
            // The domain names the bad part "values"; in the file it is the operator's key.
            try {
                return new AnswerPredicate(operator, values);
            } catch (InvalidValueException e) {
                problem(path + "." + key, e.getReason());
                return null;
            }
        }

        private String scalar(JsonValue value, String path) {
            if (value instanceof JsonString) {
                return stringElement(value, path);
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue().toPlainString();
            }
            problem(path, "must be a string or a number");
            return null;
        }

        /** Runs a domain call, turning its refusal into a problem at the path plus the field it names. */
        private <T> T attempt(String path, java.util.function.Supplier<T> work) {
            try {
                return work.get();
            } catch (InvalidValueException e) {
                problem(path + "." + e.getField(), e.getReason());
            } catch (ConflictException e) {
                problem(path + "." + e.getField(), e.getReason());
            }
            return null;
        }

        private void broken(String code) {
            if (code != null) {
                brokenItemCodes.add(code.strip().toUpperCase(Locale.ROOT));
            }
        }

        private void keys(JsonObject json, String path, Set<String> allowed) {
            json.keySet().stream()
                    .filter(key -> !allowed.contains(key))
                    .sorted()
                    .forEach(key -> problem(path + "." + Text.shown(key), "unknown key"));
        }

        private JsonObject object(JsonValue value, String path) {
            if (value instanceof JsonObject object) {
                return object;
            }
            problem(path, "must be an object");
            return null;
        }

        private JsonArray array(JsonObject json, String path, String key, boolean required) {
            JsonValue value = json.get(key);
            if (value == null || value == JsonValue.NULL) {
                if (required) {
                    problem(path + "." + key, "is required");
                }
                return null;
            }
            if (value instanceof JsonArray array) {
                return array;
            }
            problem(path + "." + key, "must be an array");
            return null;
        }

        private String string(JsonObject json, String path, String key, boolean required) {
            JsonValue value = json.get(key);
            if (value == null || value == JsonValue.NULL) {
                if (required) {
                    problem(path + "." + key, "is required");
                }
                return null;
            }
            return MULTI_LINE_KEYS.contains(key)
                    ? stringElement(value, path + "." + key, Text.Lines.SEVERAL)
                    : stringElement(value, path + "." + key);
        }

        /** A string of one line: a code, title, label or value. */
        private String stringElement(JsonValue value, String path) {
            return stringElement(value, path, Text.Lines.ONE);
        }

        private String stringElement(JsonValue value, String path, Text.Lines lines) {
            if (!(value instanceof JsonString string)) {
                problem(path, "must be a string");
                return null;
            }
            Optional<String> problem = Text.problem(string.getString(), lines);
            if (problem.isPresent()) {
                problem(path, problem.get());
                return null;
            }
            return string.getString();
        }

        private Integer wholeNumber(JsonObject json, String path, String key) {
            JsonValue value = json.get(key);
            if (value == null || value == JsonValue.NULL) {
                problem(path + "." + key, "is required");
                return null;
            }
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    // reported below
                }
            }
            problem(path + "." + key, "must be a whole number");
            return null;
        }

        private BigDecimal decimal(JsonObject json, String path, String key) {
            JsonValue value = json.get(key);
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            problem(path + "." + key, "must be a number");
            return null;
        }

        private boolean bool(JsonObject json, String path, String key) {
            JsonValue value = json.get(key);
            if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
                return false;
            }
            if (value == JsonValue.TRUE) {
                return true;
            }
            problem(path + "." + key, "must be true or false");
            return false;
        }

        private void problem(String path, String reason) {
            problems.add(new InstrumentProblem(path, reason));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }
    }
}
