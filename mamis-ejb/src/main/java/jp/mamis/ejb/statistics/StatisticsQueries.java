package jp.mamis.ejb.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.statistics.AsOf;
import jp.mamis.domain.statistics.CategoryBlock;
import jp.mamis.domain.statistics.CategoryStatistics;
import jp.mamis.domain.statistics.GraduationYears;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counting SQL of the statistics, one grouped query per table. The rules are those of
 * {@link AsOf}: who was a member on the day and with which category; the SQL repeats them so the
 * database counts without loading members.
 * <p>
 * The prefecture block of a JMA membership is the prefectural (tier 2) membership the same doctor
 * holds through the same facility — the chain the JMA membership is held through — preferring one
 * that was a member on the day. A JMA membership without one is counted in a block of its own
 * ({@link #UNKNOWN_PREFECTURE}). The facility is the membership's present one: a member whose JMA
 * membership was moved by a later transfer is counted under the prefecture of the chain it is held
 * through now (the history keeps facility names, not the facility).
 */
@ApplicationScoped
public class StatisticsQueries {

    /** The label of the block of JMA members without a prefectural membership through the same facility. */
    public static final String UNKNOWN_PREFECTURE = "都道府県医師会不明";
    /** The label of JMA's whole block. */
    public static final String NATIONAL = "全国";

    /** The memberships of association ?1 counted on day ?2 (AsOf.isMember). */
    static final String COUNTED = " m.association_id = ?1 and m.status <> 'PENDING'"
            + " and (m.join_date is null or m.join_date <= ?2)"
            + " and (case when m.leave_date is null then m.status = 'ACTIVE' else m.leave_date > ?2 end)";

    /** For each membership of ?1 with a category change after ?2: the category before the first such change (AsOf.categoryOn). */
    private static final String CATEGORY_THEN = "with category_then as ("
            + " select distinct on (e.membership_id) e.membership_id, e.category_before"
            + " from membership_event e join membership em on em.id = e.membership_id"
            + " where em.association_id = ?1 and e.kind = 'CATEGORY_CHANGED' and e.effective_date > ?2"
            + " order by e.membership_id, e.effective_date, e.recorded_at, e.id)";

    private static final String CATEGORY = "(case when ct.membership_id is null then m.category else ct.category_before end)";

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    public CategoryStatistics categories(Association a, YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        if (!a.isNational()) {
            CategoryBlock.Builder b = CategoryBlock.builder(a.getName());
            for (Object[] r : rows(CATEGORY_THEN + " select " + CATEGORY + ", d.sex, count(*)"
                    + " from membership m join doctor d on d.id = m.doctor_id"
                    + " left join category_then ct on ct.membership_id = m.id"
                    + " where" + COUNTED + " group by 1, 2", a, day)) {
                b.add(category(r[0]), sex(r[1]), ((Number) r[2]).longValue());
            }
            return new CategoryStatistics(month, b.build(), List.of());
        }
        // the nation and every prefecture in one pass: grouping(...) = 1 marks the national rows
        // the prefectural membership of every (doctor, facility), chosen in one pass over the tier-2
        // memberships: one counted on the day first, then the newest
        List<Object[]> rows = rows(CATEGORY_THEN + ", pref as ("
                + " select distinct on (p.doctor_id, p.facility_id) p.doctor_id, p.facility_id, p.association_id"
                + " from membership p join association pa on pa.id = p.association_id and pa.tier = 2"
                + " order by p.doctor_id, p.facility_id, (p.status <> 'PENDING' and (p.join_date is null or p.join_date <= ?2)"
                + "   and (case when p.leave_date is null then p.status = 'ACTIVE' else p.leave_date > ?2 end)) desc, p.id desc)"
                + " select grouping(pref.association_id), pref.association_id, " + CATEGORY + ", d.sex, count(*)"
                + " from membership m join doctor d on d.id = m.doctor_id"
                + " left join category_then ct on ct.membership_id = m.id"
                + " left join pref on pref.doctor_id = m.doctor_id and pref.facility_id = m.facility_id"
                + " where" + COUNTED
                + " group by grouping sets ((pref.association_id, " + CATEGORY + ", d.sex), (" + CATEGORY + ", d.sex))", a, day);
        CategoryBlock.Builder nation = CategoryBlock.builder(NATIONAL);
        Map<Long, CategoryBlock.Builder> byPrefecture = new HashMap<>();
        for (Object[] r : rows) {
            long n = ((Number) r[4]).longValue();
            if (((Number) r[0]).intValue() == 1) {
                nation.add(category(r[2]), sex(r[3]), n);
            } else {
                long id = r[1] == null ? -1L : ((Number) r[1]).longValue();
                byPrefecture.computeIfAbsent(id, k -> CategoryBlock.builder(label(k))).add(category(r[2]), sex(r[3]), n);
            }
        }
        Map<Long, String> codes = new HashMap<>();
        byPrefecture.keySet().stream().filter(id -> id > 0)
                .forEach(id -> codes.put(id, em.find(Association.class, id).getCode()));
        List<CategoryBlock> blocks = new ArrayList<>();
        byPrefecture.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey() < 0 ? "~" : codes.get(e.getKey())))
                .forEach(e -> blocks.add(e.getValue().build()));
        return new CategoryStatistics(month, nation.build(), blocks);
    }

    public GraduationYears graduationYears(Association a, YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        GraduationYears.Builder b = GraduationYears.builder(day);
        // the fiscal year (April–March) of the graduation date: the year of the date three months earlier
        for (Object[] r : rows("select cast(extract(year from d.graduation_date - interval '3 months') as integer), d.sex, count(*)"
                + " from membership m join doctor d on d.id = m.doctor_id where" + COUNTED + " group by 1, 2", a, day)) {
            b.add(r[0] == null ? null : ((Number) r[0]).intValue(), sex(r[1]), ((Number) r[2]).longValue());
        }
        return b.build();
    }

    private String label(long prefectureId) {
        return prefectureId < 0 ? UNKNOWN_PREFECTURE : em.find(Association.class, prefectureId).getName();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Association a, LocalDate day) {
        return em.createNativeQuery(sql).setParameter(1, a.getId()).setParameter(2, java.sql.Date.valueOf(day)).getResultList();
    }

    private static MemberCategory category(Object v) {
        return v == null ? null : MemberCategory.valueOf(v.toString());
    }

    private static Sex sex(Object v) {
        return v == null ? null : Sex.valueOf(v.toString());
    }
}
