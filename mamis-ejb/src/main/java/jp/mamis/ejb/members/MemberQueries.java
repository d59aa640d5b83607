package jp.mamis.ejb.members;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The member search's queries over one association's memberships: filter, sort and page, count,
 * the 内訳 by category and by sex (grouped queries), and the rows of an export read in keyset
 * chunks. Everything happens in the database; nothing loads every row. Callers (the services,
 * a benchmark) pass the association — this class never decides who may see it.
 *
 * <p>Query shape: the association and status come first (index
 * {@code membership_association_category_idx}); the name is a prefix match on the stored search
 * keys ({@code text_pattern_ops} btrees), dates are ranges on plain btrees, the facility is a
 * substring of its name.
 */
@Stateless
public class MemberQueries {

    /** Rows read per chunk of an export. */
    public static final int CHUNK = 1000;

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    /** How a page is sorted; {@code field} is one of {@link #SORTS}, anything else sorts by kana. */
    public record Sort(String field, boolean ascending) implements java.io.Serializable {
        public static final Sort KANA = new Sort("kana", true);
    }

    /** The sortable columns and their JPQL. */
    static final Map<String, String> SORTS = Map.of(
            "kana", "d.searchKana",
            "name", "d.searchName",
            "registrationNumber", "d.registrationNumber",
            "category", "m.category",
            "joinDate", "m.joinDate",
            "birthDate", "d.birthDate",
            "facility", "f.name",
            "status", "m.status");

    /** The 内訳 of a result: counts by category and by sex (null = not recorded), each adding up to the total. */
    public record Breakdown(long total, Map<MemberCategory, Long> byCategory, Map<Sex, Long> bySex)
            implements java.io.Serializable {
        /** Members with no recorded sex. */
        public long sexUnknown() {
            return bySex.getOrDefault(null, 0L);
        }

        /** Members of the sex. */
        public long ofSex(Sex s) {
            return bySex.getOrDefault(s, 0L);
        }

        /** Members of the category. */
        public long ofCategory(MemberCategory c) {
            return byCategory.getOrDefault(c, 0L);
        }
    }

    /** The where clause and its parameters for one association and criteria. */
    private record Where(String jpql, Map<String, Object> parameters) {
        void apply(Query q) {
            parameters.forEach(q::setParameter);
        }
    }

    private static final String FROM = " from Membership m join m.doctor d join m.facility f";

