package uk.deanery.welfare.surveys.entity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.Text;

/**
 * A test on one item's answer, used by conditions ("shown only if ...") and flag rules. Values are the answers as
 * stored: {@code yes}/{@code no}, an option value, or a number. Text compares ignoring case, numbers by value, so
 * {@code 4} equals {@code 4.0}. A blank answer matches nothing.
 *
 * @param operator how the answer is tested
 * @param values one value, or for {@link PredicateOperator#IN} one or more
 */
public record AnswerPredicate(PredicateOperator operator, List<String> values) {

    public static final int VALUE_MAX = 40;

    /** An answer that is a number: ASCII digits, at most 15 before the point and 10 after. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?[0-9]{1,15}(\\.[0-9]{1,10})?");

    /** Stored values are joined with this character, which option values and numbers never contain. */
    static final String SEPARATOR = "|";

    public AnswerPredicate {
        if (operator == null) {
            throw new InvalidValueException("operator", "is required");
        }
        if (values == null || values.isEmpty()) {
            throw new InvalidValueException("values", "at least one value is required");
        }
        values = values.stream().map(v -> v == null ? "" : v.strip()).toList();
        for (String value : values) {
            if (value.isEmpty()) {
                throw new InvalidValueException("values", "must not be blank");
            }
            if (value.length() > VALUE_MAX || value.contains(SEPARATOR)) {
                throw new InvalidValueException(
                        "values", Text.quoted(value) + " must be at most " + VALUE_MAX + " characters without '|'");
            }
        }
        if (operator != PredicateOperator.IN && values.size() != 1) {
            throw new InvalidValueException("values", operator + " takes exactly one value");
        }
        if (operator.isComparison() && number(values.get(0)).isEmpty()) {
            throw new InvalidValueException("values", operator + " needs a number, not " + Text.quoted(values.get(0)));
        }
        if (values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().count() != values.size()) {
            throw new InvalidValueException("values", "must not repeat a value");
        }
    }

    public static AnswerPredicate equalTo(String value) {
        return new AnswerPredicate(PredicateOperator.EQUALS, List.of(value));
    }

    public static AnswerPredicate in(String... values) {
        return new AnswerPredicate(PredicateOperator.IN, Arrays.asList(values));
    }

    public static AnswerPredicate atLeast(Number value) {
        return new AnswerPredicate(PredicateOperator.AT_LEAST, List.of(value.toString()));
    }

    public static AnswerPredicate atMost(Number value) {
        return new AnswerPredicate(PredicateOperator.AT_MOST, List.of(value.toString()));
    }

    static AnswerPredicate fromStorage(PredicateOperator operator, String joined) {
        return new AnswerPredicate(operator, List.of(joined.split("\\" + SEPARATOR, -1)));
    }

    String joinedValues() {
        return String.join(SEPARATOR, values);
    }

    /** The single value of EQUALS, AT_LEAST and AT_MOST. */
    public String value() {
        return values.get(0);
    }

    /** Whether an answer (all values given for one item, blank ones already dropped) passes the test. */
    public boolean matches(List<String> answer) {
        if (answer == null || answer.isEmpty()) {
            return false;
        }
        return switch (operator) {
            case EQUALS, IN -> answer.stream().anyMatch(a -> values.stream().anyMatch(v -> same(a, v)));
            case AT_LEAST -> single(answer)
                    .map(a -> a.compareTo(threshold()) >= 0)
                    .orElse(false);
            case AT_MOST -> single(answer)
                    .map(a -> a.compareTo(threshold()) <= 0)
                    .orElse(false);
        };
    }

    /** In words, after the item code: "is yes", "is one of IMT, GP", "is at least 4". */
    public String describe() {
        return switch (operator) {
            case EQUALS -> "is " + value();
            case IN -> "is one of " + String.join(", ", values);
            case AT_LEAST -> "is at least " + value();
            case AT_MOST -> "is at most " + value();
        };
    }

    private BigDecimal threshold() {
        return number(value()).orElseThrow();
    }

    private static Optional<BigDecimal> single(List<String> answer) {
        return answer.size() == 1 ? number(answer.get(0)) : Optional.empty();
    }

    private static boolean same(String answer, String value) {
        if (answer.equalsIgnoreCase(value)) {
            return true;
        }
        Optional<BigDecimal> a = number(answer);
        Optional<BigDecimal> v = number(value);
        return a.isPresent() && v.isPresent() && a.get().compareTo(v.get()) == 0;
    }

    static Optional<BigDecimal> number(String text) {
        if (text == null || !NUMBER.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip()));
    }

    @Override
    public String toString() {
        return operator + " " + values.stream().collect(Collectors.joining(", "));
    }
}
