package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Keycloak's brute-force detection as the realm and the start script set it: wrong passwords lock an account, a
 * person signing in twice at once (a double click, two tabs) is not locked out, and an account whose sign-in
 * carries no role is told so instead of "Not allowed". Each test uses a throwaway account, so no demo user is
 * ever locked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInProtectionIT {

    /** Where an account with a role but no deanery record lands: the sign-in itself worked. */
    private static final String SIGNED_IN = "/not-registered.xhtml";

    private final KeycloakAdmin keycloak = new KeycloakAdmin();
    private Account account;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith();
    }

    @AfterEach
    void deleteTheAccount() throws Exception {
        if (account != null) {
            keycloak.delete(account);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAtAHumanPace() throws Exception {
        account = keycloak.createAccount("trainee");
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> refused = new KeycloakLogin().logIn(account.username(), "wrong-" + attempt);
            assertThat(KeycloakLogin.isKeycloakLoginForm(refused)).isTrue();
            Thread.sleep(1_200);
        }

        assertThat(keycloak.isLockedOut(account)).isTrue();
        HttpResponse<String> rightPassword = new KeycloakLogin().logIn(account.username(), account.password());
        assertThat(KeycloakLogin.isKeycloakLoginForm(rightPassword))
                .as("the right password is refused while the account is locked")
                .isTrue();
        assertThat(rightPassword.uri().getPath()).isNotEqualTo(SIGNED_IN);
    }

    @Test
    void wrongPasswordsFasterThanAPersonTypesLockTheAccountAtOnce() throws Exception {
        account = keycloak.createAccount("trainee");
        new KeycloakLogin().logIn(account.username(), "wrong-1");
        new KeycloakLogin().logIn(account.username(), "wrong-2");

        assertThat(keycloak.isLockedOut(account)).isTrue();
    }

    @Test
    void twoCorrectSignInsWithinASecondBothSucceedAndLockNothing() throws Exception {
        account = keycloak.createAccount("trainee");
        KeycloakLogin firstTab = new KeycloakLogin();
        KeycloakLogin secondTab = new KeycloakLogin();
        HttpResponse<String> firstForm = firstTab.get("/login");
        HttpResponse<String> secondForm = secondTab.get("/login");

        List<HttpResponse<String>> landed = atOnce(
                () -> firstTab.submitLoginForm(firstForm, account.username(), account.password()),
                () -> secondTab.submitLoginForm(secondForm, account.username(), account.password()));

        assertThat(landed).allSatisfy(page -> assertThat(page.uri().getPath()).isEqualTo(SIGNED_IN));
        assertThat(keycloak.isLockedOut(account)).isFalse();
    }

    @Test
    void aDoubleClickOnLogInSignsThePersonInAndLocksNothing() throws Exception {
        account = keycloak.createAccount("trainee");
        KeycloakLogin browser = new KeycloakLogin();
        HttpResponse<String> form = browser.get("/login");

        atOnce(
                () -> browser.submitLoginForm(form, account.username(), account.password()),
                () -> browser.submitLoginForm(form, account.username(), account.password()));

        assertThat(keycloak.isLockedOut(account)).isFalse();
        assertThat(browser.get("/login").uri().getPath())
                .as("the browser that double-clicked is signed in")
                .isEqualTo(SIGNED_IN);
        assertThat(new KeycloakLogin()
                        .logIn(account.username(), account.password())
                        .uri()
                        .getPath())
                .as("and can sign in again elsewhere straight away")
                .isEqualTo(SIGNED_IN);
    }

    @Test
    void aSignInThatCarriesNoRoleSaysSoAndOffersToSignInAgain() throws Exception {
        account = keycloak.createAccount();

        HttpResponse<String> landed = new KeycloakLogin().logIn(account.username(), account.password());

        assertThat(landed.statusCode()).isEqualTo(403);
        assertThat(landed.body())
                .contains("Your role could not be read", "id=\"sign-in-again\"")
                .doesNotContain("You do not have access to this page");
    }

    @Test
    void aPersonWithARoleWhoOpensAnotherRolesPageIsStillToldNotAllowed() throws Exception {
        account = keycloak.createAccount("trainee");
        KeycloakLogin browser = new KeycloakLogin();
        browser.logIn(account.username(), account.password());

        HttpResponse<String> refused = browser.get("/admin/programmes.xhtml");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed").doesNotContain("Your role could not be read");
    }

    private interface SignIn {
        HttpResponse<String> submit() throws Exception;
    }

    /** Runs both sign-ins at the same moment and waits for both. */
    private static List<HttpResponse<String>> atOnce(SignIn first, SignIn second) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<HttpResponse<String>> one =
                    CompletableFuture.supplyAsync(() -> awaitThen(start, first), threads);
            CompletableFuture<HttpResponse<String>> two =
                    CompletableFuture.supplyAsync(() -> awaitThen(start, second), threads);
            start.countDown();
            return List.of(one.join(), two.join());
        } finally {
            threads.shutdownNow();
        }
    }

    private static HttpResponse<String> awaitThen(CountDownLatch start, SignIn signIn) {
        try {
            start.await();
            return signIn.submit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
