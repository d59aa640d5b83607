package jp.mamis.ejb.members;

import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.validation.JapaneseText;
import jp.mamis.domain.validation.SearchKey;

import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What a member search asks for; every part is optional (null or empty = any). It never names
 * the association: the services take that from the signed-in staff, so no filter can reach
 * another association's members. It also travels as a query string to the download servlet
 * ({@link #toQuery()}, {@link #fromQuery(Function)}), where a bad value is simply dropped.
 *
 * @param name           kanji or kana, compared by prefix after {@link SearchKey}
 * @param registrationNumber 医籍登録番号, exact (full-width digits allowed)
 * @param facility       part of the facility name
 * @param categories     会員区分; empty = all
 * @param status         在籍 / 退会 / both
 * @param graduationYear the calendar year of graduation
 * @param ageFrom        at least this age today
 * @param ageTo          at most this age today
 * @param joinedFrom     入会日 on or after
 * @param joinedTo       入会日 on or before
 */
public record MemberCriteria(String name, String registrationNumber, String facility, Set<MemberCategory> categories,
                             Status status, Integer graduationYear, Integer ageFrom, Integer ageTo, LocalDate joinedFrom,
                             LocalDate joinedTo) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** 在籍 (active), 退会 (withdrawn) or both. */
    public enum Status {
        ACTIVE, WITHDRAWN, ALL
    }

    public MemberCriteria {
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        status = status == null ? Status.ACTIVE : status;
        name = JapaneseText.trimToNull(name);
        registrationNumber = JapaneseText.trimToNull(JapaneseText.toAscii(registrationNumber));
        facility = JapaneseText.trimToNull(facility);
    }

    /** Every active member. */
    public static MemberCriteria active() {
        return new MemberCriteria(null, null, null, Set.of(), Status.ACTIVE, null, null, null, null, null);
    }

    /** The name as compared with the stored keys, or null for none. */
    public String nameKey() {
        String k = SearchKey.of(name);
        return k.isEmpty() ? null : k;
    }

    /** The criteria as URL query parameters (without the leading '?'). */
    public String toQuery() {
        StringJoiner q = new StringJoiner("&");
        asMap().forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    private Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", name);
        put(m, "no", registrationNumber);
        put(m, "facility", facility);
        if (!categories.isEmpty()) {
            StringJoiner j = new StringJoiner(",");
            EnumSet.copyOf(categories).forEach(c -> j.add(c.name()));
            m.put("cat", j.toString());
        }
        m.put("status", status.name());
        put(m, "grad", graduationYear);
        put(m, "ageFrom", ageFrom);
        put(m, "ageTo", ageTo);
        put(m, "joinedFrom", joinedFrom);
        put(m, "joinedTo", joinedTo);
        return m;
    }

    private static void put(Map<String, String> m, String k, Object v) {
        if (v != null) {
            m.put(k, v.toString());
        }
    }

    /** The criteria from request parameters (as {@link #toQuery()} wrote them); unreadable values are ignored. */
    public static MemberCriteria fromQuery(Function<String, String> parameter) {
        Set<MemberCategory> cats = EnumSet.noneOf(MemberCategory.class);
        String c = parameter.apply("cat");
        if (c != null) {
            for (String s : c.split(",")) {
                try {
                    cats.add(MemberCategory.valueOf(s.strip()));
                } catch (IllegalArgumentException ignored) {
                    // an unknown category selects nothing more
                }
            }
        }
        Status status;
        try {
            status = Status.valueOf(String.valueOf(parameter.apply("status")));
        } catch (IllegalArgumentException e) {
            status = Status.ACTIVE;
        }
        return new MemberCriteria(parameter.apply("name"), parameter.apply("no"), parameter.apply("facility"), cats, status,
                integer(parameter.apply("grad")), integer(parameter.apply("ageFrom")), integer(parameter.apply("ageTo")),
                date(parameter.apply("joinedFrom")), date(parameter.apply("joinedTo")));
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
