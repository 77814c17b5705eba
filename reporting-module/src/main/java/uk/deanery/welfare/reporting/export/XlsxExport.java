package uk.deanery.welfare.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an Excel workbook (.xlsx) with one sheet, named after the title. Layout, one row each: the title
 * (bold, larger), each filter line, the generation line, a blank row, the header row (bold, frozen so it stays in view
 * while scrolling), the data rows, then a blank row and the notes.
 *
 * <p>A data cell that is a plain decimal ({@link PlainNumber}) is written as a number, so users can sort and sum it;
 * every other cell is a string cell. POI's string cells are never formulas, but users re-save sheets as CSV and then
 * the text is read as typed, so string cells go through {@link SafeCell#neutralise} all the same. A {@code null} cell is
 * a blank cell.
 *
 * <p>Column widths come from the longest header or data text in each column, not from {@code autoSizeColumn}, which
 * measures with AWT fonts and fails on headless servers without them.
 */
public final class XlsxExport {

    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxExport() {}

    /** Writes the workbook to {@code out}. The stream is left open: it belongs to the caller. */
    public static void write(ExportTable table, OutputStream out) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
            int rowIndex = 0;
            textRow(sheet, rowIndex++, table.title(), styles.title);
            for (String filter : table.filters()) {
                textRow(sheet, rowIndex++, filter, null);
            }
            textRow(sheet, rowIndex++, table.generatedLine(), null);
            rowIndex++; // blank row

            int headerIndex = rowIndex++;
            Row header = sheet.createRow(headerIndex);
            for (int column = 0; column < table.headers().size(); column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(SafeCell.neutralise(table.headers().get(column)));
                cell.setCellStyle(styles.bold);
            }
            sheet.createFreezePane(0, headerIndex + 1);

            for (List<String> values : table.rows()) {
                Row row = sheet.createRow(rowIndex++);
                for (int column = 0; column < values.size(); column++) {
                    dataCell(row.createCell(column), values.get(column), styles);
                }
            }

            if (!table.notes().isEmpty()) {
                rowIndex++; // blank row
                for (String note : table.notes()) {
                    textRow(sheet, rowIndex++, note, null);
                }
            }
            setColumnWidths(sheet, table);
            workbook.write(out);
        }
        out.flush();
    }

    /**
     * The title as a sheet name Excel accepts: at most 31 characters, none of {@code : \ / ? * [ ]}, no apostrophe at
     * either end (POI's {@link WorkbookUtil#createSafeSheetName} makes those spaces, and the spaces are trimmed), and
     * not Excel's reserved "History".
     */
    static String sheetName(String title) {
        String name = WorkbookUtil.createSafeSheetName(title).strip();
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            return "Report";
        }
        return name;
    }

    private static void textRow(XSSFSheet sheet, int rowIndex, String text, CellStyle style) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(SafeCell.neutralise(text));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void dataCell(Cell cell, String value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (PlainNumber.isPlainNumber(value)) {
            cell.setCellValue(Double.parseDouble(value));
            cell.setCellStyle(styles.decimals(PlainNumber.decimalPlaces(value)));
        } else {
            cell.setCellValue(SafeCell.neutralise(value));
        }
    }

    // Title, filter and note rows are left out: they sit in column A and spill over the empty cells beside them.
    private static void setColumnWidths(XSSFSheet sheet, ExportTable table) {
        for (int column = 0; column < table.headers().size(); column++) {
            int longest = table.headers().get(column).length();
            for (List<String> row : table.rows()) {
                String value = row.get(column);
                if (value != null) {
                    longest = Math.max(longest, value.length());
                }
            }
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, longest + 2));
            sheet.setColumnWidth(column, chars * 256); // the unit is 1/256 of a character's width
        }
    }

    /** Cell styles, made once per workbook: Excel caps a workbook at about 64,000 styles. */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final CellStyle title;
        private final CellStyle bold;
        private final Map<Integer, CellStyle> decimals = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
        }

        /** A number format showing exactly this many decimal places, as the report wrote them. */
        CellStyle decimals(int places) {
            return decimals.computeIfAbsent(places, p -> {
                CellStyle style = workbook.createCellStyle();
                String format = p == 0 ? "0" : "0." + "0".repeat(p);
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                return style;
            });
        }
    }
}
