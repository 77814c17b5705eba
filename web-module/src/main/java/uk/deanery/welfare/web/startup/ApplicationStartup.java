package uk.deanery.welfare.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.demo.DemoData;
import uk.deanery.welfare.platform.persistence.DatabaseMigration;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.ReportReadModel;

/**
 * Brings the schema up to date before the application serves anyone, makes sure the built-in survey instruments
 * exist, then loads the demo data into an empty database when {@code welfare.demo-data} is set (the run command sets
 * it; production leaves it off).
 *
 * <p>Bean-managed transactions: Flyway commits its own work and must not run inside a container transaction;
 * the demo loader's services open their own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    DemoData demoData;

    @Inject
    BuiltInInstruments builtInInstruments;

    @Inject
    ReportReadModel readModel;

    @Inject
    @ConfigProperty(name = "welfare.demo-data", defaultValue = "false")
    boolean demoDataEnabled;

    @PostConstruct
    void start() {
        migration.migrate();
        if (Actors.runAsSystem(builtInInstruments::ensureLoaded)) {
            LOG.info("Built-in survey instruments loaded");
        }
        fillReadModel();
        if (demoDataEnabled && Actors.runAsSystem(demoData::loadIfEmpty)) {
            LOG.info("Demo data loaded into an empty database");
        }
    }

    private void fillReadModel() {
        int total = 0;
        try {
            for (int filled; (filled = Actors.runAsSystem(readModel::fillNextBatch)) > 0; ) {
                total += filled;
            }
        } catch (RuntimeException concurrent) {
            // Another instance of the deployment group is filling the same rows; it finishes the work.
            LOG.info("Report read model being filled by another instance: "
                    + concurrent.getClass().getSimpleName());
        }
        if (total > 0) {
            LOG.info("Report read model filled for responses stored before it existed: " + total);
        }
    }
}
