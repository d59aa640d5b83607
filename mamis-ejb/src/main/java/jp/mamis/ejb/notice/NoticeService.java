package jp.mamis.ejb.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.notice.Notice;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notices of the calling staff's own association (list, write, change, remove; another
 * association's notice answers "not found"), and the notices a member sees: those published today
 * by every association they are an active member of, newest first.
 */
@Stateless
public class NoticeService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AccessLog accessLog;

    /** A notice as listed; {@code published} tells staff whether members see it today. */
    public record NoticeView(long id, long version, String associationName, Notice.Settings settings, boolean published,
                             String writtenBy) implements Serializable {
        static NoticeView of(Notice n, LocalDate today) {
            return new NoticeView(n.getId(), n.getVersion(), n.getAssociation().getName(), n.settings(), n.isPublishedOn(today),
                    n.getWrittenBy());
        }
    }

    /** Every notice of the caller's association, newest start first. */
    @RolesAllowed(Role.Groups.STAFF)
    public List<NoticeView> list() {
        Association a = callers.staff().association();
        LocalDate today = LocalDate.now(JAPAN);
        return em.createQuery("select n from Notice n where n.association = :a order by n.publishFrom desc, n.id desc", Notice.class)
                .setParameter("a", a).getResultStream().map(n -> NoticeView.of(n, today)).toList();
    }

    /** Writes a new notice ({@code id} null) or changes one; {@code version} is the one the change was made on. */
    @RolesAllowed(Role.Groups.OPERATOR)
    public long save(Long id, Notice.Settings s, long version) {
        Callers.Staff staff = callers.staff();
        if (id == null) {
            Notice n = Notice.write(staff.association(), s, staff.loginId(), Instant.now());
            em.persist(n);
            em.flush();
            return n.getId();
        }
        Notice n = own(staff, id);
        if (n.getVersion() != version) {
            throw new MamisException("notice.conflict");
        }
        n.change(s, staff.loginId(), Instant.now());
        return n.getId();
    }

    @RolesAllowed(Role.Groups.OPERATOR)
    public void remove(long id, long version) {
        Callers.Staff staff = callers.staff();
        Notice n = own(staff, id);
        if (n.getVersion() != version) {
            throw new MamisException("notice.conflict");
        }
        em.remove(n);
    }

    /** The signed-in member's notices: published today by an association they are an active member of, newest first. */
    @RolesAllowed(Role.Groups.MEMBER)
    public List<NoticeView> mine() {
        Doctor d = callers.member();
        Set<Association> associations = d.getMemberships().stream().filter(Membership::isActive).map(Membership::getAssociation)
                .collect(Collectors.toSet());
        if (associations.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(JAPAN);
        return em.createQuery("select n from Notice n where n.association in :as and n.publishFrom <= :today"
                        + " and (n.publishUntil is null or n.publishUntil >= :today) order by n.publishFrom desc, n.id desc", Notice.class)
                .setParameter("as", associations).setParameter("today", today)
                .getResultStream().map(n -> NoticeView.of(n, today)).toList();
    }

    private Notice own(Callers.Staff staff, long id) {
        Notice n = em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || !n.getAssociation().equals(staff.association())) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null), "notice " + id);
            throw new MamisException("notice.notFound");
        }
        return n;
    }
}
