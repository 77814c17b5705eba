package uk.deanery.welfare.shared;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The encodings an import file may be read in. UTF-8 is the default and what every export of this product writes;
 * Windows-1252 is what older Excel saves as "CSV" on a UK Windows machine, and the admin chooses it knowingly.
 */
public enum ImportCharset {
    UTF_8("utf-8", "UTF-8", StandardCharsets.UTF_8),
    WINDOWS_1252("windows-1252", "Windows-1252 (older Excel \"CSV\")", Charset.forName("windows-1252"));

    private final String parameter;
    private final String label;
    private final Charset charset;

    ImportCharset(String parameter, String label, Charset charset) {
        this.parameter = parameter;
        this.label = label;
        this.charset = charset;
    }

    /** The name a page or the API passes: {@code utf-8} or {@code windows-1252}, in any case. */
    public static Optional<ImportCharset> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.parameter.equals(wanted)
                        || c.parameter.replace("-", "").equals(wanted.replace("-", "")))
                .findFirst();
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }
}
