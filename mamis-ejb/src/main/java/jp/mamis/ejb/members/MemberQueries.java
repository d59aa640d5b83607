package jp.mamis.ejb.members;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * The member search's queries over one association's memberships: filter, sort and page, count,
 * the 内訳 by category and by sex (one grouped query), and the rows of an export read through one
 * server-side cursor. Everything happens in the database; nothing loads every row. Callers (the
 * services, a benchmark) pass the association — this class never decides who may see it.
 *
 * <p>The statements are SQL built from one condition ({@link Where}), which joins the doctor and
 * the facility only when the filter (or the result) needs them: a count of all active members
 * reads the index on {@code membership (association_id, status, category, doctor_id)} alone. The
 * name is a prefix match on the stored search keys ({@code text_pattern_ops} btrees), dates are
 * ranges on plain btrees, the facility is a substring of its name. A page is the ids in order
 * (limit and offset in the SQL, walking the sort order or sorting the matches: {@link #page}),
 * then their entities. The pool plans every statement with its parameters
 * ({@code plan_cache_mode=force_custom_plan} in glassfish-resources.xml): a generic plan for
 * "association = $1" cannot know whether it is a ward or JMA.
 */
@Stateless
public class MemberQueries {

    /** Rows the export's cursor fetches at a time. */
    public static final int FETCH = 2_000;

    /** From this offset on, a page in the second half is read from the other end (see {@link #page}). */
    static final int FAR = 2_000;

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/mamis")
    private DataSource dataSource;

    /** How a page is sorted; {@code field} is one of {@link #SORTS}, anything else sorts by kana. */
    public record Sort(String field, boolean ascending) implements java.io.Serializable {
        public static final Sort KANA = new Sort("kana", true);
    }

    /** The sortable columns, their SQL, and whether it is the doctor's or the facility's. */
    static final Map<String, String> SORTS = Map.of(
            "kana", "d.search_kana",
            "name", "d.search_name",
            "registrationNumber", "d.registration_number",
            "category", "m.category",
            "joinDate", "m.join_date",
            "birthDate", "d.birth_date",
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

    /**
     * The SQL condition and its positional parameters for one association and criteria, and
     * whether it names the doctor ({@code d}) or the facility ({@code f}).
     */
    record Where(String sql, List<Object> parameters, boolean doctor, boolean facility) {

        /** "from membership m" with the joins the condition, or the caller, needs. */
        String from(boolean withDoctor, boolean withFacility) {
            return " from membership m" + (doctor || withDoctor ? " join doctor d on d.id = m.doctor_id" : "")
                    + (facility || withFacility ? " join facility f on f.id = m.facility_id" : "");
        }

        Query apply(Query q) {
            for (int i = 0; i < parameters.size(); i++) {
                q.setParameter(i + 1, parameters.get(i));
            }
            return q;
        }

        void apply(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
        }
    }

    static Where where(Association a, MemberCriteria c, LocalDate today) {
        List<Object> p = new ArrayList<>();
        StringBuilder w = new StringBuilder(" where m.association_id = ?");
        p.add(a.getId());
        // statuses and categories are enum names, written as literals
        w.append(switch (c.status()) {
            case ACTIVE -> " and m.status = 'ACTIVE'";
            case WITHDRAWN -> " and m.status = 'WITHDRAWN'";
            case ALL -> " and m.status in ('ACTIVE', 'WITHDRAWN')";
        });
        boolean doctor = false;
        String key = c.nameKey();
        if (key != null) {
            w.append(" and (d.search_kana like ? escape '\\' or d.search_name like ? escape '\\')");
            p.add(escapeLike(key) + "%");
            p.add(escapeLike(key) + "%");
            doctor = true;
        }
        if (c.registrationNumber() != null) {
            w.append(" and d.registration_number = ?");
            p.add(c.registrationNumber());
            doctor = true;
        }
        boolean facility = c.facility() != null;
        if (facility) {
            w.append(" and f.name_key like ? escape '\\'");
            p.add("%" + escapeLike(c.facility().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!c.categories().isEmpty()) {
            StringJoiner in = new StringJoiner("', '", " and m.category in ('", "')");
            EnumSet.copyOf(c.categories()).forEach(cat -> in.add(cat.name()));
            w.append(in);
        }
        if (c.graduationYear() != null) {
            w.append(" and d.graduation_date >= ? and d.graduation_date < ?");
            p.add(Date.valueOf(LocalDate.of(c.graduationYear(), 1, 1)));
            p.add(Date.valueOf(LocalDate.of(c.graduationYear() + 1, 1, 1)));
            doctor = true;
        }
        if (c.ageFrom() != null) {
            // at least n years old today: born on or before today − n years
            w.append(" and d.birth_date <= ?");
            p.add(Date.valueOf(today.minusYears(c.ageFrom())));
            doctor = true;
        }
        if (c.ageTo() != null) {
            // at most n years old today: not yet n + 1, born after today − (n + 1) years
            w.append(" and d.birth_date > ?");
            p.add(Date.valueOf(today.minusYears(c.ageTo() + 1L)));
            doctor = true;
        }
        if (c.joinedFrom() != null) {
            w.append(" and m.join_date >= ?");
            p.add(Date.valueOf(c.joinedFrom()));
        }
        if (c.joinedTo() != null) {
            w.append(" and m.join_date <= ?");
            p.add(Date.valueOf(c.joinedTo()));
        }
        return new Where(w.toString(), Collections.unmodifiableList(p), doctor, facility);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** How many memberships match. */
    public long count(Association a, MemberCriteria c, LocalDate today) {
        Where w = where(a, c, today);
        return ((Number) w.apply(em.createNativeQuery("select count(*)" + w.from(false, false) + w.sql())).getSingleResult())
                .longValue();
    }

    /**
     * One page of the matching memberships with doctor and facility, sorted in the database (ties
     * by membership id), in one of two ways: the plain query with limit and offset, which lets the
     * database walk the sort order (the kana index) until the page is found, or the matches found
     * first and only they sorted (a materialized CTE, so the planner cannot walk the index hoping
     * to meet them early). A name or number prefix is always found first (its matches sit together
     * in the kana order); filters on the association's memberships alone are counted from the
     * index as far as {@link #walkFrom} needs; with a doctor or facility filter the planner's own
     * plan decides the first pages.
     * A page in the second half is read from the end, in the opposite order: the last page costs
     * what the first does.
     */
    public List<Membership> page(Association a, MemberCriteria c, Sort sort, int first, int size, LocalDate today) {
        Where w = where(a, c, today);
        Sort s = sort == null || !SORTS.containsKey(sort.field()) ? Sort.KANA : sort;
        String column = SORTS.get(s.field());
        long from = Math.max(0, first);
        long max = Math.max(1, size);
        boolean ascending = s.ascending();
        boolean reversed = false;
        boolean walk = false;
        String from0 = w.from(column.startsWith("d."), column.startsWith("f."));
        // a name or number prefix's matches are clustered in the kana order: those are always found first
        if (c.nameKey() == null && c.registrationNumber() == null) {
            if (from >= FAR) {
                long total = count(a, c, today);
                if (from >= total) {
                    return List.of();
                }
                if (from > total / 2) {
                    reversed = true;
                    ascending = !ascending;
                    long end = Math.min(total, from + max);
                    max = end - from;
                    from = total - end;
                }
                walk = total >= walkFrom(from + max, doctors());
            } else if (!w.doctor() && !w.facility()) {
                // the association's memberships alone: counted from the index as far as the decision needs
                long needed = walkFrom(from + max, doctors());
                long seen = countUpTo(w, needed);
                if (seen < needed && from >= seen) {
                    return List.of();
                }
                walk = seen >= needed;
            } else {
                // a doctor or facility filter: counting its matches first costs what the page does
                // (measured: JMA's A1 graduated in 1995 48 ms against 15 ms), and the planner
                // estimates such filters well, so its plan for the page decides
                walk = true;
            }
        }
        String dir = ascending ? " asc" : " desc";
        String page = " limit " + max + " offset " + from;
        String sql = walk
                ? "select m.id" + from0 + w.sql() + " order by " + column + dir + ", m.id" + dir + page
                : "with hits as materialized (select m.id, " + column + " as k" + from0 + w.sql() + ")"
                        + " select id from hits order by k" + dir + ", id" + dir + page;
        @SuppressWarnings("unchecked")
        List<Number> ids = w.apply(em.createNativeQuery(sql)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Membership> byId = new HashMap<>();
        em.createQuery("select m from Membership m join fetch m.doctor join fetch m.facility where m.id in :ids", Membership.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList()
                .forEach(m -> byId.put(m.getId(), m));
        List<Membership> result = new ArrayList<>(ids.size());
        ids.forEach(id -> result.add(byId.get(id.longValue())));
        if (reversed) {
            Collections.reverse(result);
        }
        return result;
    }

    /** What a step of the walk costs against a match read by the find-and-sort (measured on the generated nation: about 1). */
    static final double STEP_COST = 1;

    /**
     * The fewest matches from which a page ending at {@code end} is found faster by walking the
     * sort order among {@code doctors} doctors: the walk meets a match every doctors / matches
     * steps and needs {@code end} of them; the other way reads every match once. Walking wins
     * when end × doctors / matches × cost &lt; matches, i.e. from √(end × doctors × cost) matches.
     */
    static long walkFrom(long end, long doctors) {
        return (long) Math.floor(Math.sqrt((double) end * doctors * STEP_COST)) + 1;
    }

    /** How many memberships match, counting no further than {@code limit}. */
    private long countUpTo(Where w, long limit) {
        return ((Number) w.apply(em.createNativeQuery("select count(*) from (select 1" + w.from(false, false) + w.sql()
                + " limit " + limit + ") x")).getSingleResult()).longValue();
    }

    /**
     * The planner's estimate of the number of doctors (kept by ANALYZE / autovacuum), counted
     * while the table was never analysed (-1), at least 1.
     */
    private long doctors() {
        return ((Number) em.createNativeQuery("select greatest(1, case when reltuples < 0 then (select count(*) from doctor)"
                + " else cast(reltuples as bigint) end) from pg_class where oid = cast('doctor' as regclass)")
                .getSingleResult()).longValue();
    }

    /** The 内訳 of the matching memberships by category and by sex, from one grouped query. */
    public Breakdown breakdown(Association a, MemberCriteria c, LocalDate today) {
        Where w = where(a, c, today);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.apply(em.createNativeQuery("select m.category, d.sex, count(*)" + w.from(true, false) + w.sql()
                + " group by m.category, d.sex")).getResultList();
        Map<MemberCategory, Long> cats = new EnumMap<>(MemberCategory.class);
        Map<Sex, Long> sexes = new LinkedHashMap<>();
        for (Sex s : Sex.values()) {
            sexes.put(s, 0L);
        }
        long total = 0;
        for (Object[] r : rows) {
            long n = ((Number) r[2]).longValue();
            cats.merge(MemberCategory.valueOf(r[0].toString()), n, Long::sum);
            sexes.merge(r[1] == null ? null : Sex.valueOf(r[1].toString()), n, Long::sum);
            total += n;
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

    private static final String ROW = "select m.id, d.id, d.registration_number, d.family_name, d.given_name,"
            + " d.family_kana, d.given_kana, d.former_family_name, d.former_given_name,"
            + " d.former_family_kana, d.former_given_kana, d.use_former_name_on_mail, d.sex, d.birth_date,"
            + " d.postal_code, d.prefecture_code, d.city, d.street, d.tel, d.mobile, d.fax,"
            + " d.email, d.graduation_university, d.graduation_date, f.name, m.category, m.status, m.join_date, m.leave_date,"
            + " d.search_kana";

    /**
     * Hands every matching membership to {@code sink} in kana order through one statement whose
     * rows the driver fetches {@link #FETCH} at a time (a cursor: the caller's transaction keeps
     * the connection out of autocommit): memory stays flat however many rows match.
     *
     * @return the number of rows
     * @throws SinkFailed when the sink fails to write
     */
    public long forEach(Association a, MemberCriteria c, LocalDate today, Consumer<Row> sink) {
        Where w = where(a, c, today);
        String sql = ROW + w.from(true, true) + w.sql() + " order by d.search_kana, m.id";
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            if (con.getAutoCommit()) {
                throw new IllegalStateException("an export needs a transaction, or every row would be read at once");
            }
            ps.setFetchSize(FETCH);
            w.apply(ps);
            long n = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Row row = row(r);
                    try {
                        sink.accept(row);
                    } catch (UncheckedIOException e) {
                        throw new SinkFailed(e);
                    }
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new PersistenceException("Export query failed: " + e.getMessage(), e);
        }
    }

    /**
     * The sink of an export could not write (the client went away): ends the export without
     * marking the transaction for rollback, so the caller still logs what was sent. Not wrapped
     * by the container, as an unchecked exception from the sink would be.
     */
    @ApplicationException(rollback = false)
    public static class SinkFailed extends RuntimeException {
        SinkFailed(UncheckedIOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        String sex = r.getString(13);
        return new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getBoolean(12),
                sex == null ? null : Sex.valueOf(sex), date(r, 14), r.getString(15), r.getString(16), r.getString(17),
                r.getString(18), r.getString(19), r.getString(20), r.getString(21), r.getString(22), r.getString(23),
                date(r, 24), r.getString(25), MemberCategory.valueOf(r.getString(26)), MembershipStatus.valueOf(r.getString(27)),
                date(r, 28), date(r, 29), r.getString(30));
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
