package uk.deanery.welfare.roster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.Reader;
import java.util.logging.Logger;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.roster.control.RosterCsvReader;
import uk.deanery.welfare.roster.control.RosterRejectedException;
import uk.deanery.welfare.roster.control.RosterWriter;
import uk.deanery.welfare.roster.entity.RosterImportReport;
import uk.deanery.welfare.shared.ImportCharset;

/**
 * Imports a roster file (format in {@link RosterCsvReader}). Deliberately not transactional: the writer's transaction
 * must be over, committed or rolled back, before the report is handed back.
 */
@ApplicationScoped
public class RosterImport {

    private static final Logger LOG = Logger.getLogger(RosterImport.class.getName());

    @Inject
    RosterWriter writer;

    @Inject
    AccessPolicy access;

    private final RosterCsvReader reader = new RosterCsvReader();

    /** Reads the bytes as UTF-8, which they must be. */
    public RosterImportReport importRoster(@NotNull InputStream csv) {
        return importRoster(csv, ImportCharset.UTF_8);
    }

    /** Reads the bytes in the encoding chosen, which they must really be in. */
    public RosterImportReport importRoster(@NotNull InputStream csv, @NotNull ImportCharset charset) {
        access.requireRole("import roster", Role.ADMIN);
        return apply(reader.read(csv, charset));
    }

    public RosterImportReport importRoster(@NotNull Reader csv) {
        access.requireRole("import roster", Role.ADMIN);
        return apply(reader.read(csv));
    }

    private RosterImportReport apply(RosterCsvReader.Result parsed) {
        if (parsed.rows().isEmpty() && parsed.hasProblems()) {
            return RosterImportReport.rejected(parsed.problems());
        }
        try {
            // Rows with good fields still go through the writer, so one report lists database-level problems too.
            RosterImportReport report = writer.write(parsed.rows(), parsed.problems());
            LOG.info(() -> "Roster imported: " + report.created() + " created, " + report.updated() + " updated, "
                    + report.unchanged() + " unchanged");
            return report;
        } catch (RosterRejectedException rejected) {
            return RosterImportReport.rejected(rejected.getProblems());
        }
    }
}
