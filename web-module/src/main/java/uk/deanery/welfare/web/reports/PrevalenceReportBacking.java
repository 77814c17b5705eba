package uk.deanery.welfare.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.reporting.export.ExportFormat;
import uk.deanery.welfare.reporting.export.ExportTable;
import uk.deanery.welfare.reporting.prevalence.Benchmark;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.reporting.prevalence.ReportTables;
import uk.deanery.welfare.reporting.prevalence.ReportTables.Table;
import uk.deanery.welfare.reporting.prevalence.ResultRow;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.surveys.boundary.InstrumentService;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code reports/prevalence.xhtml}: the report form's choices (only the programmes and waves the caller may
 * report on), the last report run as the page shows it, and its tables as downloads. Every run and every download goes
 * through {@link PrevalenceReports#run}, which checks who is asking and records it.
 */
@Named
@ViewScoped
public class PrevalenceReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "report";
    /** The filter fields {@code ReportFilter} names that have a control of the same id on the form. */
    private static final Set<String> FIELDS = Set.of("instrument", "benchmark", "compare", "from", "exposureKind");

    @Inject
    PrevalenceReports reports;

    @Inject
    InstrumentService instruments;

    @Inject
    ProgrammeService programmeService;

    private List<SelectItem> instrumentChoices = List.of();
    private List<SelectItem> programmeChoices = List.of();
    private List<SelectItem> waveChoices = List.of();
    private List<SelectItem> specialtyChoices = List.of();

    private String instrument;
    private List<String> programmes = new ArrayList<>();
    private List<String> waves = new ArrayList<>();
    private List<String> specialties = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private List<String> groupBy = new ArrayList<>(List.of(Dimension.WAVE.name()));
    private String benchmark = Benchmark.NONE.name();
    private String exposureKind;
    private String compareA;
    private String compareB;
    private String exportTable = Table.RESULTS.name();

    /** The choices the report on the screen was run with; a download runs them again. */
    private ReportChoices ran;
    // The report and what is shown of it are not kept if the view is serialized: the page then shows the form alone.
    private transient PrevalenceReport report;
    private transient List<ResultRow> rows;
    private transient String chartJson;

    @PostConstruct
    void load() {
        try {
            Map<String, SelectItem> byCode = new LinkedHashMap<>();
            // Newest version first within a code: the first of each code names it.
            for (Instrument published : instruments.listPublished()) {
                byCode.putIfAbsent(
                        published.getCode(),
                        new SelectItem(published.getCode(), published.getCode() + " – " + published.getTitle()));
            }
            instrumentChoices = List.copyOf(byCode.values());
            programmeChoices = reports.reportableProgrammes().stream()
                    .map(p -> new SelectItem(p.getCode(), p.getName() + " (" + p.getCode() + ")"))
                    .toList();
            specialtyChoices = programmeService.specialties().stream()
                    .map(sp -> new SelectItem(sp.getCode(), sp.getName() + " (" + sp.getCode() + ")"))
                    .toList();
            if (instrumentChoices.size() == 1) {
                instrument = (String) instrumentChoices.get(0).getValue();
            }
            if (programmeChoices.size() == 1) {
                programmes.add((String) programmeChoices.get(0).getValue());
            }
            loadWaves();
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        }
    }

    /** The chosen instrument's waves in the chosen programmes; choices that no longer apply are dropped. */
    public void loadWaves() {
        if (instrument == null) {
            waveChoices = List.of();
        } else {
            try {
                waveChoices = reports.reportableWaves(instrument, programmes).stream()
                        .map(w -> new SelectItem(w.ref(), ReportTables.waveChoice(w)))
                        .toList();
            } catch (AccessDeniedException denied) {
                waveChoices = List.of();
                refuse(null, "You can report only on the programmes you direct.");
            }
        }
        List<Object> refs = waveChoices.stream().map(SelectItem::getValue).toList();
        waves.retainAll(refs);
        if (!refs.contains(compareA)) {
            compareA = null;
        }
        if (!refs.contains(compareB)) {
            compareB = null;
        }
    }

    public void run() {
        ReportChoices choices = new ReportChoices(
                instrument,
                waves,
                programmes,
                specialties,
                from,
                to,
                groupBy,
                benchmark,
                compareA,
                compareB,
                exposureKind);
        try {
            show(reports.run(choices.filter()));
            ran = choices;
            exportTable = Table.RESULTS.name();
        } catch (InvalidValueException invalid) {
            String field = invalid.getField();
            refuse(
                    FIELDS.contains(field) ? FORM + ":" + field : null,
                    Pages.capitalised(field) + " " + invalid.getReason() + ".");
        } catch (AccessDeniedException denied) {
            refuse(null, "You can report only on the programmes you direct.");
        }
    }

    private void show(PrevalenceReport shown) {
        report = shown;
        rows = ReportTables.resultRows(shown);
        chartJson = PrevalenceChart.json(shown);
    }

    /**
     * Sends the chosen table of the report on the screen as a file. The report is run again with the same choices,
     * so the file is checked and audited like any run, and shows the data as it is now.
     */
    public void export(String format) {
        if (ran == null) {
            refuse(null, "Run the report first, then download it.");
            return;
        }
        ExportFormat as = ExportFormat.valueOf(format);
        PrevalenceReport fresh;
        try {
            fresh = reports.run(ran.filter());
        } catch (InvalidValueException | AccessDeniedException refused) {
            refuse(null, "The report could not be run again; run it again with the form above.");
            return;
        }
        Table chosen = exportTable == null ? Table.RESULTS : Table.valueOf(exportTable);
        Table table = chosen.of(fresh).isPresent() ? chosen : Table.RESULTS;
        ExportTable content = table.of(fresh).orElseThrow();
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(as.contentType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + table.fileName(fresh, as) + "\"");
        try {
            as.write(content, external.getResponseOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void refuse(String clientId, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    public boolean isShown() {
        return report != null;
    }

    /** One line for the live region: how many results, and how many of them are hidden. */
    public String getSummary() {
        if (report == null) {
            return "";
        }
        if (rows.isEmpty()) {
            return "No answers match these choices.";
        }
        long hidden = rows.stream().filter(ResultRow::suppressed).count();
        return "Report ready: " + rows.size() + " results, " + hidden + " of them not shown (fewer than "
                + report.minCell() + " respondents).";
    }

    public List<ResultRow> getRows() {
        return rows;
    }

    public List<String> getGroupHeaders() {
        return ReportTables.groupHeaders(report);
    }

    public boolean isFlagged() {
        return report.filter().benchmark() != Benchmark.NONE;
    }

    public String getNotShown() {
        return ReportTables.notShown(report.minCell(), "respondents");
    }

    public String getChartJson() {
        return chartJson;
    }

    public String getChartDescription() {
        return PrevalenceChart.description(report);
    }

    public List<String> getFilterLines() {
        return ReportTables.filterLines(report);
    }

    public List<String> getNotes() {
        return ReportTables.results(report).notes();
    }

    public ExportTable getByWave() {
        return Table.BY_WAVE.of(report).orElse(null);
    }

    public ExportTable getPaired() {
        return Table.PAIRED.of(report).orElse(null);
    }

    public ExportTable getComparison() {
        return Table.COMPARISON.of(report).orElse(null);
    }

    public ExportTable getBenchmarks() {
        return Table.BENCHMARKS.of(report).orElse(null);
    }

    public List<SelectItem> getSpecialtyChoices() {
        return specialtyChoices;
    }

    public List<String> getSpecialties() {
        return specialties;
    }

    public void setSpecialties(List<String> specialties) {
        this.specialties = specialties == null ? new ArrayList<>() : specialties;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ExportTable getImgComparison() {
        return Table.IMG_COMPARISON.of(report).orElse(null);
    }

    public ExportTable getAnswers() {
        return Table.ANSWERS.of(report).orElse(null);
    }

    public List<SelectItem> getExportChoices() {
        return ReportTables.tablesOf(report).stream()
                .map(t -> new SelectItem(t.name(), t.label()))
                .toList();
    }

    public List<SelectItem> getDimensionChoices() {
        return Arrays.stream(Dimension.values())
                .map(d -> new SelectItem(d.name(), d.label()))
                .toList();
    }

    /** The kinds of support activity an exposure report may count. */
    public List<SelectItem> getExposureKindChoices() {
        return Arrays.stream(ActivityKind.values())
                .map(k -> new SelectItem(k.name(), k.label()))
                .toList();
    }

    public String getExposureKind() {
        return exposureKind;
    }

    public void setExposureKind(String exposureKind) {
        this.exposureKind = exposureKind;
    }

    public List<SelectItem> getBenchmarkChoices() {
        return Arrays.stream(Benchmark.values())
                .map(b -> new SelectItem(b.name(), b.label()))
                .toList();
    }

    public List<SelectItem> getInstrumentChoices() {
        return instrumentChoices;
    }

    public List<SelectItem> getProgrammeChoices() {
        return programmeChoices;
    }

    public List<SelectItem> getWaveChoices() {
        return waveChoices;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public List<String> getProgrammes() {
        return programmes;
    }

    public void setProgrammes(List<String> programmes) {
        this.programmes = programmes == null ? new ArrayList<>() : new ArrayList<>(programmes);
    }

    public List<String> getWaves() {
        return waves;
    }

    public void setWaves(List<String> waves) {
        this.waves = waves == null ? new ArrayList<>() : new ArrayList<>(waves);
    }

    public List<String> getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(List<String> groupBy) {
        this.groupBy = groupBy == null ? new ArrayList<>() : new ArrayList<>(groupBy);
    }

    public String getBenchmark() {
        return benchmark;
    }

    public void setBenchmark(String benchmark) {
        this.benchmark = benchmark;
    }

    public String getCompareA() {
        return compareA;
    }

    public void setCompareA(String compareA) {
        this.compareA = compareA;
    }

    public String getCompareB() {
        return compareB;
    }

    public void setCompareB(String compareB) {
        this.compareB = compareB;
    }

    public String getExportTable() {
        return exportTable;
    }

    public void setExportTable(String exportTable) {
        this.exportTable = exportTable;
    }
}
