package uk.deanery.welfare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile import files for property tests: arbitrary bytes, and valid files with edits that a fuzzer
 * would make (bytes replaced, cut or repeated, and fragments known to break readers put anywhere). Shrinking works on
 * the edits, so a failure is reported with the fewest that still break the reader.
 */
public final class HostileInput {

    /** Fragments that broke or could break a reader: quoting, controls, encodings, numbers, dates, long runs. */
    public static final List<String> FRAGMENTS = List.of(
            "\"",
            "\"\"",
            "\"x",
            ",",
            ",,,,,,,,,,",
            "\n",
            "\r",
            "\r\n",
            "\n\n",
            "\u0000",
            "\u0007",
            "\u001b",
            "\u0085",
            "\ufeff",
            "\u200b",
            "\u3164",
            "\ufffd",
            "\u202e",
            "\uffff",
            "'",
            "|",
            "||",
            "=",
            "\\",
            "@",
            "a@b.c",
            "1e999999999",
            "-1e-999999999",
            "99999999999999999999999999",
            "0000-01-01",
            "-0001-01-01",
            "+12021-01-01",
            "9999-12-31",
            "2026-02-30",
            "\u0662\u0660\u0662\u0666",
            "\uff12\uff10\uff12\uff16",
            "a@" + ".a".repeat(3_000) + "@",
            "x".repeat(11_000),
            "[".repeat(40),
            "{\"a\":",
            "}",
            "]",
            "\\u0000",
            "\\ud800",
            "\\uDC00\\uD800",
            "null",
            "true",
            "1.5",
            "-0",
            "\ud83d\ude00");

    private HostileInput() {}

    /** Up to {@code maxSize} bytes of anything. */
    public static Arbitrary<byte[]> anyBytes(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
    }

    /** The file with one to eight edits. */
    public static Arbitrary<byte[]> editsOf(byte[] valid) {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.of(FRAGMENTS),
                        Arbitraries.bytes())
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> apply(valid, edits));
    }

    /** One edit: what, where (as a fraction of the file), how many bytes, and what goes in. */
    public record Edit(int kind, double at, int length, String fragment, byte value) {}

    private static byte[] apply(byte[] valid, List<Edit> edits) {
        byte[] bytes = valid;
        for (Edit edit : edits) {
            int at = (int) Math.min(bytes.length, Math.floor(edit.at() * (bytes.length + 1)));
            int end = Math.min(bytes.length, at + edit.length());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            int rest = at;
            switch (edit.kind()) {
                case 0 -> out.writeBytes(edit.fragment().getBytes(StandardCharsets.UTF_8));
                case 1 -> {
                    out.write(edit.value());
                    rest = Math.min(bytes.length, at + 1);
                }
                case 2 -> rest = end;
                case 3 -> out.writeBytes(Arrays.copyOfRange(bytes, at, end));
                default -> out.write(edit.value());
            }
            out.write(bytes, rest, bytes.length - rest);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    /**
     * What every problem of every reader must be, whatever the file: the file's fault, not this product's; short;
     * naming a column (or JSON path) of reasonable length.
     */
    public static void assertHonest(String place, String reason) {
        assertThat(ImportFault.isFault(reason))
                .as("a fault of the reader itself: %s", reason)
                .isFalse();
        assertThat(reason).as("a problem's reason").hasSizeLessThan(400);
        assertThat(place).as("a problem's column or path").hasSizeLessThan(120);
    }

    /** What every accepted value must be: text that {@link Text} allows, so nothing garbled slipped in. */
    public static void assertClean(String value) {
        if (value != null) {
            assertThat(Text.problem(value, Text.Lines.SEVERAL))
                    .as("accepted value %s", Text.quoted(value))
                    .isEmpty();
        }
    }
}
