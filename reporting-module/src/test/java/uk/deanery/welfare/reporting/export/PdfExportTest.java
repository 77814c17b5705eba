package uk.deanery.welfare.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static uk.deanery.welfare.reporting.export.ExampleTables.FILTER;
import static uk.deanery.welfare.reporting.export.ExampleTables.FORMULA_FILTER;
import static uk.deanery.welfare.reporting.export.ExampleTables.GENERATED_LINE;
import static uk.deanery.welfare.reporting.export.ExampleTables.HEADERS;
import static uk.deanery.welfare.reporting.export.ExampleTables.HYPERLINK;
import static uk.deanery.welfare.reporting.export.ExampleTables.NOTE;
import static uk.deanery.welfare.reporting.export.ExampleTables.TITLE;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    @Test
    void isA4LandscapeWithTheTitleInItsMetadata() throws IOException {
        PdfReader reader = new PdfReader(pdf(ExampleTables.withFormulaCells()));
        Rectangle page = reader.getPageSizeWithRotation(1);
        assertThat(page.getWidth()).isCloseTo(842f, offset(1f));
        assertThat(page.getHeight()).isCloseTo(595f, offset(1f));
        assertThat(reader.getInfo()).containsEntry("Title", TITLE);
        reader.close();
    }

    @Test
    void showsTitleFiltersGenerationLineTableAndNotes() throws IOException {
        String text = pageText(pdf(ExampleTables.withFormulaCells()), 1);
        assertThat(text)
                .contains(TITLE, FILTER, FORMULA_FILTER, GENERATED_LINE, NOTE)
                .contains(HEADERS)
                .contains("Feel supported", "42", "61.90", "Change since baseline", "-0.5");
        // The extractor reads in content-stream order, where OpenPDF puts table text after the paragraphs, so only
        // the order of the lines above the table can be checked this way.
        assertThat(text.indexOf(TITLE)).isLessThan(text.indexOf(FILTER));
        assertThat(text.indexOf(FILTER)).isLessThan(text.indexOf(GENERATED_LINE));
    }

    @Test
    void showsFormulaLookingTextAsWrittenBecauseAPdfIsNeverCalculated() throws IOException {
        String text = pageText(pdf(ExampleTables.withFormulaCells()), 1);
        assertThat(text).contains(HYPERLINK, "+1", "-2+3", "@SUM(A1)").doesNotContain("'=", "'+", "'@");
    }

    @Test
    void printsANullCellAsAnEnDash() throws IOException {
        // The example's only en dash is the null cell's.
        String text = pageText(pdf(ExampleTables.withFormulaCells()), 1);
        assertThat(text).containsOnlyOnce(PdfExport.NOT_SHOWN);
    }

    @Test
    void keepsWhatHelveticaCanShowAndReplacesTheRestTheSameWayEveryTime() throws IOException {
        String text = pageText(pdf(ExampleTables.withFormulaCells()), 1);
        // "£" and "ë" are in WinAnsi; "≥" becomes ">=", and "✓", which Helvetica lacks, becomes "?".
        assertThat(text).contains(">= 5 respondents; £12 travel", "Zoë ?").doesNotContain("≥", "✓");
    }

    @Test
    void repeatsTheHeaderRowOnEveryPage() throws IOException {
        byte[] pdf = pdf(ExampleTables.withRows(80));
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        reader.close();
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(pageText(pdf, page)).as("page %d", page).contains(HEADERS);
        }
        assertThat(pageText(pdf, 1)).contains(TITLE).doesNotContain("row 80");
        assertThat(pageText(pdf, pages)).contains("row 80", NOTE).doesNotContain(TITLE);
    }

    @Test
    void showsTheHeaderOfATableWithNoRows() throws IOException {
        ExportTable empty = new ExportTable(
                TITLE,
                List.of(FILTER),
                ExampleTables.GENERATED_AT,
                ExampleTables.LONDON,
                HEADERS,
                List.of(),
                List.of());
        assertThat(pageText(pdf(empty), 1)).contains(TITLE).contains(HEADERS);
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        TrackingOutputStream out = new TrackingOutputStream();
        PdfExport.write(ExampleTables.withFormulaCells(), out);
        assertThat(out.isClosed()).isFalse();
        assertThat(out.size()).isPositive();
    }

    private static byte[] pdf(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(table, out);
        return out.toByteArray();
    }

    private static String pageText(byte[] pdf, int page) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page);
        } finally {
            reader.close();
        }
    }
}
