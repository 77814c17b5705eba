package uk.deanery.welfare.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.deanery.welfare.shared.InvalidValueException;

/**
 * Query parameters read by hand, so a bad value is a 400 naming the parameter rather than the 404 that JAX-RS gives
 * when it cannot convert one.
 */
final class QueryParams {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private QueryParams() {}

    static Integer wholeNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
            throw new InvalidValueException(name, "must be a whole number, was '" + shortened(value) + "'");
        }
        return Integer.valueOf(value.strip());
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "must be a date as yyyy-mm-dd, was '" + shortened(value) + "'");
        }
    }

    /** Every value of a repeatable parameter, each also split at commas ("groupBy=wave,cohort"). */
    static List<String> values(List<String> given) {
        List<String> values = new ArrayList<>();
        if (given != null) {
            for (String one : given) {
                for (String part : one.split(",", -1)) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return values;
    }

    static <T> List<T> each(String name, List<String> given, Function<String, T> parse) {
        List<T> parsed = new ArrayList<>();
        for (String value : values(given)) {
            parsed.add(parse.apply(value));
        }
        return parsed;
    }

    /** A value quoted in a message, never long enough to flood it. */
    static String shortened(String value) {
        String stripped = value.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "\u2026";
    }
}
