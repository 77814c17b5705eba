package uk.deanery.welfare.surveyimport.entity;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.deanery.welfare.surveys.entity.Answers;

/**
 * One row's answers kept small while a large file waits to be saved: a slot per item column of the file, laid out
 * once for all its rows, holding the answer (a multiple choice's values joined by {@code |}, which no option value
 * holds) or null, a closed item's answer shared between the rows that give it. They are {@link #answers()
 * unpacked} when the row is written.
 */
public final class PackedAnswers {

    private static final String SEPARATOR = "|";

    private final Layout layout;
    private final String[] values;

    private PackedAnswers(Layout layout, String[] values) {
        this.layout = layout;
        this.values = values;
    }

    /** The item columns of one file, in order, and which of them take several values or free text. */
    public static final class Layout {

        private final List<String> itemCodes;
        private final BitSet multiple;
        private final BitSet freeText;
        private final Map<String, String> shared = new HashMap<>();

        public Layout(List<String> itemCodes, BitSet multiple, BitSet freeText) {
            this.itemCodes = List.copyOf(itemCodes);
            this.multiple = (BitSet) multiple.clone();
            this.freeText = (BitSet) freeText.clone();
        }

        /** Not thread-safe: one file is read by one thread. */
        public PackedAnswers pack(Answers answers) {
            String[] values = new String[itemCodes.size()];
            for (int i = 0; i < values.length; i++) {
                List<String> given = answers.valuesOf(itemCodes.get(i));
                if (given.isEmpty()) {
                    continue;
                }
                String value = given.size() == 1 ? given.get(0) : String.join(SEPARATOR, given);
                values[i] = freeText.get(i) ? value : shared.computeIfAbsent(value, v -> v);
            }
            return new PackedAnswers(this, values);
        }
    }

    /** The answers again, as they were packed. */
    public Answers answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.put(
                        layout.itemCodes.get(i),
                        layout.multiple.get(i) ? List.of(values[i].split("\\|", -1)) : List.of(values[i]));
            }
        }
        return Answers.of(answers);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedAnswers that
                && layout.itemCodes.equals(that.layout.itemCodes)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * layout.itemCodes.hashCode() + Arrays.hashCode(values);
    }
}
