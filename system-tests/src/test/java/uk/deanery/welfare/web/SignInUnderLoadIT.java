package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.ConcurrentSignIns;
import uk.deanery.welfare.systemtest.DemoUsers;
import uk.deanery.welfare.systemtest.Deployments;

/**
 * Many people signing in at once: every demo user, five sessions each at the same moment, five rounds, 200
 * sign-ins through Keycloak's real login form, each then opening every page its role may open with the pages'
 * resources loaded at once. A fault that hit one sign-in in twenty would pass with a chance of 0.95^200, about 1 in
 * 30,000. (Before the fix, one in twenty did fail: Payara lost the session's roles under concurrent requests, and
 * Keycloak refused a second concurrent sign-in of the same person.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInUnderLoadIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @Test
    void everySessionOfEveryDemoUserSignedInAtOnceKeepsItsRoles() throws Exception {
        ConcurrentSignIns.Outcome outcome = new ConcurrentSignIns(DemoUsers.ALL, 5).run(5);

        assertThat(outcome.signIns()).isGreaterThanOrEqualTo(200);
        assertThat(outcome.failures()).as("sessions that lost their way").isEmpty();
    }
}
