package uk.deanery.welfare.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one JSON document strictly, for files from outside: a key given twice in an object, anything after the
 * document, nesting deeper than {@link ImportLimits#JSON_DEPTH_MAX}, a number longer than
 * {@link ImportLimits#JSON_NUMBER_CHARS_MAX} characters or outside what any field holds, and a string that
 * {@link Text} refuses are each a {@link Refused} naming the JSON path, never accepted with a value lost. Every check
 * runs as the document streams in, in time that grows with its length.
 */
public final class StrictJson {

    /** The largest magnitude a number may have: 15 digits before the point, as every numeric column of the model. */
    private static final BigDecimal NUMBER_LIMIT = BigDecimal.TEN.pow(15);

    private static final int DECIMALS_MAX = 10;
    private static final int KEY_MAX = 100;

    private StrictJson() {}

    /** Why a document was refused, and where: a JSON path such as {@code $.sections[0].items[2].min}. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final String path;

        Refused(String path, String reason) {
            super(reason, null, false, false);
            this.path = path;
        }

        public String path() {
            return path;
        }

        public String reason() {
            return getMessage();
        }
    }

    /**
     * The document as a tree, every check passed.
     *
     * @throws Refused with the first problem found
     */
    public static JsonValue read(Reader text) throws Refused {
        // Created outside the try: a missing JSON-P provider is a deployment fault, not a problem with the file.
        JsonParser parser = Json.createParser(text);
        try (parser) {
            if (!parser.hasNext()) {
                throw new Refused("$", "the file is empty: it holds no JSON document");
            }
            JsonValue root = value(parser, parser.next(), "$", 1);
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException after) {
                more = true;
            }
            if (more) {
                throw new Refused(
                        "$",
                        "has more after the end of the document " + where(parser.getLocation())
                                + ": a file holds exactly one JSON document");
            }
            return root;
        } catch (JsonParsingException broken) {
            throw new Refused("$", "not valid JSON " + where(broken.getLocation()));
        } catch (JsonException unreadable) {
            var undecodable = UnreadableFileException.in(unreadable);
            if (undecodable.isPresent()) {
                throw new Refused("$", undecodable.get().getMessage());
            }
            throw new Refused("$", "not valid JSON " + where(parser.getLocation()));
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) throws Refused {
        return switch (event) {
            case START_OBJECT -> object(parser, path, deeper(path, depth));
            case START_ARRAY -> array(parser, path, deeper(path, depth));
            case VALUE_STRING -> Json.createValue(string(parser.getString(), path));
            case VALUE_NUMBER -> Json.createValue(number(parser.getString(), path));
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new Refused(path, "not valid JSON " + where(parser.getLocation()));
        };
    }

    private static int deeper(String path, int depth) throws Refused {
        if (depth > ImportLimits.JSON_DEPTH_MAX) {
            throw new Refused(
                    path,
                    "nests objects and arrays more than " + ImportLimits.JSON_DEPTH_MAX
                            + " deep, far more than the format has");
        }
        return depth + 1;
    }

    private static JsonValue object(JsonParser parser, String path, int depth) throws Refused {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String keyPath = path + "." + Text.shown(key);
            if (key.length() > KEY_MAX) {
                throw new Refused(keyPath, "is a key longer than " + KEY_MAX + " characters; no key of the format is");
            }
            var keyProblem = Text.problem(key, Text.Lines.ONE);
            if (keyProblem.isPresent()) {
                throw new Refused(keyPath, "the key " + keyProblem.get());
            }
            if (!keys.add(key)) {
                throw new Refused(keyPath, "is given twice in the same object; give each key once");
            }
            object.add(key, value(parser, parser.next(), keyPath, depth));
        }
        return object.build();
    }

    private static JsonValue array(JsonParser parser, String path, int depth) throws Refused {
        JsonArrayBuilder array = Json.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, path + "[" + index++ + "]", depth));
        }
        return array.build();
    }

    private static String string(String value, String path) throws Refused {
        var problem = Text.problem(value, Text.Lines.SEVERAL);
        if (problem.isPresent()) {
            throw new Refused(path, problem.get());
        }
        return value;
    }

    /** A number no longer than the limit and small enough for a field; checked on its text before any arithmetic. */
    private static BigDecimal number(String text, String path) throws Refused {
        if (text.length() > ImportLimits.JSON_NUMBER_CHARS_MAX) {
            throw new Refused(
                    path,
                    "is a number of more than " + ImportLimits.JSON_NUMBER_CHARS_MAX
                            + " characters; no field holds one that long");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text).stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException exponentTooLarge) {
            number = null;
        }
        if (number == null || number.abs().compareTo(NUMBER_LIMIT) >= 0 || number.scale() > DECIMALS_MAX) {
            throw new Refused(
                    path,
                    "is too large or too precise a number: at most 15 digits before the point and " + DECIMALS_MAX
                            + " after it");
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
