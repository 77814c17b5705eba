package uk.deanery.welfare.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.deanery.welfare.reporting.export.ExampleTables.FILTER;
import static uk.deanery.welfare.reporting.export.ExampleTables.FORMULA_FILTER;
import static uk.deanery.welfare.reporting.export.ExampleTables.GENERATED_LINE;
import static uk.deanery.welfare.reporting.export.ExampleTables.HEADERS;
import static uk.deanery.welfare.reporting.export.ExampleTables.HYPERLINK;
import static uk.deanery.welfare.reporting.export.ExampleTables.NOTE;
import static uk.deanery.welfare.reporting.export.ExampleTables.TITLE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    // Row numbers (from 0) in the layout: title, two filters, generated, blank, header, four data rows, blank, note.
    private static final int HEADER_ROW = 5;
    private static final int FIRST_DATA_ROW = 6;

    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(ExampleTables.withFormulaCells(), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        sheet = workbook.getSheetAt(0);
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void hasOneSheetNamedAfterTheTitleMadeSafeForExcel() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        // The colon is not allowed in a sheet name, and names stop at 31 characters.
        assertThat(sheet.getSheetName()).isEqualTo("Wellbeing check  IMG induction");
    }

    @Test
    void sheetNamesAvoidWhatExcelRefuses() {
        assertThat(XlsxExport.sheetName("'Quoted'")).isEqualTo("Quoted");
        assertThat(XlsxExport.sheetName("[?]")).isEqualTo("Report");
        assertThat(XlsxExport.sheetName("History")).isEqualTo("Report");
    }

    @Test
    void putsABoldTitleFiltersAndGenerationLineAboveABlankRow() {
        assertThat(text(0, 0)).isEqualTo(TITLE);
        assertThat(font(0, 0).getBold()).isTrue();
        assertThat(text(1, 0)).isEqualTo(FILTER);
        assertThat(text(2, 0)).isEqualTo("'" + FORMULA_FILTER);
        assertThat(text(3, 0)).isEqualTo(GENERATED_LINE);
        assertThat((Object) sheet.getRow(4)).isNull();
    }

    @Test
    void hasABoldHeaderRowFrozenInView() {
        List<String> headers = new ArrayList<>();
        for (int column = 0; column < HEADERS.size(); column++) {
            headers.add(text(HEADER_ROW, column));
            assertThat(font(HEADER_ROW, column).getBold()).isTrue();
        }
        assertThat(headers).isEqualTo(HEADERS);

        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (HEADER_ROW + 1));
        assertThat(pane.getVerticalSplitPosition()).isZero();
    }

    @Test
    void writesPlainDecimalsAsNumbersShownWithTheirDecimalPlaces() {
        Cell respondents = cell(FIRST_DATA_ROW, 1);
        assertThat(respondents.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(respondents.getNumericCellValue()).isEqualTo(42.0);

        Cell agree = cell(FIRST_DATA_ROW, 2);
        assertThat(agree.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(agree.getNumericCellValue()).isEqualTo(61.9);
        assertThat(new DataFormatter(Locale.UK).formatCellValue(agree)).isEqualTo("61.90");

        Cell negative = cell(FIRST_DATA_ROW + 3, 1);
        assertThat(negative.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(negative.getNumericCellValue()).isEqualTo(-0.5);
        assertThat(cell(FIRST_DATA_ROW + 3, 2).getNumericCellValue()).isZero();
    }

    @Test
    void writesTextAsStringCells() {
        assertThat(text(FIRST_DATA_ROW, 0)).isEqualTo("Feel supported");
        assertThat(text(FIRST_DATA_ROW, 3)).isEqualTo("≥ 5 respondents; £12 travel");
        assertThat(text(FIRST_DATA_ROW + 2, 3)).isEqualTo("Zoë ✓");
        assertThat(text(FIRST_DATA_ROW + 3, 3)).isEqualTo("S");
    }

    @Test
    void neutralisesEveryFormulaLookingCellAndWritesNoFormulas() {
        assertThat(text(FIRST_DATA_ROW + 1, 0)).isEqualTo("'" + HYPERLINK);
        assertThat(text(FIRST_DATA_ROW + 1, 1)).isEqualTo("'+1");
        assertThat(text(FIRST_DATA_ROW + 1, 2)).isEqualTo("'-2+3");
        assertThat(text(FIRST_DATA_ROW + 1, 3)).isEqualTo("'@SUM(A1)");
        assertThat(text(FIRST_DATA_ROW + 2, 0)).isEqualTo("'\tx");
        assertThat(text(FIRST_DATA_ROW + 2, 1)).isEqualTo("'\rx");

        for (Row row : sheet) {
            for (Cell cell : row) {
                assertThat(cell.getCellType())
                        .as(cell.getAddress().formatAsString())
                        .isNotEqualTo(CellType.FORMULA);
            }
        }
    }

    @Test
    void writesANullCellAsABlankCell() {
        Cell notShown = cell(FIRST_DATA_ROW + 2, 2);
        assertThat(notShown.getCellType()).isEqualTo(CellType.BLANK);
        assertThat(new DataFormatter().formatCellValue(notShown)).isEmpty();
    }

    @Test
    void putsTheNotesLastAfterABlankRow() {
        int blank = FIRST_DATA_ROW + 4;
        assertThat((Object) sheet.getRow(blank)).isNull();
        assertThat(text(blank + 1, 0)).isEqualTo(NOTE);
        assertThat(sheet.getLastRowNum()).isEqualTo(blank + 1);
    }

    @Test
    void setsColumnWidthsFromTheLongestText() {
        // "≥ 5 respondents; £12 travel" is 27 characters, plus 2; the unit is 1/256 of a character.
        assertThat(sheet.getColumnWidth(3)).isEqualTo(29 * 256);
        // The header "Agree (%)", 9 characters, is longer than the column's values.
        assertThat(sheet.getColumnWidth(2)).isEqualTo(11 * 256);
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        TrackingOutputStream out = new TrackingOutputStream();
        XlsxExport.write(ExampleTables.withFormulaCells(), out);
        assertThat(out.isClosed()).isFalse();
        assertThat(out.size()).isPositive();
    }

    private static Cell cell(int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static String text(int row, int column) {
        Cell cell = cell(row, column);
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static Font font(int row, int column) {
        return workbook.getFontAt(cell(row, column).getCellStyle().getFontIndex());
    }
}
