package uk.deanery.welfare.reporting.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.Map;

/**
 * The standard Helvetica faces every PDF export uses, and the one way text is made printable in them (see
 * {@link PdfExport}): no font file is shipped or embedded.
 */
final class PdfFonts {

    private static final Map<Integer, String> ASCII_SUBSTITUTES = Map.of(
            (int) '\u2265', ">=", // ≥
            (int) '\u2264', "<=", // ≤
            (int) '\u2260', "!=", // ≠
            (int) '\u2212', "-", // minus sign
            (int) '\u2011', "-", // non-breaking hyphen
            (int) '\u2192', "->", // →
            (int) '\u202F', " "); // narrow no-break space
    private static final String UNPRINTABLE = "?";

    final BaseFont regular;
    final Font title;
    final Font text;
    final Font header;
    final Font cell;
    final Font note;

    PdfFonts() throws IOException {
        try {
            regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            title = new Font(bold, 16);
            text = new Font(regular, 10);
            header = new Font(bold, 9);
            cell = new Font(regular, 9);
            note = new Font(regular, 8);
        } catch (DocumentException e) {
            throw new IOException("could not load the standard Helvetica fonts", e);
        }
    }

    /**
     * The text with every character Helvetica's WinAnsi encoding can show kept, the known signs replaced by ASCII,
     * tabs as spaces, carriage returns as line breaks, and anything else as "?". Regular and bold Helvetica have
     * the same character set, so checking the regular face answers for both.
     */
    String printable(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder printable = new StringBuilder(lines.length());
        lines.codePoints().forEach(c -> {
            String substitute = ASCII_SUBSTITUTES.get(c);
            if (substitute != null) {
                printable.append(substitute);
            } else if (c == '\n') {
                printable.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c) && !regular.charExists(c)) {
                printable.append(' ');
            } else if (regular.charExists(c)) {
                printable.appendCodePoint(c);
            } else {
                printable.append(UNPRINTABLE);
            }
        });
        return printable.toString();
    }
}
