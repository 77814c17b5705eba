package uk.deanery.welfare.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The CSV dialect every import file shares: UTF-8 (a byte-order mark is tolerated) or the encoding the admin chose,
 * which the bytes must really be in; comma-separated, {@code "} quoting, a header row; within
 * {@link ImportLimits}. Blank lines are kept as empty records so that a record's position still
 * tells its line number; readers skip them with {@link #isBlank}.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // Not trimmed here: String.trim() would drop control characters at a field's ends unseen. Readers strip
            // white space themselves, after every character has been checked.
            .setTrim(false)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            // Readers report repeated columns themselves, naming them.
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private Csv() {}

    /**
     * A parser over the file's bytes in the chosen encoding, which they must really be in, the header already read.
     * Undecodable bytes, broken quoting and passed limits ({@link ImportLimits}) surface as an
     * {@link UnreadableFileException}, from here or later while iterating (wrapped; see {@link #unreadable}).
     */
    public static CSVParser parse(InputStream bytes, ImportCharset charset) throws IOException {
        return CSVParser.parse(
                new CsvShape(new StrictDecoder(bytes, charset, ImportLimits.CSV_BYTES_MAX, "CSV")), FORMAT);
    }

    /** As {@link #parse(InputStream, ImportCharset)}, over text already decoded (a byte-order mark is dropped). */
    public static CSVParser parse(Reader csv) throws IOException {
        return CSVParser.parse(new CsvShape(withoutByteOrderMark(csv)), FORMAT);
    }

    /**
     * Why and where a file could not be read on, for a problem: the row its record starts on, the column (named from
     * the header once it is read), and the reason. Empty when the failure is not the file's.
     */
    public static Optional<Unreadable> unreadable(Throwable failure, List<String> headerNames) {
        return UnreadableFileException.in(failure).map(e -> {
            int row = (int) Math.min(Integer.MAX_VALUE, e.row());
            String column = row <= 1 || e.field() < 0
                    ? HEADER
                    : e.field() < headerNames.size()
                                    && !headerNames.get(e.field()).isBlank()
                            ? Text.shown(headerNames.get(e.field()).strip())
                            : "field " + (e.field() + 1);
            return new Unreadable(row, e.field() < 0 && row > 1 ? FILE : column, e.getMessage());
        });
    }

    /** Where the file's text comes from: bytes in an encoding, or text already decoded. */
    public sealed interface Source permits Bytes, Chars {

        static Source of(InputStream bytes, ImportCharset charset) {
            return new Bytes(bytes, charset);
        }

        static Source of(Reader text) {
            return new Chars(text);
        }
    }

    private record Bytes(InputStream bytes, ImportCharset charset) implements Source {}

    private record Chars(Reader text) implements Source {}

    /** What a reader does with the parser once the header is read. */
    @FunctionalInterface
    public interface Body {
        void read(CSVParser parser, List<String> headerNames);
    }

    /**
     * Opens the file and hands the parser to the reader's body; whatever happens, returns rather than throws.
     *
     * @param reader names the reader in the log, should it meet a fault
     * @return why the file could not be read on, if it could not: the reader then reports that alone
     */
    public static Optional<Unreadable> read(Source source, String reader, Body body) {
        List<String> headerNames = List.of();
        try (CSVParser parser = source instanceof Bytes bytes
                ? parse(bytes.bytes(), bytes.charset())
                : parse(((Chars) source).text())) {
            headerNames = parser.getHeaderNames().stream()
                    .map(name -> name == null ? "" : name)
                    .toList();
            body.read(parser, headerNames);
            return Optional.empty();
        } catch (IOException | RuntimeException failure) {
            Optional<Unreadable> unreadable = unreadable(failure, headerNames);
            if (unreadable.isPresent()) {
                return unreadable;
            }
            return Optional.of(new Unreadable(1, FILE, ImportFault.reason(reader, failure)));
        }
    }

    /** Where reading stopped and why, for a problem. */
    public record Unreadable(int row, String column, String reason) {}

    /** The column a problem with the header row names. */
    public static final String HEADER = "header";

    /** The column a problem with the whole file names. */
    public static final String FILE = "file";

    /** A value from the file, quoted, for a problem to show; cut short when it is long ({@link Text#quoted}). */
    public static String quoted(String value) {
        return Text.quoted(value);
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
