package uk.deanery.welfare.surveyimport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Logger;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.surveyimport.control.HistoricalCsvReader;
import uk.deanery.welfare.surveyimport.control.HistoricalWriter;
import uk.deanery.welfare.surveyimport.control.SurveyImportRejectedException;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.entity.Instrument;

/**
 * Imports a file of past survey rounds (format in {@link HistoricalCsvReader}) against one published or retired
 * instrument version; admins only. Deliberately not transactional: the writer's transaction must be over, committed or
 * rolled back, before the report is handed back. The audit entry names the instrument and the counts, the log only the
 * counts; neither holds an answer.
 */
@ApplicationScoped
public class SurveyImport {

    public static final String ACTION_IMPORT = HistoricalWriter.ACTION_IMPORT;

    private static final Logger LOG = Logger.getLogger(SurveyImport.class.getName());

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    HistoricalWriter writer;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /** As {@link #importFile(String, int, boolean, Reader, ImportProgress)}, with every cohort already there. */
    public SurveyImportReport importFile(
            @NotBlank(message = "is required") String instrumentCode,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int instrumentVersion,
            @NotNull Reader csv,
            @NotNull ImportProgress progress) {
        return importFile(instrumentCode, instrumentVersion, false, csv, progress);
    }

    /**
     * @param createCohorts whether a row's cohort that does not exist yet is created (its programme must exist): for
     *     years of history that have no identified trainees, and so no roster
     * @param progress updated as the file is read, checked and saved, for a page to show while this runs
     * @return the problems (nothing stored) or the counts of what was stored
     */
    public SurveyImportReport importFile(
            @NotBlank(message = "is required") String instrumentCode,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int instrumentVersion,
            boolean createCohorts,
            @NotNull Reader csv,
            @NotNull ImportProgress progress) {
        return importFile(
                instrumentCode, instrumentVersion, createCohorts, progress, reader -> reader.read(csv, progress));
    }

    /**
     * As {@link #importFile(String, int, boolean, Reader, ImportProgress)}, reading the bytes in the encoding chosen,
     * which they must really be in.
     */
    public SurveyImportReport importFile(
            @NotBlank(message = "is required") String instrumentCode,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int instrumentVersion,
            boolean createCohorts,
            @NotNull InputStream csv,
            @NotNull ImportCharset charset,
            @NotNull ImportProgress progress) {
        return importFile(
                instrumentCode,
                instrumentVersion,
                createCohorts,
                progress,
                reader -> reader.read(csv, charset, progress));
    }

    private SurveyImportReport importFile(
            String instrumentCode,
            int instrumentVersion,
            boolean createCohorts,
            ImportProgress progress,
            Function<HistoricalCsvReader, HistoricalCsvReader.Result> reading) {
        access.requireRole(ACTION_IMPORT, Role.ADMIN);
        String subject = instrumentCode.strip().toUpperCase(Locale.ROOT) + " v" + instrumentVersion;
        try {
            Instrument instrument = em.createNamedQuery(Instrument.FIND_BY_CODE_AND_VERSION, Instrument.class)
                    .setParameter("code", instrumentCode.strip().toUpperCase(Locale.ROOT))
                    .setParameter("instrumentVersion", instrumentVersion)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (instrument == null || instrument.isDraft()) {
                return SurveyImportReport.rejected(List.of(new SurveyImportProblem(
                        1,
                        HistoricalCsvReader.HEADER,
                        instrument == null
                                ? "there is no instrument " + subject
                                : subject + " is a draft; answers can only follow a published (or retired) version")));
            }
            HistoricalCsvReader.Result parsed =
                    reading.apply(new HistoricalCsvReader(instrument, LocalDate.now(clock)));
            SurveyImportReport report = apply(instrument, parsed, progress, createCohorts);
            LOG.info(() -> report.isAccepted()
                    ? "Survey rounds imported for " + subject + ": " + report.wavesCreated() + " waves created, "
                            + report.responsesCreated() + " responses created, " + report.responsesUnchanged()
                            + " unchanged"
                    : "Survey file for " + subject + " refused with "
                            + report.problems().size() + " problem(s)");
            return report;
        } finally {
            progress.finish();
        }
    }

    private SurveyImportReport apply(
            Instrument instrument, HistoricalCsvReader.Result parsed, ImportProgress progress, boolean createCohorts) {
        if (parsed.rows().isEmpty()) {
            return SurveyImportReport.rejected(parsed.problems());
        }
        try {
            // Rows with good fields still go through the writer, so one report lists database-level problems too.
            return writer.write(instrument.getId(), parsed.rows(), parsed.problems(), progress, createCohorts);
        } catch (SurveyImportRejectedException rejected) {
            writer.recordRefused(instrument.getId());
            return SurveyImportReport.rejected(rejected.getProblems());
        }
    }
}
