package uk.deanery.welfare.surveys.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One respondent's answers to an instrument, by item code, before anything is stored. Every item maps to a list of
 * values (more than one only for multiple choice); blank values are dropped, so a missing and a blank answer are the
 * same thing. Item codes are matched ignoring case.
 */
public final class Answers {

    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, List<String>> values;

    private Answers(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Answers none() {
        return NONE;
    }

    /**
     * @param raw item code to a {@link String} or a {@link Collection} of them (multiple choice); anything else is
     *     taken by its {@code toString()}
     */
    public static Answers of(Map<String, ?> raw) {
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        raw.forEach((code, value) -> {
            if (code == null || value == null) {
                return;
            }
            List<String> list = new ArrayList<>();
            if (value instanceof Collection<?> many) {
                many.forEach(v -> add(list, v));
            } else {
                add(list, value);
            }
            if (!list.isEmpty()) {
                cleaned.merge(key(code), List.copyOf(list), (a, b) -> {
                    List<String> merged = new ArrayList<>(a);
                    merged.addAll(b);
                    return List.copyOf(merged);
                });
            }
        });
        return new Answers(Map.copyOf(cleaned));
    }

    /** A copy with this item's answer replaced; no values (or only blank ones) removes it. */
    public Answers with(String itemCode, String... answer) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key(itemCode));
        copy.put(itemCode, List.of(answer));
        return of(copy);
    }

    /** The item's values; empty when unanswered. */
    public List<String> valuesOf(String itemCode) {
        return itemCode == null ? List.of() : values.getOrDefault(key(itemCode), List.of());
    }

    /** The item's only (or first) value. */
    public Optional<String> valueOf(String itemCode) {
        return valuesOf(itemCode).stream().findFirst();
    }

    public boolean isAnswered(String itemCode) {
        return !valuesOf(itemCode).isEmpty();
    }

    /** The codes of the answered items, upper case. */
    public Set<String> itemCodes() {
        return values.keySet();
    }

    private static void add(List<String> list, Object value) {
        if (value != null) {
            String text = value.toString().strip();
            if (!text.isEmpty()) {
                list.add(text);
            }
        }
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    // Answers are personal data: only which items were answered, never what.
    @Override
    public String toString() {
        return "Answers" + values.keySet();
    }
}
