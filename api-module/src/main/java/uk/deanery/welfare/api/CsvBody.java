package uk.deanery.welfare.api;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Function;
import uk.deanery.welfare.shared.Csv;

/**
 * A CSV request body, read as UTF-8 that must be valid: a file saved in another encoding is refused with a problem
 * rather than stored with its letters replaced. A file that cannot be read at all becomes a problem too, never an
 * error page.
 */
final class CsvBody {

    static final String MEDIA_TYPE = "text/csv";

    private CsvBody() {}

    /**
     * Runs the import on the body, turning a body that cannot be read into problems.
     *
     * @param unreadable what to answer, given the problems, when the file cannot be read
     */
    static <T> T read(InputStream body, Function<Reader, T> importer, Function<Problems, T> unreadable) {
        try {
            return importer.apply(Csv.strictUtf8(body));
        } catch (UncheckedIOException e) {
            String reason = Csv.isNotUtf8(e)
                    ? "the file is not UTF-8 text: save it as CSV UTF-8 and send it again"
                    : "the file could not be read as CSV (check its quoting)";
            return unreadable.apply(Problems.one(null, reason));
        }
    }
}
