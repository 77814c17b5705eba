package uk.deanery.welfare.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV (RFC 4180: commas, double quotes where needed, CRLF line ends), in UTF-8 with a byte order
 * mark. The mark is there for Excel: without it Excel reads a CSV in the machine's Windows code page, and names such as
 * "Zoë" or a "£" come out garbled. A program reading the file back must skip the mark (commons-io's {@code
 * BOMInputStream} does), or the first field starts with U+FEFF.
 *
 * <p>Layout, one record each: the title, each filter line, the generation line, a blank line, the header row, the
 * data rows, then (if there are any) a blank line and one line per note. Every text cell, the title, filters, headers
 * and notes included, goes through {@link SafeCell#neutralise}; a {@code null} cell is written as an empty field.
 */
public final class CsvExport {

    /** The UTF-8 byte order mark, U+FEFF encoded. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {}

    /**
     * Writes the table to {@code out} and flushes it. The stream is left open: it belongs to the caller (a servlet
     * response, a file).
     */
    public static void write(ExportTable table, OutputStream out) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Not closed: closing the printer would close the caller's stream. Flushed below instead.
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(SafeCell.neutralise(table.title()));
        for (String filter : table.filters()) {
            printer.printRecord(SafeCell.neutralise(filter));
        }
        printer.printRecord(SafeCell.neutralise(table.generatedLine()));
        printer.println();
        printer.printRecord(neutralised(table.headers()));
        for (List<String> row : table.rows()) {
            printer.printRecord(neutralised(row));
        }
        if (!table.notes().isEmpty()) {
            printer.println();
            for (String note : table.notes()) {
                printer.printRecord(SafeCell.neutralise(note));
            }
        }
        printer.flush();
    }

    private static List<String> neutralised(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            // CSVFormat.RFC4180 has no null string, so a null is printed as an empty field.
            safe.add(SafeCell.neutralise(cell));
        }
        return safe;
    }
}
