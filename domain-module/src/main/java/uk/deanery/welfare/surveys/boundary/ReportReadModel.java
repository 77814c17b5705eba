package uk.deanery.welfare.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.surveys.entity.Response;

/**
 * Fills the reports' read model for responses submitted before it existed. New responses record it themselves, in
 * the transaction that stores them; this pass only catches up an upgraded database, a batch per transaction so a
 * large backlog neither holds one long transaction nor loses work already done. On a deployment group two instances
 * may start together: the loser of a batch fails on the response's version and stops, the winner carries on.
 */
@ApplicationScoped
public class ReportReadModel {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    /**
     * Records the indicators of up to {@value #BATCH} responses that lack them. Call until it returns 0. Needs an
     * admin or the system caller.
     *
     * @return how many responses were filled
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fillNextBatch() {
        access.requireRole("fill report read model", Role.ADMIN);
        int filled = 0;
        for (Response response : em.createNamedQuery(Response.FIND_WITHOUT_INDICATORS, Response.class)
                .setMaxResults(BATCH)
                .getResultList()) {
            if (response.recordMissingIndicators()) {
                filled++;
            }
        }
        return filled;
    }
}
