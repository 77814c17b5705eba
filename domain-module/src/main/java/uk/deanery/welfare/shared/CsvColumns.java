package uk.deanery.welfare.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * Where each column of an import format stands in a file's header row, or why the header cannot be used. Column names
 * are matched case-insensitively and may come in any order.
 */
public final class CsvColumns {

    private static final int UNKNOWN_SHOWN = 5;

    private final Map<String, Integer> index;
    private final List<String> names;
    private final List<String> problems;

    private CsvColumns(Map<String, Integer> index, List<String> names, List<String> problems) {
        this.index = Map.copyOf(index);
        this.names = List.copyOf(names);
        this.problems = List.copyOf(problems);
    }

    /**
     * @param required the columns every file must have
     * @param optional the columns a file may leave out
     * @param othersIgnored whether a column the format does not know is ignored rather than a problem
     */
    public static CsvColumns of(
            List<String> headerNames, List<String> required, List<String> optional, boolean othersIgnored) {
        List<String> problems = new ArrayList<>();
        String expected =
                String.join(",", required) + (optional.isEmpty() ? "" : "[," + String.join(",", optional) + "]");
        if (headerNames.isEmpty()) {
            problems.add("the header row is missing; expected " + expected);
            return new CsvColumns(Map.of(), List.of(), problems);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        Set<String> duplicates = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String name =
                    headerNames.get(i) == null ? "" : headerNames.get(i).strip().toLowerCase(Locale.ROOT);
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                duplicates.add(Text.shown(name));
            }
            if (!othersIgnored && !required.contains(name) && !optional.contains(name)) {
                unknown.add(name);
            }
        }
        List<String> missing =
                required.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add("missing column(s): " + String.join(", ", missing));
        }
        if (!duplicates.isEmpty()) {
            problems.add("repeated column(s): " + String.join(", ", duplicates));
        }
        if (!unknown.isEmpty()) {
            String named =
                    unknown.stream().limit(UNKNOWN_SHOWN).map(Csv::quoted).collect(Collectors.joining(", "));
            String more = unknown.size() > UNKNOWN_SHOWN ? " and " + (unknown.size() - UNKNOWN_SHOWN) + " more" : "";
            problems.add("unknown column(s): " + named + more + "; expected " + expected);
        }
        return new CsvColumns(index, names, problems);
    }

    /** The header's names by position, stripped and in lower case: how problems name the columns. */
    public List<String> names() {
        return names;
    }

    /** Why the header cannot be used, each about row 1; empty when it can. */
    public List<String> problems() {
        return problems;
    }

    public boolean isUsable() {
        return problems.isEmpty();
    }

    /** The record's stripped value in the column; empty when the file has no such column or the record stops short. */
    public String value(CSVRecord record, String column) {
        Integer position = index.get(column);
        return position == null || position >= record.size()
                ? ""
                : record.get(position).strip();
    }
}
