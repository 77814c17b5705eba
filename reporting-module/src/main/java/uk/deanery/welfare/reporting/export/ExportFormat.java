package uk.deanery.welfare.reporting.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The three download formats, each with the content type and file extension a browser needs to save it, so a page or
 * an API sends a table the same way whichever format is asked for.
 */
public enum ExportFormat {
    CSV("CSV", "text/csv; charset=UTF-8", "csv"),
    XLSX("Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("PDF", "application/pdf", "pdf");

    private final String label;
    private final String contentType;
    private final String extension;

    ExportFormat(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format's name as a button or a menu shows it. */
    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** Without the dot: "xlsx". */
    public String extension() {
        return extension;
    }

    /** Writes the table in this format; the stream is left open, as each exporter leaves it. */
    public void write(ExportTable table, OutputStream out) throws IOException {
        switch (this) {
            case CSV -> CsvExport.write(table, out);
            case XLSX -> XlsxExport.write(table, out);
            case PDF -> PdfExport.write(table, out);
        }
    }
}
