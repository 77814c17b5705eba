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
import uk.deanery.welfare.platform.persistence.StartupLock;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.ReportReadModel;
import uk.deanery.welfare.web.security.OpenIdConfig;

/**
 * Brings the schema up to date before the application serves anyone, makes sure the built-in survey instruments
 * exist, then loads the demo data into an empty database when {@code welfare.demo-data} is set (the run command sets
 * it; production leaves it off), one instance of a deployment group at a time. Outside the demo it refuses to start with the demo's single sign-on secret.
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
    StartupLock startupLock;

    @Inject
    DemoData demoData;

    @Inject
    BuiltInInstruments builtInInstruments;

    @Inject
    ReportReadModel readModel;

    @Inject
    @ConfigProperty(name = "welfare.demo-data", defaultValue = "false")
    boolean demoDataEnabled;

    @Inject
    OpenIdConfig openId;

    @PostConstruct
    void start() {
        refuseDemoSecretInService(demoDataEnabled, openId.usesDemoSecret());
        startupLock.whileHeld(this::load);
    }

    // Under the start-up lock: the instances of a deployment group start together, and the second finds all this
    // done by the first.
    private Void load() {
        migration.migrate();
        if (Actors.runAsSystem(builtInInstruments::ensureLoaded)) {
            LOG.info("Built-in survey instruments loaded");
        }
        fillReadModel();
        if (demoDataEnabled && Actors.runAsSystem(demoData::loadIfEmpty)) {
            LOG.info("Demo data loaded into an empty database");
        }
        return null;
    }

    /**
     * Outside the demo, the single sign-on client secret must be the deanery's own: with the demo default, anyone
     * could present themselves to Keycloak as this application. Refusing to start is the only safe answer.
     *
     * @throws IllegalStateException saying what to set, which fails the deployment
     */
    static void refuseDemoSecretInService(boolean demoData, boolean demoSecret) {
        if (!demoData && demoSecret) {
            String message = "Refusing to start: welfare.oidc.client-secret is still the demo default while demo data"
                    + " is off. Set WELFARE_OIDC_CLIENT_SECRET (or welfare.oidc.client-secret) to the secret of the"
                    + " client in your Keycloak realm; see README.md, Configuration.";
            LOG.severe(message);
            throw new IllegalStateException(message);
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
