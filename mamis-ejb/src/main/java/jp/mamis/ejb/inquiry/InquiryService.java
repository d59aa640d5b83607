package jp.mamis.ejb.inquiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.inquiry.Inquiry;
import jp.mamis.domain.inquiry.InquiryStatus;
import jp.mamis.domain.membership.Membership;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * お問合せ for both sides. An inquiry that is not the caller's (another member's, or addressed to
 * another association) is answered like one that does not exist, and the attempt is logged.
 */
@Stateless
public class InquiryService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AccessLog accessLog;

    @Inject
    private InquiryMails mails;

    /** An association the member may write to. */
    public record Option(long associationId, String name) implements Serializable {
    }

    /** A list row. */
    public record Row(long id, String associationName, String memberName, String registrationNumber, String subject,
                      String status, LocalDateTime lastMessageAt) implements Serializable {
        static Row of(Inquiry i) {
            return new Row(i.getId(), i.getAssociation().getName(), i.getDoctor().getName().getFull(),
                    i.getDoctor().getRegistrationNumber(), i.getSubject(), i.getStatus().name(),
                    LocalDateTime.ofInstant(i.getLastMessageAt(), JAPAN));
        }
    }

    /** One message of a thread. */
    public record Message(boolean fromStaff, String author, String body, LocalDateTime sentAt) implements Serializable {
    }

    /** A whole thread. */
    public record Thread(Row inquiry, List<Message> messages) implements Serializable {
        static Thread of(Inquiry i) {
            return new Thread(Row.of(i), i.getMessages().stream()
                    .map(m -> new Message(m.isFromStaff(), m.getAuthor(), m.getBody(), LocalDateTime.ofInstant(m.getSentAt(), JAPAN)))
                    .toList());
        }
    }

    // --- the member's side

    /** The associations the member belongs to now, lowest tier first. */
    @RolesAllowed(Role.Groups.MEMBER)
    public List<Option> options() {
        return callers.member().getMemberships().stream().filter(Membership::isActive)
                .map(Membership::getAssociation).distinct()
                .sorted(Comparator.comparing((Association a) -> -a.getTier().level()).thenComparing(Association::getCode))
                .map(a -> new Option(a.getId(), a.getName())).toList();
    }

    /** Sends a new inquiry to one of the member's associations; returns its id. */
    @RolesAllowed(Role.Groups.MEMBER)
    public long ask(long associationId, String subject, String body) {
        Doctor d = callers.member();
        Association a = em.find(Association.class, associationId);
        if (a == null) {
            throw MamisException.forField("association", "inquiry.notMember");
        }
        Inquiry i = Inquiry.open(d, a, subject, body, callers.loginId(), Instant.now());
        em.persist(i);
        em.flush();
        mails.toSecretariat(i);
        return i.getId();
    }

    /** The member's own inquiries, latest message first. */
    @RolesAllowed(Role.Groups.MEMBER)
    public List<Row> mine() {
        Doctor d = callers.member();
        return em.createQuery("select i from Inquiry i where i.doctor = :d order by i.lastMessageAt desc, i.id desc", Inquiry.class)
                .setParameter("d", d).getResultStream().map(Row::of).toList();
    }

    @RolesAllowed(Role.Groups.MEMBER)
    public Thread myThread(long id) {
        return Thread.of(mineOrRefuse(callers.member(), id, false));
    }

    /** The member writes again in their inquiry (it waits for the secretariat again). */
    @RolesAllowed(Role.Groups.MEMBER)
    public void write(long id, String body) {
        Inquiry i = mineOrRefuse(callers.member(), id, true);
        i.memberWrites(callers.loginId(), body, Instant.now());
        mails.toSecretariat(i);
    }

    private Inquiry mineOrRefuse(Doctor d, long id, boolean lock) {
        Inquiry i = lock ? em.find(Inquiry.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Inquiry.class, id);
        if (i == null || !i.isOf(d)) {
            accessLog.denied(callers.loginId(), new AccessLog.Subject(null, d.getId(), null, null), "inquiry " + id);
            throw new MamisException("inquiry.notFound");
        }
        return i;
    }

    // --- the secretariat's side

    /** The inquiries to the caller's association in one state (null: all), latest message first. Logged. */
    @RolesAllowed(Role.Groups.STAFF)
    public List<Row> queue(InquiryStatus status) {
        Callers.Staff staff = callers.staff();
        var query = em.createQuery("select i from Inquiry i join fetch i.doctor where i.association = :a"
                        + (status == null ? "" : " and i.status = :s") + " order by i.lastMessageAt desc, i.id desc", Inquiry.class)
                .setParameter("a", staff.association()).setMaxResults(500);
        if (status != null) {
            query.setParameter("s", status);
        }
        List<Row> rows = query.getResultStream().map(Row::of).toList();
        accessLog.record(staff.loginId(), AccessAction.VIEW_INQUIRY, new AccessLog.Subject(staff.association().getId(), null, null, null),
                "お問合せ一覧 " + Objects.toString(status, "ALL") + " " + rows.size());
        return rows;
    }

    /** How many inquiries to the caller's association wait for an answer. */
    @RolesAllowed(Role.Groups.STAFF)
    public long openCount() {
        return em.createQuery("select count(i) from Inquiry i where i.association = :a and i.status = :s", Long.class)
                .setParameter("a", callers.staff().association()).setParameter("s", InquiryStatus.OPEN).getSingleResult();
    }

    @RolesAllowed(Role.Groups.STAFF)
    public Thread thread(long id) {
        Callers.Staff staff = callers.staff();
        Inquiry i = ownOrRefuse(staff, id, false);
        accessLog.record(staff.loginId(), AccessAction.VIEW_INQUIRY, subject(staff, i), "inquiry " + id);
        return Thread.of(i);
    }

    @RolesAllowed(Role.Groups.OPERATOR)
    public void reply(long id, String body) {
        Callers.Staff staff = callers.staff();
        Inquiry i = ownOrRefuse(staff, id, true);
        i.staffReplies(staff.loginId(), body, Instant.now());
        accessLog.record(staff.loginId(), AccessAction.REPLY_INQUIRY, subject(staff, i), "inquiry " + id);
        mails.toMember(i);
    }

    private Inquiry ownOrRefuse(Callers.Staff staff, long id, boolean lock) {
        Inquiry i = lock ? em.find(Inquiry.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Inquiry.class, id);
        if (i == null || !i.isTo(staff.association())) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null), "inquiry " + id);
            throw new MamisException("inquiry.notFound");
        }
        return i;
    }

    private static AccessLog.Subject subject(Callers.Staff staff, Inquiry i) {
        return new AccessLog.Subject(staff.association().getId(), i.getDoctor().getId(), null, null);
    }
}