    private static Where where(Association a, MemberCriteria c, LocalDate today) {
        StringBuilder w = new StringBuilder(" where m.association = :a");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("a", a);
        switch (c.status()) {
            case ACTIVE -> {
                w.append(" and m.status = :st");
                p.put("st", MembershipStatus.ACTIVE);
            }
            case WITHDRAWN -> {
                w.append(" and m.status = :st");
                p.put("st", MembershipStatus.WITHDRAWN);
            }
            case ALL -> {
                w.append(" and m.status in :sts");
                p.put("sts", List.of(MembershipStatus.ACTIVE, MembershipStatus.WITHDRAWN));
            }
        }
        String key = c.nameKey();
        if (key != null) {
            w.append(" and (d.searchKana like :nk escape '\\' or d.searchName like :nk escape '\\')");
            p.put("nk", escapeLike(key) + "%");
        }
        if (c.registrationNumber() != null) {
            w.append(" and d.registrationNumber = :no");
            p.put("no", c.registrationNumber());
        }
        if (c.facility() != null) {
            w.append(" and lower(f.name) like :fac escape '\\'");
            p.put("fac", "%" + escapeLike(c.facility().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (!c.categories().isEmpty()) {
            w.append(" and m.category in :cats");
            p.put("cats", new ArrayList<>(c.categories()));
        }
        if (c.graduationYear() != null) {
            w.append(" and d.graduationDate >= :gFrom and d.graduationDate < :gTo");
            p.put("gFrom", LocalDate.of(c.graduationYear(), 1, 1));
            p.put("gTo", LocalDate.of(c.graduationYear() + 1, 1, 1));
        }
        if (c.ageFrom() != null) {
            // at least n years old today: born on or before today − n years
            w.append(" and d.birthDate <= :bornBy");
            p.put("bornBy", today.minusYears(c.ageFrom()));
        }
        if (c.ageTo() != null) {
            // at most n years old today: not yet n + 1, born after today − (n + 1) years
            w.append(" and d.birthDate > :bornAfter");
            p.put("bornAfter", today.minusYears(c.ageTo() + 1L));
        }
        if (c.joinedFrom() != null) {
            w.append(" and m.joinDate >= :jFrom");
            p.put("jFrom", c.joinedFrom());
        }
        if (c.joinedTo() != null) {
            w.append(" and m.joinDate <= :jTo");
            p.put("jTo", c.joinedTo());
        }
        return new Where(w.toString(), p);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** How many memberships match. */
    public long count(Association a, MemberCriteria c, LocalDate today) {
        Where w = where(a, c, today);
        TypedQuery<Long> q = em.createQuery("select count(m)" + FROM + w.jpql(), Long.class);
        w.apply(q);
        return q.getSingleResult();
    }

    /** One page of the matching memberships with doctor and facility, sorted in the database (ties by id). */
    public List<Membership> page(Association a, MemberCriteria c, Sort sort, int first, int size, LocalDate today) {
        Where w = where(a, c, today);
        Sort s = sort == null || !SORTS.containsKey(sort.field()) ? Sort.KANA : sort;
        String dir = s.ascending() ? " asc" : " desc";
        TypedQuery<Membership> q = em.createQuery("select m from Membership m join fetch m.doctor d join m.facility f" + w.jpql() + " order by " + SORTS.get(s.field()) + dir
                + ", m.id" + dir, Membership.class);
        w.apply(q);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultList();
    }

    /** The 内訳 of the matching memberships by category and by sex, two grouped queries. */
    public Breakdown breakdown(Association a, MemberCriteria c, LocalDate today) {
        Where w = where(a, c, today);
        Query byCategory = em.createQuery("select m.category, count(m)" + FROM + w.jpql() + " group by m.category");
        w.apply(byCategory);
        Map<MemberCategory, Long> cats = new EnumMap<>(MemberCategory.class);
        long total = 0;
        for (Object o : byCategory.getResultList()) {
            Object[] r = (Object[]) o;
            long n = ((Number) r[1]).longValue();
            cats.put((MemberCategory) r[0], n);
            total += n;
        }
        Query bySex = em.createQuery("select d.sex, count(m)" + FROM + w.jpql() + " group by d.sex");
        w.apply(bySex);
        Map<Sex, Long> sexes = new LinkedHashMap<>();
        for (Sex s : Sex.values()) {
            sexes.put(s, 0L);
        }
        for (Object o : bySex.getResultList()) {
            Object[] r = (Object[]) o;
            sexes.put((Sex) r[0], ((Number) r[1]).longValue());
        }
        return new Breakdown(total, cats, sexes);
    }

    /** One membership of an export: the columns of the doctor, the facility and the membership, no entities. */
    public record Row(long membershipId, long doctorId, String registrationNumber, String familyName, String givenName,
                      String familyKana, String givenKana, String formerFamilyName, String formerGivenName,
                      String formerFamilyKana, String formerGivenKana, boolean useFormerNameOnMail, Sex sex,
                      LocalDate birthDate, String postalCode, String prefectureCode, String city, String street, String tel,
                      String mobile, String fax, String email, String graduationUniversity, LocalDate graduationDate,
                      String facilityName, MemberCategory category, MembershipStatus status, LocalDate joinDate,
                      LocalDate leaveDate, String searchKana) {
    }

    private static final String ROW = "select m.id, d.id, d.registrationNumber, d.name.familyName, d.name.givenName,"
            + " d.name.familyKana, d.name.givenKana, d.formerName.familyName, d.formerName.givenName,"
            + " d.formerName.familyKana, d.formerName.givenKana, d.useFormerNameOnMail, d.sex, d.birthDate,"
            + " d.address.postalCode, d.address.prefectureCode, d.address.city, d.address.street, d.tel, d.mobile, d.fax,"
            + " d.email, d.graduationUniversity, d.graduationDate, f.name, m.category, m.status, m.joinDate, m.leaveDate,"
            + " d.searchKana";

    /**
     * Hands every matching membership to {@code sink} in kana order, reading {@link #CHUNK} rows at a
     * time by keyset (search kana, membership id): memory stays flat however many rows match.
     *
     * @return the number of rows
     */
    public long forEach(Association a, MemberCriteria c, LocalDate today, Consumer<Row> sink) {
        Where w = where(a, c, today);
        String lastKana = null;
        long lastId = 0;
        long n = 0;
        while (true) {
            String keyset = lastKana == null ? ""
                    : " and (d.searchKana > :lk or (d.searchKana = :lk and m.id > :lid))";
            Query q = em.createQuery(ROW + FROM + w.jpql() + keyset + " order by d.searchKana, m.id");
            w.apply(q);
            if (lastKana != null) {
                q.setParameter("lk", lastKana).setParameter("lid", lastId);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> chunk = q.setMaxResults(CHUNK).getResultList();
            for (Object[] r : chunk) {
                Row row = row(r);
                sink.accept(row);
                lastKana = row.searchKana();
                lastId = row.membershipId();
                n++;
            }
            if (chunk.size() < CHUNK) {
                return n;
            }
        }
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                Boolean.TRUE.equals(r[11]), (Sex) r[12], (LocalDate) r[13], (String) r[14], (String) r[15], (String) r[16],
                (String) r[17], (String) r[18], (String) r[19], (String) r[20], (String) r[21], (String) r[22],
                (LocalDate) r[23], (String) r[24], (MemberCategory) r[25], (MembershipStatus) r[26], (LocalDate) r[27],
                (LocalDate) r[28], (String) r[29]);
    }
}
