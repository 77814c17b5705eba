package uk.deanery.welfare.reporting.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Writes a table as a PDF for printing and circulating: A4 landscape, the title as a heading, the filter lines and the
 * generation line under it, the table with its header row repeated at the top of every page, and the notes after it.
 * The title is also the document's title in its metadata, which PDF readers show in the window and tab.
 *
 * <p>Text is shown as the report wrote it, without {@link SafeCell}'s apostrophe: a PDF is read, never calculated, so
 * there is no formula to defuse, and the apostrophe would only puzzle the reader. A {@code null} cell is printed as an
 * en dash ({@value #NOT_SHOWN}), so a withheld value looks deliberate on paper rather than like a gap in the layout.
 *
 * <p>The font is the standard Helvetica, which every PDF reader has, so no font file is shipped or embedded. Its
 * WinAnsi (Windows-1252) encoding covers English and Western European text and symbols such as "£", "–", "±" and "×",
 * but not every Unicode character, and OpenPDF silently drops what it cannot encode, which would turn "≥ 5" into " 5".
 * So text is made printable first, the same way every time: the mathematical signs the reports use become ASCII ("≥"
 * becomes "&gt;=", "≤" "&lt;=", "≠" "!=", the minus sign "−" a hyphen, "→" "-&gt;"), carriage returns become line
 * breaks, tabs and other control characters spaces, and any other character Helvetica cannot show becomes "?", so the
 * reader sees that something was there.
 */
public final class PdfExport {

    /** What a {@code null} ("not shown") cell prints as: an en dash, which Helvetica's WinAnsi encoding has. */
    public static final String NOT_SHOWN = "\u2013";

    private static final Color HEADER_BACKGROUND = new Color(0xE6, 0xE6, 0xE6);
    private static final float MARGIN = 36; // half an inch, in points
    private static final int MIN_COLUMN_WEIGHT = 4;
    private static final int MAX_COLUMN_WEIGHT = 40;

    private PdfExport() {}

    /** Writes the PDF to {@code out}. The stream is left open: it belongs to the caller. */
    public static void write(ExportTable table, OutputStream out) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        PdfFonts fonts = new PdfFonts();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(table.title());
            document.open();

            Paragraph title = new Paragraph(fonts.printable(table.title()), fonts.title);
            title.setSpacingAfter(6);
            document.add(title);
            for (String filter : table.filters()) {
                document.add(new Paragraph(fonts.printable(filter), fonts.text));
            }
            Paragraph generated = new Paragraph(fonts.printable(table.generatedLine()), fonts.text);
            generated.setSpacingAfter(12);
            document.add(generated);

            document.add(table(table, fonts));

            for (int i = 0; i < table.notes().size(); i++) {
                Paragraph note = new Paragraph(fonts.printable(table.notes().get(i)), fonts.note);
                if (i == 0) {
                    note.setSpacingBefore(12);
                }
                document.add(note);
            }
        } catch (DocumentException e) {
            throw new IOException("could not write the PDF of \"" + table.title() + "\"", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        out.flush();
    }

    private static PdfPTable table(ExportTable table, PdfFonts fonts) {
        List<String> headers = table.headers();
        PdfPTable pdfTable = new PdfPTable(headers.size());
        pdfTable.setWidthPercentage(100);
        pdfTable.setWidths(columnWeights(table));
        // A table of nothing but header rows is not drawn at all, so an empty report keeps its header as a plain row.
        pdfTable.setHeaderRows(table.rows().isEmpty() ? 0 : 1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(fonts.printable(header), fonts.header));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setPadding(4);
            pdfTable.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (String value : row) {
                String text = value == null ? NOT_SHOWN : fonts.printable(value);
                PdfPCell cell = new PdfPCell(new Phrase(text, fonts.cell));
                cell.setPadding(4);
                if (value == null || PlainNumber.isPlainNumber(value)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdfTable.addCell(cell);
            }
        }
        return pdfTable;
    }

    // Relative widths from the longest text in each column, clamped so one long comment cannot squeeze the rest.
    private static int[] columnWeights(ExportTable table) {
        int[] weights = new int[table.headers().size()];
        for (int column = 0; column < weights.length; column++) {
            int longest = table.headers().get(column).length();
            for (List<String> row : table.rows()) {
                String value = row.get(column);
                if (value != null) {
                    longest = Math.max(longest, value.length());
                }
            }
            weights[column] = Math.min(MAX_COLUMN_WEIGHT, Math.max(MIN_COLUMN_WEIGHT, longest));
        }
        return weights;
    }
}
