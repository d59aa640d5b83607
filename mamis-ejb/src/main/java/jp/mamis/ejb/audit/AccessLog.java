package jp.mamis.ejb.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.audit.AccessLogEntry;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Writes the access log. A view or decision is logged in the caller's transaction, so the log
 * and the act commit together; a denial is logged in a transaction of its own, because the
 * refusal that follows rolls the caller's back.
 */
@Stateless
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private RequestOrigin origin;

    /** What the entry is about; any part may be null. */
    public record Subject(Long associationId, Long doctorId, Long applicationId, Long attachmentId) {
    }

    public void record(String actor, AccessAction action, Subject about, String detail) {
        em.persist(new AccessLogEntry(Instant.now(), actor, address(), action, about.associationId(), about.doctorId(),
                about.applicationId(), about.attachmentId(), detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(String actor, Subject about, String detail) {
        LOG.warning(() -> "Access denied to " + actor + ": " + detail);
        record(actor, AccessAction.DENIED, about, detail);
    }

    private String address() {
        try {
            return origin.getAddress();
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
