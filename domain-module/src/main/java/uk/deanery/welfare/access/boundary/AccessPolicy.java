package uk.deanery.welfare.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.deanery.welfare.access.control.CurrentCaller;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;

/**
 * Who is calling, and the gate every service entry point passes: the caller must hold one of the roles the
 * operation allows. An admin and the application itself hold every role.
 *
 * <p>The rules about a particular record are asked of the component that owns the relationship: whether the caller
 * is this trainee ({@code TraineeAccess}), supervises them today ({@code SupervisionService}), or directs their
 * programme ({@code ProgrammeService}). This component knows none of them, so every other component may use it.
 *
 * <p>Every refusal is announced as an {@link AccessRefused} event, which the audit trail records before the
 * exception is thrown.
 */
@ApplicationScoped
public class AccessPolicy {

    public static final String SUBJECT_ROLE = "Role";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Event<AccessRefused> refusals;

    public Caller caller() {
        return currentCaller.get();
    }

    /** The application itself or a deanery admin: they reach every record. */
    public boolean callerIsDeanery() {
        Caller caller = caller();
        return caller.system() || caller.has(Role.ADMIN);
    }

    /** The gate at a service entry point: the caller must hold one of the roles. */
    public void requireRole(String action, Role... allowed) {
        Caller caller = caller();
        if (caller.system() || Arrays.stream(allowed).anyMatch(caller::has)) {
            return;
        }
        throw deny(
                action, SUBJECT_ROLE, Arrays.stream(allowed).map(Role::roleName).collect(Collectors.joining(",")));
    }

    /** Announces a refusal (the audit trail records it) and returns the exception for the caller to throw. */
    public AccessDeniedException deny(String action, String subjectType, String subjectId) {
        refusals.fire(new AccessRefused(action, subjectType, subjectId));
        return new AccessDeniedException(action);
    }
}
