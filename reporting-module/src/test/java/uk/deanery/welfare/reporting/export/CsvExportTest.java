package uk.deanery.welfare.reporting.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.deanery.welfare.reporting.export.ExampleTables.FILTER;
import static uk.deanery.welfare.reporting.export.ExampleTables.FORMULA_FILTER;
import static uk.deanery.welfare.reporting.export.ExampleTables.GENERATED_LINE;
import static uk.deanery.welfare.reporting.export.ExampleTables.HEADERS;
import static uk.deanery.welfare.reporting.export.ExampleTables.HYPERLINK;
import static uk.deanery.welfare.reporting.export.ExampleTables.NOTE;
import static uk.deanery.welfare.reporting.export.ExampleTables.TITLE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static byte[] bytes;
    private static List<List<String>> records;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(ExampleTables.withFormulaCells(), out);
        bytes = out.toByteArray();
        String text = new String(bytes, CsvExport.BOM.length, bytes.length - CsvExport.BOM.length, UTF_8);
        // RFC4180 keeps blank lines as records, so the layout's blank lines are visible to the test.
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            records = parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void startsWithAUtf8ByteOrderMarkSoExcelReadsUtf8() {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, UTF_8)).contains("Zoë ✓").contains("£12");
    }

    @Test
    void endsEveryRecordWithCrLf() {
        String text = new String(bytes, UTF_8);
        assertThat(text).startsWith("\uFEFF" + TITLE + "\r\n" + FILTER + "\r\n").endsWith(NOTE + "\r\n");
    }

    @Test
    void putsTitleFiltersAndGenerationLineFirstThenABlankLine() {
        assertThat(records.subList(0, 5))
                .containsExactly(
                        List.of(TITLE),
                        List.of(FILTER),
                        List.of("'" + FORMULA_FILTER),
                        List.of(GENERATED_LINE),
                        List.of(""));
    }

    @Test
    void writesTheHeadersAndTheRowsWithNullCellsEmpty() {
        assertThat(records.get(5)).isEqualTo(HEADERS);
        assertThat(records.get(6)).containsExactly("Feel supported", "42", "61.90", "≥ 5 respondents; £12 travel");
        assertThat(records.get(8).get(2)).isEmpty();
        assertThat(records.get(9)).containsExactly("Change since baseline", "'-0.5", "0", "S");
    }

    @Test
    void neutralisesEveryFormulaLookingCell() {
        assertThat(records.get(7)).containsExactly("'" + HYPERLINK, "'+1", "'-2+3", "'@SUM(A1)");
        assertThat(records.get(8)).containsExactly("'\tx", "'\rx", "", "Zoë ✓");
    }

    @Test
    void putsTheNotesLastAfterABlankLine() {
        assertThat(records.subList(10, records.size())).containsExactly(List.of(""), List.of(NOTE));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        TrackingOutputStream out = new TrackingOutputStream();
        CsvExport.write(ExampleTables.withFormulaCells(), out);
        assertThat(out.isClosed()).isFalse();
        assertThat(out.size()).isPositive();
    }
}
