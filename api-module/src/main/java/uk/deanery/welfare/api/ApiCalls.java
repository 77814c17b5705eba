package uk.deanery.welfare.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;

/** Writes an API call to the audit trail in a transaction of its own, so a refused or failed call is kept too. */
@ApplicationScoped
public class ApiCalls {

    public static final String ACTION_CALL = "API_CALL";
    public static final String SUBJECT_API = "API";

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String method, String path, int status) {
        String call = method + " /" + (path.startsWith("/") ? path.substring(1) : path) + " " + status;
        if (call.length() > AuditEntry.SUBJECT_ID_MAX) {
            call = call.substring(0, AuditEntry.SUBJECT_ID_MAX);
        }
        audit.record(
                ACTION_CALL,
                SUBJECT_API,
                call,
                status == 401 || status == 403 ? AuditOutcome.DENIED : AuditOutcome.ALLOWED);
    }
}
