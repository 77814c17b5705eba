package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.deanery.welfare.reporting.prevalence.ReportTables;
import uk.deanery.welfare.reporting.prevalence.WaveSummary;
import uk.deanery.welfare.surveys.entity.WaveKind;
import uk.deanery.welfare.systemtest.Accessibility;
import uk.deanery.welfare.systemtest.Browser;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/**
 * The prevalence report in the browser. An admin sets up a programme of their own, imports a past baseline and a
 * follow-up too small to show, runs the report for that programme and reads the same percentages in the table beside
 * the chart and in the XLSX download, where the small wave's row has no number; the page with its results has no
 * serious or critical axe-core violation. tpd1 can choose only the programme they direct (YH-IMT in the demo data) and
 * sees only its results. analyst1 lands on the reports and is refused every page that holds a person's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserReportIT {

    private static final String INSTRUMENT = "IMG-INDUCTION";
    private static final String ANXIETY = "Anxiety about starting";
    private static final String SUPERVISOR = "Difficulty reaching or approaching the educational supervisor";
    private static final String NOT_SHOWN = "Not shown: fewer than 5 respondents";
    private static final String HEADER =
            "respondent_id,programme,intake_year,wave_kind,wave_date,rotation,ANXIETY_START,SUPERVISOR_DIFFICULTY\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    private static Path csv(String content) throws Exception {
        Path file = Files.createTempFile("past-round", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * A baseline of 10 (4 anxious: 40.0%, Wilson 16.8 to 68.7; 3 with supervisor difficulty: 30.0%, 10.8 to 60.3) and
     * a follow-up of 3 of them, below k = 5.
     */
    private static String rounds(String programme, LocalDate baseline, LocalDate followUp) {
        int[] anxiety = {5, 4, 4, 4, 2, 2, 3, 1, 2, 3};
        String[] supervisor = {"yes", "yes", "yes", "no", "no", "no", "no", "no", "no", "no"};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < anxiety.length; i++) {
            csv.append("R")
                    .append(i)
                    .append(',')
                    .append(programme)
                    .append(",2024,baseline,")
                    .append(baseline);
            csv.append(",,")
                    .append(anxiety[i])
                    .append(',')
                    .append(supervisor[i])
                    .append('\n');
        }
        for (int i = 0; i < 3; i++) {
            csv.append("R")
                    .append(i)
                    .append(',')
                    .append(programme)
                    .append(",2024,follow_up,")
                    .append(followUp);
            csv.append(",1,2,no\n");
        }
        return csv.toString();
    }

    private static void add(Browser admin, String form, String code, String name) {
        admin.find(By.id(form + ":code")).sendKeys(code);
        admin.find(By.id(form + ":name")).sendKeys(name);
        admin.find(By.id(form + ":add")).click();
    }

    private static void createProgramme(Browser admin, int n, String programme) {
        admin.open("/admin/programmes.xhtml");
        add(admin, "specialty", "RS" + n, "Report specialty " + n);
        admin.waitFor(d -> admin.text().contains("Specialty RS" + n + " added."));
        add(admin, "deanery", "RO" + n, "Report office " + n);
        admin.waitFor(d -> admin.text().contains("Local office RO" + n + " added."));
        admin.find(By.id("programme:code")).sendKeys(programme);
        admin.find(By.id("programme:name")).sendKeys("Report programme " + n);
        new Select(admin.find(By.id("programme:specialtyCode"))).selectByValue("RS" + n);
        new Select(admin.find(By.id("programme:deaneryCode"))).selectByValue("RO" + n);
        admin.find(By.id("programme:add")).click();
        admin.waitFor(d -> admin.text().contains("Programme " + programme + " added."));
    }

    private static void importRounds(Browser admin, Path file) {
        admin.open("/admin/survey-import.xhtml");
        new Select(admin.find(By.id("surveyImport:instrument"))).selectByValue(INSTRUMENT + ":1");
        WebElement createCohorts = admin.find(By.id("surveyImport:createCohorts"));
        if (!createCohorts.isSelected()) {
            createCohorts.click();
        }
        admin.driver().findElement(By.id("surveyImport:file_input")).sendKeys(file.toString());
        admin.waitFor(d -> admin.text().contains("Ready: " + file.getFileName()));
        admin.find(By.id("surveyImport:start")).click();
        admin.waitFor(d -> admin.text().contains("The file was imported."));
    }

    private static void chooseInstrument(Browser browser) {
        new Select(browser.find(By.id("report:instrument"))).selectByValue(INSTRUMENT);
        browser.awaitAjax();
    }

    private static void run(Browser browser) {
        browser.click(By.id("report:run"));
        browser.waitFor(d -> browser.text().contains("Report ready"));
    }

    /** The results table's row for a wave and a challenge. */
    private static WebElement resultRow(Browser browser, String wave, String challenge) {
        return browser.find(By.xpath("//table[@id='results-table']/tbody/tr[td[normalize-space()='" + wave
                + "'] and td[normalize-space()='" + challenge + "']]"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> seriousOrCritical(Browser browser) {
        return Accessibility.violations(browser.driver()).stream()
                .filter(v -> v.contains("(serious)") || v.contains("(critical)"))
                .toList();
    }

    @Test
    void anAdminSeesTheImportedRoundsPercentagesInTheTableBesideTheChartAndInTheSpreadsheet() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String programme = "RO" + n + "-RS";
        // In the 2024 cohort's years and before today; no other test imports a baseline between these days.
        LocalDate baseline =
                LocalDate.of(2023, 10, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 400));
        LocalDate followUp = baseline.plusDays(140);
        String baselineWave = "Imported: IMG-INDUCTION v1, baseline, " + baseline;
        String followUpWave = "Imported: IMG-INDUCTION v1, follow-up after rotation 1, " + followUp;

        try (Browser admin = new Browser()) {
            admin.open("/admin/programmes.xhtml");
            admin.signInAs("admin1", "demo");
            admin.waitFor(d -> admin.path().equals("/admin/programmes.xhtml"));
            createProgramme(admin, n, programme);
            importRounds(admin, csv(rounds(programme, baseline, followUp)));

            admin.find(By.linkText("Reports")).click();
            admin.waitFor(d -> admin.path().equals("/reports/prevalence.xhtml"));
            chooseInstrument(admin);
            admin.click(By.xpath("//input[@name='report:programmes' and @value='" + programme + "']"));
            String baselineChoice = ReportTables.waveChoice(
                    new WaveSummary("any", baselineWave, "BASELINE", WaveKind.BASELINE.label(), null, baseline, null));
            admin.waitFor(d -> admin.text().contains(baselineChoice));
            run(admin);

            WebElement canvas = admin.find(By.cssSelector("canvas[role='img']"));
            assertThat(canvas.getAttribute("aria-label")).startsWith("Bar chart of the percentage of respondents");
            assertThat(cells(resultRow(admin, baselineWave, ANXIETY)))
                    .containsExactly(baselineWave, ANXIETY, "4", "10", "40.0", "16.8 to 68.7");
            assertThat(cells(resultRow(admin, baselineWave, SUPERVISOR)))
                    .containsExactly(baselineWave, SUPERVISOR, "3", "10", "30.0", "10.8 to 60.3");
            WebElement hidden = resultRow(admin, followUpWave, ANXIETY);
            assertThat(hidden.findElement(By.cssSelector("td.not-shown")).getText())
                    .isEqualTo(NOT_SHOWN);
            assertThat(hidden.findElements(By.cssSelector("td.numeric, td.interval")))
                    .as("no figure of a hidden result on the page")
                    .isEmpty();
            assertThat(admin.find(By.id("paired")).getText()).contains("Not shown: fewer than 5 pairs");

            assertThat(seriousOrCritical(admin)).isEmpty();

            Path downloads = admin.downloadsTo();
            new Select(admin.find(By.id("export:table"))).selectByValue("RESULTS");
            admin.find(By.id("export:xlsx")).click();
            Path file = admin.awaitDownload(downloads, ".xlsx");
            assertThat(file.getFileName().toString()).matches("prevalence-\\d{4}-\\d{2}-\\d{2}\\.xlsx");

            Map<String, Map<String, Cell>> sheet = readResults(file);
            Map<String, Cell> anxious = sheet.get(baselineWave + "|" + ANXIETY);
            assertThat(anxious.get("n").getNumericCellValue()).isEqualTo(4);
            assertThat(anxious.get("N").getNumericCellValue()).isEqualTo(10);
            assertThat(anxious.get("%").getNumericCellValue()).isEqualTo(40.0);
            assertThat(anxious.get("95% CI low %").getNumericCellValue()).isEqualTo(16.8);
            assertThat(anxious.get("95% CI high %").getNumericCellValue()).isEqualTo(68.7);
            assertThat(sheet.get(baselineWave + "|" + SUPERVISOR).get("%").getNumericCellValue())
                    .isEqualTo(30.0);
            Map<String, Cell> small = sheet.get(followUpWave + "|" + ANXIETY);
            for (String figure : List.of("n", "N", "%", "95% CI low %", "95% CI high %")) {
                Cell cell = small.get(figure);
                assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                        .as("the hidden result's %s is empty", figure)
                        .isTrue();
            }
            assertThat(small.get("Status").getStringCellValue()).isEqualTo(NOT_SHOWN);

            // Waves opening from the follow-up's day on: the baseline drops out of the results.
            // Typed into the empty field and closed with Escape: this picker sits low on the form, its calendar opens
            // upwards over the heading, so Browser.pickDate's click on the heading would land on the calendar.
            WebElement from = admin.find(By.id("report:from_input"));
            from.clear();
            from.sendKeys(followUp.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + Keys.ESCAPE);
            run(admin);
            assertThat(admin.find(By.id("results-table")).getText())
                    .contains(followUpWave)
                    .doesNotContain(baselineWave);
            assertThat(seriousOrCritical(admin))
                    .as("with the date pickers filled in")
                    .isEmpty();
        }
    }

    /** The results sheet's data rows by "wave|challenge", each cell by its column's header. */
    private static Map<String, Map<String, Cell>> readResults(Path file) throws Exception {
        Map<String, Map<String, Cell>> rows = new HashMap<>();
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = null;
            for (Row row : sheet) {
                if (headers == null) {
                    if (row.getCell(0) != null && "Wave".equals(text.formatCellValue(row.getCell(0)))) {
                        headers = new ArrayList<>();
                        for (Cell cell : row) {
                            headers.add(text.formatCellValue(cell));
                        }
                    }
                    continue;
                }
                if (row.getCell(0) == null || row.getCell(1) == null) {
                    break; // the blank row before the notes
                }
                Map<String, Cell> byHeader = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    byHeader.put(headers.get(i), row.getCell(i));
                }
                rows.put(text.formatCellValue(row.getCell(0)) + "|" + text.formatCellValue(row.getCell(1)), byHeader);
            }
            assertThat(headers).as("the header row").isNotNull().startsWith("Wave", "Challenge", "Item", "n", "N");
        }
        return rows;
    }

    @Test
    void aProgrammeDirectorCanChooseOnlyTheirProgrammeAndSeesOnlyItsResults() throws Exception {
        try (Browser tpd = new Browser()) {
            tpd.open("/reports/prevalence.xhtml");
            tpd.signInAs("tpd1", "demo");
            tpd.waitFor(d -> tpd.path().equals("/reports/prevalence.xhtml"));

            List<WebElement> programmes = tpd.driver().findElements(By.name("report:programmes"));
            assertThat(programmes)
                    .extracting(p -> p.getAttribute("value"))
                    .as("tpd1 directs YH-IMT only")
                    .containsExactly("YH-IMT");
            assertThat(programmes.get(0).isSelected()).isTrue();

            chooseInstrument(tpd);
            tpd.click(By.xpath("//input[@name='report:groupBy' and @value='PROGRAMME']"));
            run(tpd);

            List<WebElement> rows = tpd.driver().findElements(By.cssSelector("#results-table tbody tr"));
            assertThat(rows).isNotEmpty();
            // Grouped by wave and programme: the programme is the second column.
            assertThat(rows)
                    .extracting(r -> r.findElements(By.tagName("td")).get(1).getText())
                    .containsOnly("YH-IMT");
            assertThat(cells(resultRow(tpd, "Imported: IMG-INDUCTION v1, pilot, 2020-12-07", ANXIETY)))
                    .as("the study's pilot, 4 of 15")
                    .containsSequence(ANXIETY, "4", "15", "26.7");
            assertThat(seriousOrCritical(tpd)).isEmpty();
        }
    }

    @Test
    void anAnalystLandsOnTheReportsAndIsRefusedEveryPageWithAPersonsData() throws Exception {
        try (Browser analyst = new Browser()) {
            analyst.open("/login");
            analyst.signInAs("analyst1", "demo");
            analyst.waitFor(d -> analyst.path().equals("/reports/prevalence.xhtml"));
            assertThat(analyst.find(By.tagName("nav")).getText())
                    .contains("Reports")
                    .doesNotContain("Triage");

            analyst.open("/admin/triage.xhtml");
            assertThat(analyst.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        }

        KeycloakLogin session = new KeycloakLogin();
        session.logIn("analyst1", "demo");
        assertThat(session.get("/reports/prevalence.xhtml").statusCode()).isEqualTo(200);
        for (String page : List.of(
                "/admin/triage.xhtml",
                "/admin/audit.xhtml",
                "/admin/programmes.xhtml",
                "/admin/survey-import.xhtml",
                "/tpd/concerns.xhtml",
                "/supervisor/concerns.xhtml",
                "/trainee/home.xhtml",
                "/concern.xhtml?ref=ANY")) {
            assertThat(session.get(page).statusCode())
                    .as("analyst1 opening %s", page)
                    .isEqualTo(403);
        }
    }
}
