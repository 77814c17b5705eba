package uk.deanery.welfare.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The CSV dialect every import file shares: UTF-8 (a byte-order mark is tolerated), comma-separated, {@code "}
 * quoting, a header row, fields trimmed. Blank lines are kept as empty records so that a record's position still
 * tells its line number; readers skip them with {@link #isBlank}.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            // Readers report repeated columns themselves, naming them.
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private Csv() {}

    /**
     * A parser over the file, the header already read. Broken quoting surfaces later, while iterating, as an
     * {@link IllegalArgumentException}, {@link IllegalStateException} or {@link java.io.UncheckedIOException}.
     */
    public static CSVParser parse(Reader csv) throws IOException {
        return CSVParser.parse(withoutByteOrderMark(csv), FORMAT);
    }

    public static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
