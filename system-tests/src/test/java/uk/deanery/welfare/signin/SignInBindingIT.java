package uk.deanery.welfare.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakAdmin;
import uk.deanery.welfare.systemtest.KeycloakAdmin.Account;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/**
 * Sign-ins through the real Keycloak are bound to the right person: an unverified email address is refused, and an
 * address moved in Keycloak from one account onto another never signs the other account in as its first owner.
 * Each test uses throwaway accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBindingIT {

    /** Where an account with a role but no deanery record lands: the sign-in itself was accepted. */
    private static final String SIGNED_IN = "/not-registered.xhtml";

    private static final String REFUSED = "/signin-refused.xhtml";

    private final KeycloakAdmin keycloak = new KeycloakAdmin();
    private final List<Account> accounts = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @AfterEach
    void deleteTheAccounts() throws Exception {
        for (Account account : accounts) {
            keycloak.delete(account);
        }
    }

    private Account account(boolean emailVerified) throws Exception {
        Account account = keycloak.createAccount(emailVerified, "trainee");
        accounts.add(account);
        return account;
    }

    private static String emailOf(Account account) {
        return account.username() + "@test.deanery.example";
    }

    @Test
    void anUnverifiedEmailAddressIsRefusedAndOpensNothing() throws Exception {
        Account unverified = account(false);
        KeycloakLogin browser = new KeycloakLogin();

        HttpResponse<String> landed = browser.logIn(unverified.username(), unverified.password());

        assertThat(landed.uri().getPath()).isEqualTo(REFUSED);
        assertThat(landed.body()).contains("has not verified your email address");
        HttpResponse<String> own = browser.get("/trainee/home.xhtml");
        assertThat(own.uri().getPath())
                .as("Keycloak signs the browser in again, and the product refuses again")
                .isEqualTo(REFUSED);
        assertThat(own.body()).doesNotContain("My welfare");
    }

    @Test
    void anAddressMovedOntoAnotherAccountDoesNotSignItInAsTheFirstOwner() throws Exception {
        Account first = account(true);
        Account other = account(true);
        String firstEmail = emailOf(first);
        assertThat(new KeycloakLogin()
                        .logIn(first.username(), first.password())
                        .uri()
                        .getPath())
                .as("the first sign-in links the address to its account")
                .isEqualTo(SIGNED_IN);
        assertThat(new KeycloakLogin()
                        .logIn(other.username(), other.password())
                        .uri()
                        .getPath())
                .isEqualTo(SIGNED_IN);
        assertThat(new KeycloakLogin()
                        .logIn(first.username(), first.password())
                        .uri()
                        .getPath())
                .as("and signs in again as before")
                .isEqualTo(SIGNED_IN);

        // Someone with Keycloak's admin rights frees the first address and puts it on the other account.
        keycloak.changeEmail(first, "renamed-" + firstEmail);
        keycloak.changeEmail(other, firstEmail);

        HttpResponse<String> moved = new KeycloakLogin().logIn(other.username(), other.password());
        assertThat(moved.uri().getPath()).isEqualTo(REFUSED);
        assertThat(moved.body()).contains("now carries a different email address");
        HttpResponse<String> renamed = new KeycloakLogin().logIn(first.username(), first.password());
        assertThat(renamed.uri().getPath())
                .as("the first account, now under another address, is refused too until the deanery updates it")
                .isEqualTo(REFUSED);
    }

    @Test
    void aNewAccountGivenAnAddressAlreadyLinkedIsRefused() throws Exception {
        Account first = account(true);
        String firstEmail = emailOf(first);
        assertThat(new KeycloakLogin()
                        .logIn(first.username(), first.password())
                        .uri()
                        .getPath())
                .isEqualTo(SIGNED_IN);
        keycloak.delete(first);
        accounts.remove(first);
        Account newcomer = account(true);
        keycloak.changeEmail(newcomer, firstEmail);

        HttpResponse<String> landed = new KeycloakLogin().logIn(newcomer.username(), newcomer.password());

        assertThat(landed.uri().getPath()).isEqualTo(REFUSED);
        assertThat(landed.body()).contains("already linked to another sign-in account");
    }
}
