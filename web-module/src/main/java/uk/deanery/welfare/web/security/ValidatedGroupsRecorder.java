package uk.deanery.welfare.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Remembers, for the session, the groups the OpenID Connect identity store validated from Keycloak's tokens: at
 * sign-in and at each token refresh. If a sign-in carries none of the application's roles, that is logged once
 * for the session (without the tokens or the person's name), because it means the realm's {@code groups} mapper is
 * missing or wrong, not that the person may see nothing.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ValidatedGroupsRecorder implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ValidatedGroupsRecorder.class.getName());

    @Inject
    @Delegate
    @Any
    IdentityStore store;

    @Inject
    SignedInGroups signedIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        CredentialValidationResult result = store.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            signedIn.record(result.getCallerGroups());
            if (signedIn.hasNoApplicationRole() && signedIn.firstReportOfMissingRoles()) {
                LOG.warning("A sign-in was validated with none of the application's roles in its 'groups' claim"
                        + " (values received: " + result.getCallerGroups().size() + "); check the client's"
                        + " realm-role mapper in Keycloak");
            }
        }
        return result;
    }

    // Delegated explicitly, so the store's own answers count rather than the interface's defaults.
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return store.getCallerGroups(validationResult);
    }

    @Override
    public int priority() {
        return store.priority();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return store.validationTypes();
    }
}
