package uk.deanery.welfare.reporting.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One report table as the exports see it: what it is (title, filters in words), when it was made, and the cells, all
 * already as text. The reports decide what each cell says, including suppression; the exports only lay it out, so a
 * CSV, an XLSX and a PDF of the same table can never disagree.
 *
 * <p>A {@code null} cell means "not shown" (for example a value suppressed for a small group, when the report has no
 * marker of its own for it): CSV and XLSX write an empty cell, the PDF an en dash, so that a reader of the printed page
 * can tell a withheld value from a layout gap. Filters, headers and notes cannot be {@code null}.
 *
 * @param title what the table is, printed first and used for the sheet name and the PDF's document title
 * @param filters the choices that produced the table, one line each and already in words ("Instrument: IMG induction
 *     v1"); empty for none
 * @param generatedAt when the table was produced
 * @param zone the zone the generation time is printed in; callers pass Europe/London, so readers see GMT or BST
 * @param headers the column headings; at least one
 * @param rows the data, each row exactly as long as {@code headers}; may be empty
 * @param notes footnotes printed after the table ("Cells with fewer than 5 respondents are not shown (marked S)");
 *     empty for none
 */
public record ExportTable(
        String title,
        List<String> filters,
        Instant generatedAt,
        ZoneId zone,
        List<String> headers,
        List<List<String>> rows,
        List<String> notes) {

    // Day and month in words: 03/04/2025 reads differently on either side of the Atlantic, and exports get forwarded.
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", Locale.UK);

    public ExportTable {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        filters = copyOfLines("filters", filters);
        if (generatedAt == null) {
            throw new IllegalArgumentException("generatedAt is required");
        }
        if (zone == null) {
            throw new IllegalArgumentException("zone is required, to print the generation time");
        }
        headers = copyOfLines("headers", headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("headers must not be empty: a table needs at least one column");
        }
        rows = copyOfRows(rows, headers.size());
        notes = copyOfLines("notes", notes);
    }

    /** The generation line every format prints, for example "Generated: 1 December 2025 15:51 GMT". */
    public String generatedLine() {
        return "Generated: " + GENERATED.format(generatedAt.atZone(zone));
    }

    private static List<String> copyOfLines(String name, List<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException(name + " must not be null; pass an empty list for none");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                throw new IllegalArgumentException(name + " must not contain null, but entry " + (i + 1) + " is null");
            }
        }
        return List.copyOf(lines);
    }

    // List.copyOf refuses nulls, and a null cell is meaningful here, so rows are copied into unmodifiable ArrayLists.
    private static List<List<String>> copyOfRows(List<List<String>> rows, int columns) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null; pass an empty list for none");
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row == null) {
                throw new IllegalArgumentException("row " + (i + 1) + " is null");
            }
            if (row.size() != columns) {
                throw new IllegalArgumentException(
                        "row " + (i + 1) + " has " + row.size() + " cells but there are " + columns + " headers");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }
}
