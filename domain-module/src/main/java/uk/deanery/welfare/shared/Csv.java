package uk.deanery.welfare.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;
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

    /** How much of a value a problem shows: enough to recognise it, never a whole pasted paragraph. */
    public static final int SHOWN_MAX = 40;

    private Csv() {}

    /**
     * The bytes as UTF-8 that must be valid: a file saved in another encoding fails with a
     * {@link CharacterCodingException} (see {@link #isNotUtf8}) rather than being read with its letters replaced.
     */
    public static Reader strictUtf8(InputStream bytes) {
        return new InputStreamReader(
                bytes,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Whether reading failed because the file is not valid UTF-8 (read through {@link #strictUtf8}). */
    public static boolean isNotUtf8(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A parser over the file, the header already read. Broken quoting surfaces later, while iterating, as an
     * {@link IllegalArgumentException}, {@link IllegalStateException} or {@link java.io.UncheckedIOException}.
     */
    public static CSVParser parse(Reader csv) throws IOException {
        return CSVParser.parse(withoutByteOrderMark(csv), FORMAT);
    }

    /**
     * Hands each record that is not blank to {@code reader} with its row: the line of the file it starts on, the
     * header being row 1. Broken quoting surfaces as {@link #parse} says.
     */
    public static void forEachRecord(CSVParser parser, ObjIntConsumer<CSVRecord> reader) {
        long previousEnd = parser.getCurrentLineNumber();
        for (CSVRecord record : parser) {
            int row = Math.toIntExact(previousEnd + 1);
            previousEnd = parser.getCurrentLineNumber();
            if (!isBlank(record)) {
                reader.accept(record, row);
            }
        }
    }

    /** A value from the file, quoted, for a problem to show; cut short when it is long. */
    public static String quoted(String value) {
        if (value.codePointCount(0, value.length()) <= SHOWN_MAX) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, value.offsetByCodePoints(0, SHOWN_MAX - 1)) + "\u2026'";
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
