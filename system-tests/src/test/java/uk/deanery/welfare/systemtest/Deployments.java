package uk.deanery.welfare.systemtest;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every system test uses: the EAR the build produced, unchanged, with the test classes added to
 * its web module (where Arquillian's servlet protocol runs them) and AssertJ added to its libraries.
 */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive builtEarWith(Class<?>... testClasses) {
        File ear = new File(System.getProperty("welfare.ear", "target/welfare.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The built EAR is missing at " + ear + "; run the Maven build");
        }
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
        // The EAR holds two WARs (pages and API): the tests run in the pages' one.
        WebArchive web = Testable.archiveToTest(archive.getAsType(WebArchive.class, "welfare-web.war"));
        web.addClasses(testClasses);
        web.addClasses(Deployments.class, TestData.class, ActingAsSystem.class, KeycloakLogin.class);
        archive.addAsLibrary(jarOf(Assertions.class));
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
