package jp.mamis.ejb.regchange;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.regchange.RegistrationChange;
import jp.mamis.domain.regchange.RegistrationChangeLine;
import jp.mamis.ejb.application.Applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queries on registration changes, their views, and the record of a contact change for the
 * contact-edit service. Callers check who may see what.
 */
@Stateless
public class RegistrationChanges {

    /** The most rows a list shows. */
    static final int LIST_LIMIT = 200;

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    /**
     * Applies the member's new address, phones and email and records the change for the
     * associations the member belongs to (nothing is recorded when nothing changed).
     */
    public void recordContact(Doctor d, Contact to, String actor) {
        RegistrationChange.contact(d, to, actor, Instant.now()).ifPresent(em::persist);
    }

    public Optional<RegistrationChange> find(long id) {
        return Optional.ofNullable(em.find(RegistrationChange.class, id));
    }

    public Optional<RegistrationChange> findPendingName(Doctor d) {
        return em.createQuery("select c from RegistrationChange c where c.doctor = :d and c.status = :s", RegistrationChange.class)
                .setParameter("d", d).setParameter("s", RegistrationChange.Status.PENDING_APPROVAL)
                .getResultStream().findFirst();
    }

    public List<RegistrationChange> ofDoctor(Doctor d) {
        return em.createQuery("select c from RegistrationChange c where c.doctor = :d order by c.requestedAt desc, c.id desc",
                        RegistrationChange.class)
                .setParameter("d", d).setMaxResults(LIST_LIMIT).getResultList();
    }

    /** The changes the association's secretariat sees, newest first; with {@code awaiting}, only those waiting for its approval. */
    public List<RegistrationChange> seenBy(Association a, boolean awaiting) {
        var q = em.createQuery("select c from RegistrationChange c join c.lines l where l.association = :a"
                        + (awaiting ? " and l.status = :pending" : "")
                        + " order by c.requestedAt desc, c.id desc", RegistrationChange.class)
                .setParameter("a", a);
        if (awaiting) {
            q.setParameter("pending", RegistrationChangeLine.Status.PENDING);
        }
        // one query for the doctors and one for all lines of the page, not one each per row
        return q.setMaxResults(LIST_LIMIT)
                .setHint("eclipselink.batch", "c.doctor")
                .setHint("eclipselink.batch", "c.lines")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The view of a change; {@code viewer} is the secretariat's association, null for the member. */
    public ChangeView view(RegistrationChange c, Association viewer) {
        Doctor d = c.getDoctor();
        return new ChangeView(c.getId(), c.getKind().name(), c.getStatus().name(), d.getName().getFull(),
                d.getRegistrationNumber(), c.getBefore(), c.getAfter(), Applications.japan(c.getRequestedAt()),
                Applications.japan(c.findDecidedAt().orElse(null)), c.findReason().orElse(null),
                viewer == null ? null : c.findLineOf(viewer).map(l -> l.getStatus().name()).orElse(null),
                viewer != null && c.awaits(viewer),
                c.getLines().stream().map(RegistrationChanges::line).toList(), c.getVersion());
    }

    private static ChangeView.Line line(RegistrationChangeLine l) {
        return new ChangeView.Line(l.getAssociation().getName(), l.getStatus().name(),
                Applications.japan(l.findDecidedAt().orElse(null)));
    }
}
