package jp.mamis.ejb.fee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.fee.ReliefSubject;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which relief (会費減免) applies to whom in a fiscal year: to the signed-in member for each of
 * their memberships, and to the active members of the calling staff's own association, a page at
 * a time (paged in the database, each page written to the access log).
 */
@Stateless
public class ReliefService {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AccessLog accessLog;

    /** An association's relief rules in the order they were added. */
    public List<ReliefRule> rulesOf(Association a) {
        return em.createQuery("select r from ReliefRule r where r.association = :a order by r.id", ReliefRule.class)
                .setParameter("a", a).getResultList();
    }

    /** One relief that applies, as shown. */
    public record Relief(String label, String description) implements Serializable {
        static Relief of(ReliefRule r) {
            return new Relief(r.getLabel(), r.findDescription().orElse(null));
        }
    }

    /** One of the member's current memberships with the relief of this and the next fiscal year. */
    public record MyRelief(String associationName, String category, List<Relief> thisYear, List<Relief> nextYear)
            implements Serializable {
    }

    /** What the member's 会費減免 section shows. */
    public record MyReliefs(FiscalYear thisYear, FiscalYear nextYear, List<MyRelief> memberships) implements Serializable {
    }

    /** The signed-in member's active memberships, lowest tier first, each with its relief now and next fiscal year. */
    @RolesAllowed(Role.Groups.MEMBER)
    public MyReliefs mine() {
        Doctor d = callers.member();
        FiscalYear now = FiscalYear.of(LocalDate.now(JAPAN));
        List<MyRelief> rows = d.getMemberships().stream().filter(Membership::isActive)
                .sorted(Comparator.comparing((Membership m) -> m.getFacility().getId())
                        .thenComparing(m -> -m.getAssociation().getTier().level()))
                .map(m -> {
                    List<ReliefRule> rules = rulesOf(m.getAssociation());
                    ReliefSubject s = ReliefSubject.of(d, m.getCategory());
                    return new MyRelief(m.getAssociation().getName(), m.getCategory().label(), reliefs(rules, s, now),
                            reliefs(rules, s, now.next()));
                }).toList();
        return new MyReliefs(now, now.next(), rows);
    }

    /** The reliefs of {@code rules} that apply to {@code s} in {@code fy}, as shown (also the member search's column). */
    public static List<Relief> reliefs(List<ReliefRule> rules, ReliefSubject s, FiscalYear fy) {
        return ReliefRule.applying(rules, s, fy).stream().map(Relief::of).toList();
    }

    /** A row of the staff's member list. */
    public record MemberRow(long membershipId, String registrationNumber, String name, String nameKana, String category,
                            boolean resident, LocalDate joinDate, LocalDate trainingEnd, List<Relief> reliefs)
            implements Serializable {
    }

    /** How many active members the calling staff's association has (the list's page count). */
    @RolesAllowed(Role.Groups.STAFF)
    public long memberCount() {
        Association a = callers.staff().association();
        return em.createQuery("select count(m) from Membership m where m.association = :a and m.status = :s", Long.class)
                .setParameter("a", a).setParameter("s", MembershipStatus.ACTIVE).getSingleResult();
    }

    /**
     * One page of the calling staff's association's active members in kana order, with the
     * relief each gets in {@code fy}. The page is written to the access log.
     */
    @RolesAllowed(Role.Groups.STAFF)
    public List<MemberRow> members(FiscalYear fy, int first, int pageSize) {
        Callers.Staff staff = callers.staff();
        Association a = staff.association();
        int size = Math.max(1, Math.min(pageSize, 100));
        List<Membership> page = em.createQuery("select m from Membership m join fetch m.doctor d"
                        + " where m.association = :a and m.status = :s"
                        + " order by d.name.familyKana, d.name.givenKana, d.id", Membership.class)
                .setParameter("a", a).setParameter("s", MembershipStatus.ACTIVE)
                .setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
        List<ReliefRule> rules = rulesOf(a);
        List<MemberRow> rows = page.stream().map(m -> {
            Doctor d = m.getDoctor();
            ReliefSubject s = ReliefSubject.of(d, m.getCategory());
            return new MemberRow(m.getId(), d.getRegistrationNumber(), d.getName().getFull(), d.getName().getFullKana(),
                    m.getCategory().label(), s.isResident(), m.findJoinDate().orElse(null), d.trainingEnd(),
                    reliefs(rules, s, fy));
        }).toList();
        String ids = page.stream().map(m -> String.valueOf(m.getDoctor().getId())).collect(Collectors.joining(","));
        // the log keeps the first 500 characters of the detail
        accessLog.record(staff.loginId(), AccessAction.VIEW_MEMBERS, new AccessLog.Subject(a.getId(), null, null, null),
                "会員一覧 " + fy + " " + first + "+" + rows.size() + " doctors=" + ids);
        return rows;
    }
}
