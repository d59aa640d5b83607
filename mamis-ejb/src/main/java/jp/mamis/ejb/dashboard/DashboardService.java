package jp.mamis.ejb.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.application.ApplicationType;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.review.ReviewService;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of the calling staff's own association. The application stages are those of
 * {@link ReviewService.Stage}, computed in SQL the way {@code ReviewService} computes them per line
 * (its turn = the lowest pending line of an application in review).
 */
@Stateless
@RolesAllowed(Role.Groups.STAFF)
public class DashboardService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    /** One application type's counts by stage. */
    public record TypeRow(ApplicationType type, Map<ReviewService.Stage, Long> byStage) implements Serializable {
    }

    /**
     * @param previousLogin the staff member's sign-in before this one; null at the first
     * @param changes       membership events and registration changes of the association's members since then; null at the first sign-in
     */
    public record Dashboard(String associationName, List<TypeRow> applications, Map<MemberCategory, Long> members,
                            long memberTotal, LocalDateTime previousLogin, Long changes) implements Serializable {
    }

    public Dashboard view() {
        Callers.Staff staff = callers.staff();
        Association a = staff.association();
        Instant since = staff.account().findPreviousLoginAt().orElse(null);
        Map<MemberCategory, Long> members = new EnumMap<>(MemberCategory.class);
        for (MemberCategory c : MemberCategory.values()) {
            members.put(c, 0L);
        }
        long total = 0;
        for (Object[] r : rows("select m.category, count(*) from membership m where m.association_id = ?1 and m.status = 'ACTIVE'"
                + " group by m.category", a)) {
            long n = ((Number) r[1]).longValue();
            members.put(MemberCategory.valueOf(r[0].toString()), n);
            total += n;
        }
        return new Dashboard(a.getName(), applications(a), members, total,
                since == null ? null : LocalDateTime.ofInstant(since, JAPAN), since == null ? null : changesSince(a, since));
    }

    private List<TypeRow> applications(Association a) {
        Map<ApplicationType, Map<ReviewService.Stage, Long>> counts = new EnumMap<>(ApplicationType.class);
        for (ApplicationType t : ApplicationType.values()) {
            Map<ReviewService.Stage, Long> byStage = new EnumMap<>(ReviewService.Stage.class);
            for (ReviewService.Stage s : ReviewService.Stage.values()) {
                byStage.put(s, 0L);
            }
            counts.put(t, byStage);
        }
        for (Object[] r : rows("select ap.type, case"
                + " when ap.status = 'IN_REVIEW' and l.status = 'PENDING' and not exists (select 1 from application_line b"
                + "   where b.application_id = l.application_id and b.status = 'PENDING' and b.position < l.position) then 'ACTIONABLE'"
                + " when ap.status = 'IN_REVIEW' and l.status = 'PENDING' then 'WAITING'"
                + " when ap.status = 'RETURNED' then 'RETURNED'"
                + " else 'DONE' end, count(*)"
                + " from application_line l join application ap on ap.id = l.application_id"
                + " where l.association_id = ?1 and ap.submitted_at is not null group by 1, 2", a)) {
            counts.get(ApplicationType.valueOf(r[0].toString())).put(ReviewService.Stage.valueOf(r[1].toString()),
                    ((Number) r[2]).longValue());
        }
        List<TypeRow> rows = new ArrayList<>();
        counts.forEach((t, m) -> rows.add(new TypeRow(t, m)));
        return rows;
    }

    /** Joins, leaves, category and facility changes of the association's memberships, and registration changes shown to it. */
    private long changesSince(Association a, Instant since) {
        java.sql.Timestamp t = java.sql.Timestamp.from(since);
        long events = ((Number) em.createNativeQuery("select count(*) from membership_event e join membership m on m.id = e.membership_id"
                        + " where e.recorded_at > ?2 and m.association_id = ?1")
                .setParameter(1, a.getId()).setParameter(2, t).getSingleResult()).longValue();
        long changes = ((Number) em.createNativeQuery("select count(*) from registration_change c join registration_change_line l"
                        + " on l.change_id = c.id where c.requested_at > ?2 and l.association_id = ?1")
                .setParameter(1, a.getId()).setParameter(2, t).getSingleResult()).longValue();
        return events + changes;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Association a) {
        return em.createNativeQuery(sql).setParameter(1, a.getId()).getResultList();
    }
}
