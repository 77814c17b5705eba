/**
 * Writes one report table as a CSV, XLSX or PDF file for people to download. The reports build the {@link
 * uk.deanery.welfare.reporting.export.ExportTable}; this package only decides how it looks in each format, and makes
 * sure no cell can run as a spreadsheet formula when the file is opened ({@link
 * uk.deanery.welfare.reporting.export.SafeCell}).
 */
package uk.deanery.welfare.reporting.export;
