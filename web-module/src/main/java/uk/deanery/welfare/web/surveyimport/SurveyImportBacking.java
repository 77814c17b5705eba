package uk.deanery.welfare.web.surveyimport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.shared.ImportLimits;
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.boundary.InstrumentService;

/**
 * Backs {@code admin/survey-import.xhtml}: choose the instrument version the file follows, upload the file, import it
 * in the background while a progress bar follows it, then read the outcome: the counts, or every problem with its row
 * and column. The uploaded file is kept for the view, so a refused import can be run again against another version.
 */
@Named
@ViewScoped
public class SurveyImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SurveyImportBacking.class.getName());
    /** What the reader takes (a 200,000-row file of the study questionnaire is about 21 MB). */
    public static final long FILE_MAX_BYTES = ImportLimits.CSV_BYTES_MAX;

    @Inject
    SurveyImport surveyImport;

    @Inject
    InstrumentService instruments;

    @Inject
    AccessPolicy access;

    @Resource
    transient ManagedExecutorService executor;

    private List<SelectItem> instrumentChoices;
    private String instrument;
    private boolean createCohorts;
    /** The uploaded file, kept on disk rather than in the session, however large it is. */
    private String file;

    private long fileSize;
    private String fileName;
    private String charset = ImportCharset.UTF_8.parameter();
    // Not kept if the view is ever serialized: a page restored elsewhere has no import running.
    private transient ImportProgress progress;
    private transient Future<SurveyImportReport> running;
    private SurveyImportReport report;
    private String failure;

    @PostConstruct
    void load() {
        instrumentChoices = instruments.list().stream()
                .filter(i -> !i.isDraft())
                .map(i -> new SelectItem(
                        i.getCode() + ":" + i.getInstrumentVersion(),
                        i.getCode() + " v" + i.getInstrumentVersion() + " – " + i.getTitle()
                                + (i.isPublished() ? "" : " (retired)")))
                .toList();
        if (instrumentChoices.size() == 1) {
            instrument = (String) instrumentChoices.get(0).getValue();
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        discardFile();
        report = null;
        failure = null;
        try (InputStream in = uploaded.getInputStream()) {
            Path kept = Files.createTempFile("survey-import-", ".csv");
            file = kept.toString();
            Files.copy(in, kept, StandardCopyOption.REPLACE_EXISTING);
            fileSize = Files.size(kept);
            fileName = uploaded.getFileName();
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "Survey import upload could not be kept: {0}",
                    e.getClass().getName());
            discardFile();
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    "The file could not be received; choose it again.",
                                    null));
        }
    }

    /** Deletes the kept upload; an import already reading it goes on (the open file stays readable). */
    @PreDestroy
    void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(Path.of(file));
            } catch (IOException e) {
                LOG.log(
                        Level.WARNING,
                        "Survey import upload could not be deleted: {0}",
                        e.getClass().getName());
            }
        }
        file = null;
        fileName = null;
        fileSize = 0;
    }

    /** Starts the import in the background; the page follows {@link #getPercent()} until it completes. */
    public void start() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (instrument == null || file == null) {
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            instrument == null
                                    ? "Choose the instrument version the file's answers follow."
                                    : "Choose a CSV file to import first.",
                            null));
            context.validationFailed();
            return;
        }
        if (isRunning()) {
            return;
        }
        String code = instrument.substring(0, instrument.lastIndexOf(':'));
        int version = Integer.parseInt(instrument.substring(instrument.lastIndexOf(':') + 1));
        Caller caller = access.caller();
        Path content = Path.of(file);
        ImportCharset encoding = ImportCharset.named(charset).orElse(ImportCharset.UTF_8);
        boolean create = createCohorts;
        ImportProgress started = new ImportProgress();
        started.expectBytes(fileSize);
        progress = started;
        report = null;
        failure = null;
        running = executor.submit(() -> Actors.runAs(caller, () -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(content))) {
                return surveyImport.importFile(code, version, create, in, encoding, started);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Called when the progress bar reaches 100: collects the outcome. */
    public void finish() {
        if (running == null) {
            return;
        }
        try {
            report = running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "The import was interrupted; nothing was stored.";
        } catch (ExecutionException e) {
            // The class only: a persistence error's message may quote the values it was binding.
            LOG.log(
                    Level.WARNING,
                    "Survey import failed: {0}",
                    e.getCause().getClass().getName());
            failure = "The import failed and nothing was stored. Try again; if it fails again, ask for the server log"
                    + " of this time.";
        } finally {
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public int getPercent() {
        if (progress == null) {
            return 0;
        }
        // Reach 100 only once the outcome can be collected, so the page's completion call never waits long.
        return running != null && !running.isDone() ? Math.min(99, progress.percent()) : 100;
    }

    public String getProgressText() {
        return progress == null ? "" : progress.describe();
    }

    public List<SelectItem> getInstrumentChoices() {
        return instrumentChoices;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public boolean isCreateCohorts() {
        return createCohorts;
    }

    public void setCreateCohorts(boolean createCohorts) {
        this.createCohorts = createCohorts;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileMaxBytes() {
        return FILE_MAX_BYTES;
    }

    /** The encoding the file is read in: utf-8 or windows-1252. */
    public String getCharset() {
        return charset;
    }

    public void setCharset(String charset) {
        this.charset = charset;
    }

    public SurveyImportReport getReport() {
        return report;
    }

    public List<SurveyImportProblem> getProblems() {
        return report == null ? List.of() : report.problems();
    }

    public String getFailure() {
        return failure;
    }

    /** For the instrument chooser: any instrument whose answers can be imported. */
    public boolean isAnyInstrument() {
        return !instrumentChoices.isEmpty();
    }
}
