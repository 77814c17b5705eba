package uk.deanery.welfare.concerns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.concerns.entity.ConcernLevel;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/** One concern's escalation in a transaction of its own, so that one refused move never undoes the others. */
@ApplicationScoped
public class ConcernEscalator {

    public static final String ACTION_ESCALATE = "ESCALATE_CONCERN";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    ConcernRouter router;

    @Inject
    AuditLog audit;

    /** The references of the concerns whose holder has not acknowledged them in time, oldest deadline first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<String> overdue(Instant now) {
        return em.createNamedQuery(WelfareConcern.FIND_OVERDUE, String.class)
                .setParameter("open", ConcernStatus.OPEN)
                .setParameter("top", ConcernLevel.DEANERY)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Moves the concern one level up if it is still overdue. Of two checks that read it at once, only one can commit
     * its move: the other's update fails on the concern's version, and its record of the move on the unique key.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean escalate(String reference, Instant now) {
        WelfareConcern concern = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", reference)
                .getSingleResult();
        ConcernLevel before = concern.getHolder();
        boolean moved = router.escalateIfOverdue(concern, now);
        if (moved) {
            audit.recordChange(ACTION_ESCALATE, "WelfareConcern", reference, before, concern.getHolder());
        }
        return moved;
    }
}
