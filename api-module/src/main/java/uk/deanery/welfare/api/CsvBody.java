package uk.deanery.welfare.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import uk.deanery.welfare.shared.ImportCharset;

/**
 * A CSV request body: its encoding is UTF-8 unless the {@code charset} query parameter (or, without it, the
 * Content-Type's charset) names Windows-1252, and the bytes must really be in it. The importer reads the bytes
 * itself, so that a file in another encoding, or broken, comes back as problems rather than stored with its letters
 * replaced or as an error page.
 */
final class CsvBody {

    static final String MEDIA_TYPE = "text/csv";
    static final String CHARSET_PARAMETER = "charset";
    static final String CHARSET_DESCRIPTION =
            "The file's encoding: utf-8 (the default) or windows-1252 (what older Excel saves as CSV)";

    private CsvBody() {}

    /**
     * The encoding to read the body in; empty when the parameter or the Content-Type names one that is not taken.
     */
    static Optional<ImportCharset> charset(String parameter, HttpHeaders headers) {
        if (parameter != null && !parameter.isBlank()) {
            return ImportCharset.named(parameter);
        }
        MediaType type = headers.getMediaType();
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return declared == null ? Optional.of(ImportCharset.UTF_8) : ImportCharset.named(declared);
    }

    static Problems unknownCharset() {
        return Problems.one(CHARSET_PARAMETER, "must be utf-8 or windows-1252");
    }
}
