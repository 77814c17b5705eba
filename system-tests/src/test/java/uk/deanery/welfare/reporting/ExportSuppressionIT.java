package uk.deanery.welfare.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.reporting.export.ExportFormat;
import uk.deanery.welfare.reporting.export.ExportTable;
import uk.deanery.welfare.reporting.prevalence.Benchmark;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;
import uk.deanery.welfare.reporting.prevalence.ReportTables;
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * Plays the attacker on each downloadable file (CSV, XLSX, PDF) of one report: reads the file back as a reader of it
 * would, and tries to work out the small cohort from the benchmark total and the cohorts shown. (The API's answer is
 * attacked in {@code ApiIT}, the page in {@code BrowserReportIT}, the report itself in {@code PrevalenceReportIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class ExportSuppressionIT {

    private static final String ANXIETY = "Anxiety about starting";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ExportSuppressionIT.class);
    }

    @Inject
    PrevalenceReports reports;

    @Inject
    SurveyImport surveyImport;

    @Inject
    TestData data;

    /** One programme, one round: {@code sizes[i]} respondents in intake year 2015 + i, the first {@code met[i]} anxious. */
    private PrevalenceReport reportOf(int[] sizes, int[] met, String date) {
        String programme = data.programme();
        StringBuilder csv = new StringBuilder(
                "gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation,ANXIETY_START\n");
        for (int cohort = 0; cohort < sizes.length; cohort++) {
            for (int i = 0; i < sizes[cohort]; i++) {
                csv.append(",E")
                        .append(cohort)
                        .append('-')
                        .append(i)
                        .append(',')
                        .append(programme)
                        .append(',')
                        .append(2015 + cohort)
                        .append(",annual,")
                        .append(date)
                        .append(",,")
                        .append(i < met[cohort] ? "4" : "1")
                        .append('\n');
            }
        }
        assertThat(surveyImport
                        .importFile(
                                BuiltInInstruments.IMG_INDUCTION_CODE,
                                1,
                                true,
                                new StringReader(csv.toString()),
                                new ImportProgress())
                        .problems())
                .isEmpty();
        return reports.run(new ReportFilter(
                BuiltInInstruments.IMG_INDUCTION_CODE,
                null,
                null,
                List.of(programme),
                null,
                null,
                null,
                null,
                List.of(Dimension.WAVE, Dimension.COHORT),
                Benchmark.PROGRAMME_COHORTS,
                null));
    }

    @Test
    void noDownloadLetsTheSmallCohortBeWorkedOutFromItsProgrammesTotal() throws Exception {
        PrevalenceReport report = reportOf(new int[] {3, 12, 20}, new int[] {2, 6, 5}, "2017-06-05");

        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX)) {
            List<List<String>> results = rowsAfterHeader(read(format, ReportTables.results(report)), "Wave");
            List<List<String>> totals = rowsAfterHeader(read(format, ReportTables.benchmarks(report)), "Benchmark");
            assertCannotDerive(format, results, totals, report.minCell());
            List<String> small = anxietyRow(results.subList(1, results.size()), "2015");
            for (String figure : List.of("n", "N", "%", "95% CI low %", "95% CI high %")) {
                assertThat(small.get(results.get(0).indexOf(figure)))
                        .as("%s: %s of the small cohort", format, figure)
                        .isEmpty();
            }
            assertThat(small.get(results.get(0).indexOf("Status"))).startsWith("Not shown");
        }

        // A PDF reader sees text that wraps inside cells: compare without white space, row by row.
        String programme = report.filter().programmes().get(0);
        String wave = "Imported:IMG-INDUCTIONv1,annual,2017-06-05";
        String smallRow = segmentWith(pdfText(ReportTables.results(report)), wave, "2015");
        assertThat(smallRow).contains("Notshown");
        assertThat(smallRow.replace(programme, "").replace("2015", "").replace("fewerthan5respondents", ""))
                .as("the PDF's row for the small cohort: no figure left once its group is taken out")
                .doesNotContainPattern("\\d");
        String totalRow =
                segmentWith(pdfText(ReportTables.benchmarks(report)), "Cohortsofthesameprogramme", "ANXIETY_START");
        assertThat(totalRow).contains("Notshown");
        assertThat(totalRow.replace(wave, "")
                        .replace(programme, "")
                        .replace("fewerthan5respondents", "")
                        .replaceAll("\\D", ""))
                .as("the PDF's benchmark total for anxiety: only the number of cohorts pooled")
                .isEqualTo("3");
    }

    /** The text after {@code rowStart} that contains {@code wanted}, up to the next {@code rowStart}. */
    private static String segmentWith(String text, String rowStart, String wanted) {
        String compact = text.replaceAll("\\s", "");
        for (String segment : compact.split(java.util.regex.Pattern.quote(rowStart))) {
            if (segment.contains(wanted)) {
                return segment;
            }
        }
        throw new AssertionError("no row with " + wanted + " in " + compact);
    }

    @Test
    void twoSmallCohortsThatTogetherReachTheThresholdKeepTheirTotalAndStayHidden() throws Exception {
        PrevalenceReport report = reportOf(new int[] {3, 4, 20}, new int[] {1, 2, 5}, "2017-06-06");

        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX)) {
            List<List<String>> results = rowsAfterHeader(read(format, ReportTables.results(report)), "Wave");
            List<List<String>> totals = rowsAfterHeader(read(format, ReportTables.benchmarks(report)), "Benchmark");
            List<String> header = totals.get(0);
            List<String> anxiety = totals.stream()
                    .skip(1)
                    .filter(r -> r.contains(ANXIETY))
                    .findFirst()
                    .orElseThrow();
            assertThat(anxiety.get(header.indexOf("N")))
                    .as("%s: the total is shown", format)
                    .isEqualTo("27");
            assertCannotDerive(format, results, totals, report.minCell());
        }
    }

    /**
     * The attack: a shown total, minus the shown parts, must not leave exactly one hidden part, nor hidden parts
     * that together are fewer than k.
     */
    private static void assertCannotDerive(
            ExportFormat format, List<List<String>> results, List<List<String>> totals, int k) {
        List<String> resultHeader = results.get(0);
        List<String> totalHeader = totals.get(0);
        for (List<String> total : totals.subList(1, totals.size())) {
            String totalN = total.get(totalHeader.indexOf("N"));
            if (!totalN.matches("\\d+")) {
                continue;
            }
            String category = total.get(totalHeader.indexOf("Challenge"));
            int groups = Integer.parseInt(total.get(totalHeader.indexOf("Groups pooled")));
            List<List<String>> parts = results.subList(1, results.size()).stream()
                    .filter(r -> r.get(resultHeader.indexOf("Challenge")).equals(category))
                    .toList();
            long shown = parts.stream()
                    .map(r -> r.get(resultHeader.indexOf("N")))
                    .filter(n -> n.matches("\\d+"))
                    .count();
            long shownN = parts.stream()
                    .map(r -> r.get(resultHeader.indexOf("N")))
                    .filter(n -> n.matches("\\d+"))
                    .mapToLong(Long::parseLong)
                    .sum();
            long hidden = groups - shown;
            long remainder = Long.parseLong(totalN) - shownN;
            assertThat(hidden == 1 || (hidden > 1 && remainder < k))
                    .as(
                            "%s: %s total %s minus the shown cohorts leaves %d in %d hidden",
                            format, category, totalN, remainder, hidden)
                    .isFalse();
        }
    }

    private static List<String> anxietyRow(List<List<String>> rows, String cohort) {
        return rows.stream()
                .filter(r -> r.contains(ANXIETY) && r.stream().anyMatch(c -> c.contains(cohort)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no anxiety row for cohort " + cohort + " in " + rows));
    }

    /** The table part of a file read back: from the header row (first cell {@code first}) on, up to a blank row. */
    private static List<List<String>> rowsAfterHeader(List<List<String>> lines, String first) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty() && first.equals(lines.get(i).get(0))) {
                start = i;
                break;
            }
        }
        assertThat(start).as("a header row starting " + first + " in " + lines).isNotNegative();
        List<List<String>> table = new ArrayList<>();
        for (int i = start; i < lines.size() && lines.get(i).stream().anyMatch(c -> !c.isBlank()); i++) {
            table.add(lines.get(i));
        }
        return table;
    }

    private static List<List<String>> read(ExportFormat format, ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(table, out);
        byte[] bytes = out.toByteArray();
        List<List<String>> lines = new ArrayList<>();
        if (format == ExportFormat.CSV) {
            for (CSVRecord record : CSVFormat.RFC4180
                    .builder()
                    .get()
                    .parse(new InputStreamReader(
                            new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))) {
                lines.add(record.toList());
            }
        } else {
            DataFormatter formatter = new DataFormatter();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                for (Row row : workbook.getSheetAt(0)) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    while (lines.size() < row.getRowNum()) {
                        lines.add(List.of());
                    }
                    lines.add(cells);
                }
            }
        }
        return lines;
    }

    private static String pdfText(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.PDF.write(table, out);
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(out.toByteArray())) {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }
}
