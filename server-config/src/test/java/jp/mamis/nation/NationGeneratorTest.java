package jp.mamis.nation;

import jp.mamis.domain.validation.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small nation (3,000 doctors): same seed, same rows; proportions near the targets; chain rules hold. */
class NationGeneratorTest {

    static final int DOCTORS = 3_000;

    /** Keeps every row and a digest of their COPY text. */
    static final class Rows implements RowSink {
        final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
        final MessageDigest digest;

        Rows() throws Exception {
            digest = MessageDigest.getInstance("SHA-256");
            for (Table t : Table.values()) {
                rows.put(t, new ArrayList<>());
            }
        }

        @Override
        public void row(Table table, Object... values) {
            assertEquals(table.columns().size(), values.length, table.sqlName());
            rows.get(table).add(values);
            digest.update((table.name() + RowSink.copyText(values) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        List<Object[]> of(Table t) {
            return rows.get(t);
        }

        String hash() {
            return HexFormat.of().formatHex(digest.digest());
        }

        static Object v(Table t, Object[] row, String column) {
            return row[t.column(column)];
        }
    }

    static Rows nation;

    static Rows generate(long seed) throws Exception {
        Rows r = new Rows();
        new NationGenerator(seed, DOCTORS, NationGenerator.Start.empty(), r).generate();
        return r;
    }

    @BeforeAll
    static void generateOnce() throws Exception {
        nation = generate(42);
    }

    private static Object v(Table t, Object[] row, String column) {
        return Rows.v(t, row, column);
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws Exception {
        Rows again = generate(42);
        Rows other = generate(43);
        String hash = nation.hash();
        assertEquals(hash, again.hash());
        assertNotEquals(hash, other.hash());
    }

    @Test
    void associationsFollowTheTierStructureAndKeepTheDemoCodes() {
        List<Object[]> assocs = nation.of(Table.ASSOCIATION);
        Map<Integer, Long> byTier = assocs.stream()
                .collect(Collectors.groupingBy(a -> (Integer) v(Table.ASSOCIATION, a, "tier"), Collectors.counting()));
        assertEquals(102, byTier.get(4), "wards of the eight designated cities");
        long total = 48 + byTier.get(3) + byTier.get(4);
        assertTrue(total >= 930 && total <= 970, "about 950 associations: " + total);
        Set<String> codes = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] a : assocs) {
            String code = (String) v(Table.ASSOCIATION, a, "code");
            assertTrue(codes.add(code), "code used twice: " + code);
            names.put(code, (String) v(Table.ASSOCIATION, a, "name"));
        }
        // the demo's associations have the demo's codes and names, so the demo reuses them
        assertEquals("横浜市医師会", names.get("14100"));
        assertEquals("横浜市鶴見区医師会", names.get("1410001"));
        assertEquals("横浜市中区医師会", names.get("1410004"));
        assertEquals("横浜市青葉区医師会", names.get("1410013"));
        assertEquals("横浜市瀬谷区医師会", names.get("1410018"));
        assertEquals("港区医師会", names.get("13103"));
        assertEquals("渋谷区医師会", names.get("13113"));
        assertEquals("札幌市医師会", names.get("01100"));
        assertEquals("函館市医師会", names.get("01202"));
        assertEquals("横須賀市医師会", names.get("14201"));
        // Tokyo has far more tier-3 associations than Tottori
        long tokyo = assocs.stream().filter(a -> "13".equals(v(Table.ASSOCIATION, a, "prefecture_code"))
                && (Integer) v(Table.ASSOCIATION, a, "tier") == 3).count();
        long tottori = assocs.stream().filter(a -> "31".equals(v(Table.ASSOCIATION, a, "prefecture_code"))
                && (Integer) v(Table.ASSOCIATION, a, "tier") == 3).count();
        assertTrue(tokyo > 10 * tottori, tokyo + " vs " + tottori);
    }

    @Test
    void doctorsHaveValidDataAndUniqueNumbers() {
        List<Object[]> docs = nation.of(Table.DOCTOR);
        assertEquals(DOCTORS, docs.size());
        Set<String> numbers = new HashSet<>();
        Set<String> mails = new HashSet<>();
        int women = 0;
        for (Object[] d : docs) {
            String number = (String) v(Table.DOCTOR, d, "registration_number");
            assertTrue(Format.REGISTRATION_NUMBER.accepts(number), number);
            assertTrue(numbers.add(number), "number twice: " + number);
            assertFalse(NationLoader.DEMO_NUMBERS.contains(number));
            assertTrue(mails.add((String) v(Table.DOCTOR, d, "email")));
            assertTrue(Format.KATAKANA.accepts((String) v(Table.DOCTOR, d, "family_kana")));
            assertTrue(Format.KATAKANA.accepts((String) v(Table.DOCTOR, d, "given_kana")));
            String postal = (String) v(Table.DOCTOR, d, "postal_code");
            assertTrue(postal.matches("\\d{3}-\\d{4}"), postal);
            int prefix = Integer.parseInt(postal.substring(0, 3));
            int[] range = NationTables.POSTAL[Integer.parseInt((String) v(Table.DOCTOR, d, "prefecture_code")) - 1];
            assertTrue(prefix >= range[0] && prefix <= range[1], "postal code in the prefecture: " + postal);
            for (String phone : new String[]{"tel", "mobile", "fax"}) {
                String p = (String) v(Table.DOCTOR, d, phone);
                assertTrue(p == null || Format.PHONE.accepts(p), p);
            }
            LocalDate birth = (LocalDate) v(Table.DOCTOR, d, "birth_date");
            int age = Period.between(birth, NationGenerator.AS_OF).getYears();
            assertTrue(age >= 26 && age <= 90, "age " + age);
            LocalDate graduation = (LocalDate) v(Table.DOCTOR, d, "graduation_date");
            int atGraduation = Period.between(birth, graduation).getYears();
            assertTrue(atGraduation >= 23 && atGraduation <= 26, "graduated at " + atGraduation);
            LocalDate registered = (LocalDate) v(Table.DOCTOR, d, "registration_date");
            assertTrue(registered.isAfter(graduation) && registered.isBefore(NationGenerator.AS_OF));
            if ("FEMALE".equals(v(Table.DOCTOR, d, "sex"))) {
                women++;
            }
        }
        double share = (double) women / DOCTORS;
        assertTrue(share > 0.19 && share < 0.26, "women " + share);
    }

    @Test
    void membershipProportionsAreNearTheSeedsFigures() {
        Map<Long, Integer> tierOf = tiers();
        Set<Long> members = new HashSet<>();
        Map<String, Integer> jmaCategories = new HashMap<>();
        int jma = 0;
        for (Object[] m : nation.of(Table.MEMBERSHIP)) {
            if (!"ACTIVE".equals(v(Table.MEMBERSHIP, m, "status"))) {
                continue;
            }
            int tier = tierOf.get((Long) v(Table.MEMBERSHIP, m, "association_id"));
            if (tier == 3) {
                members.add((Long) v(Table.MEMBERSHIP, m, "doctor_id"));
            }
            if (tier == 1) {
                jma++;
                jmaCategories.merge((String) v(Table.MEMBERSHIP, m, "category"), 1, Integer::sum);
            }
        }
        double memberShare = (double) members.size() / DOCTORS;
        assertTrue(memberShare > 0.57 && memberShare < 0.65, "members of a tier-3 association " + memberShare);
        double jmaShare = (double) jma / members.size();
        assertTrue(jmaShare > 0.80 && jmaShare < 0.88, "of them in JMA " + jmaShare);
        assertShare(jmaCategories, jma, "A1", 0.47, 0.05);
        assertShare(jmaCategories, jma, "A2_B", 0.24, 0.04);
        assertShare(jmaCategories, jma, "B", 0.25, 0.04);
        assertShare(jmaCategories, jma, "A2_C", 0.02, 0.015);
        assertShare(jmaCategories, jma, "C", 0.02, 0.015);
    }

    private static void assertShare(Map<String, Integer> counts, int total, String category, double target, double tolerance) {
        double share = (double) counts.getOrDefault(category, 0) / total;
        assertTrue(Math.abs(share - target) <= tolerance, category + " " + share + " (target " + target + ")");
    }

    @Test
    void residentCategoriesOnlyForTheRecentlyRegistered() {
        Map<Long, LocalDate> registered = new HashMap<>();
        for (Object[] d : nation.of(Table.DOCTOR)) {
            registered.put((Long) v(Table.DOCTOR, d, "id"), (LocalDate) v(Table.DOCTOR, d, "registration_date"));
        }
        for (Object[] m : nation.of(Table.MEMBERSHIP)) {
            String c = (String) v(Table.MEMBERSHIP, m, "category");
            if (c.equals("A2_C") || c.equals("C")) {
                LocalDate r = registered.get((Long) v(Table.MEMBERSHIP, m, "doctor_id"));
                assertTrue(r.isAfter(NationGenerator.AS_OF.minusYears(2)), "resident registered " + r);
            }
        }
    }

    @Test
    void chainsHoldTheMembershipRules() {
        Map<Long, Object[]> assocs = associations();
        Map<Long, List<Object[]>> activeByDoctor = new HashMap<>();
        for (Object[] m : nation.of(Table.MEMBERSHIP)) {
            if ("ACTIVE".equals(v(Table.MEMBERSHIP, m, "status"))) {
                activeByDoctor.computeIfAbsent((Long) v(Table.MEMBERSHIP, m, "doctor_id"), k -> new ArrayList<>()).add(m);
            } else {
                assertNotNull(v(Table.MEMBERSHIP, m, "leave_date"), "a withdrawn membership has its leave date");
            }
        }
        int twoChains = 0;
        for (List<Object[]> held : activeByDoctor.values()) {
            Set<Long> seen = new HashSet<>();
            int jma = 0;
            Set<Long> facilities = new HashSet<>();
            for (Object[] m : held) {
                long a = (Long) v(Table.MEMBERSHIP, m, "association_id");
                assertTrue(seen.add(a), "one current membership per association");
                long facility = (Long) v(Table.MEMBERSHIP, m, "facility_id");
                facilities.add(facility);
                Object[] assoc = assocs.get(a);
                int tier = assoc == null ? (a == 1 ? 1 : 2) : (Integer) v(Table.ASSOCIATION, assoc, "tier");
                if (tier == 1) {
                    jma++;
                }
                if (tier < 4) {
                    // the tier below, through the same facility, whose parent this association is
                    boolean below = held.stream().anyMatch(o -> (Long) v(Table.MEMBERSHIP, o, "facility_id") == facility
                            && parentOf(assocs, (Long) v(Table.MEMBERSHIP, o, "association_id")) == a);
                    boolean subdivided = tier < 3 || assocs.values().stream()
                            .anyMatch(x -> Long.valueOf(a).equals(v(Table.ASSOCIATION, x, "parent_id")));
                    assertTrue(below || !subdivided, "upper tier " + a + " without the lower one");
                }
            }
            assertTrue(jma <= 1, "JMA at most once");
            if (facilities.size() > 1) {
                twoChains++;
            }
        }
        assertTrue(twoChains > 20, "some doctors hold two chains: " + twoChains);
    }

    @Test
    void everyMembershipHasItsHistory() {
        Map<Long, List<Object[]>> events = nation.of(Table.MEMBERSHIP_EVENT).stream()
                .collect(Collectors.groupingBy(e -> (Long) v(Table.MEMBERSHIP_EVENT, e, "membership_id")));
        int withdrawn = 0;
        for (Object[] m : nation.of(Table.MEMBERSHIP)) {
            List<Object[]> mine = events.get((Long) v(Table.MEMBERSHIP, m, "id"));
            assertNotNull(mine);
            List<Object[]> joined = mine.stream().filter(e -> "JOINED".equals(v(Table.MEMBERSHIP_EVENT, e, "kind"))).toList();
            assertEquals(1, joined.size());
            assertEquals(v(Table.MEMBERSHIP, m, "join_date"), v(Table.MEMBERSHIP_EVENT, joined.get(0), "effective_date"));
            List<Object[]> left = mine.stream().filter(e -> "LEFT".equals(v(Table.MEMBERSHIP_EVENT, e, "kind"))).toList();
            if ("WITHDRAWN".equals(v(Table.MEMBERSHIP, m, "status"))) {
                withdrawn++;
                assertEquals(1, left.size());
                assertEquals(v(Table.MEMBERSHIP, m, "leave_date"), v(Table.MEMBERSHIP_EVENT, left.get(0), "effective_date"));
            } else {
                assertTrue(left.isEmpty());
                assertNull(v(Table.MEMBERSHIP, m, "leave_date"));
            }
        }
        assertTrue(withdrawn > 50, "some withdrawn memberships: " + withdrawn);
        long unknown = nation.of(Table.MEMBERSHIP).stream().filter(m -> v(Table.MEMBERSHIP, m, "join_date") == null).count();
        assertTrue(unknown > 0, "some join dates unknown");
    }

    @Test
    void applicationsOfEveryKindWithTheirLines() {
        Map<String, Long> kinds = nation.of(Table.APPLICATION).stream()
                .collect(Collectors.groupingBy(a -> v(Table.APPLICATION, a, "type") + "/" + v(Table.APPLICATION, a, "status"),
                        Collectors.counting()));
        assertTrue(kinds.containsKey("ADMISSION/APPROVED"), kinds.toString());
        assertTrue(kinds.containsKey("ADMISSION/IN_REVIEW"), kinds.toString());
        assertTrue(kinds.containsKey("TRANSFER/APPROVED"), kinds.toString());
        assertTrue(kinds.containsKey("WITHDRAWAL/APPROVED"), kinds.toString());
        Set<Long> ids = nation.of(Table.APPLICATION).stream().map(a -> (Long) v(Table.APPLICATION, a, "id"))
                .collect(Collectors.toSet());
        Map<Long, Long> lines = nation.of(Table.APPLICATION_LINE).stream()
                .collect(Collectors.groupingBy(l -> (Long) v(Table.APPLICATION_LINE, l, "application_id"), Collectors.counting()));
        assertEquals(ids, lines.keySet(), "every application has lines, every line an application");
        for (Object[] a : nation.of(Table.APPLICATION)) {
            boolean transfer = "TRANSFER".equals(v(Table.APPLICATION, a, "type"));
            assertEquals(transfer, v(Table.APPLICATION, a, "source_facility_id") != null);
        }
        // an approved admission's lines each made the membership it asked for, from the requested date
        Map<Long, Object[]> approved = nation.of(Table.APPLICATION).stream()
                .filter(a -> "ADMISSION".equals(v(Table.APPLICATION, a, "type")) && "APPROVED".equals(v(Table.APPLICATION, a, "status")))
                .collect(Collectors.toMap(a -> (Long) v(Table.APPLICATION, a, "id"), a -> a));
        Set<String> memberships = nation.of(Table.MEMBERSHIP).stream()
                .map(m -> v(Table.MEMBERSHIP, m, "doctor_id") + "/" + v(Table.MEMBERSHIP, m, "association_id") + "/"
                        + v(Table.MEMBERSHIP, m, "join_date"))
                .collect(Collectors.toSet());
        for (Object[] l : nation.of(Table.APPLICATION_LINE)) {
            Object[] a = approved.get((Long) v(Table.APPLICATION_LINE, l, "application_id"));
            if (a != null) {
                assertTrue(memberships.contains(v(Table.APPLICATION, a, "doctor_id") + "/" + v(Table.APPLICATION_LINE, l, "association_id")
                        + "/" + v(Table.APPLICATION, a, "requested_start_date")));
            }
        }
    }

    private static Map<Long, Object[]> associations() {
        return nation.of(Table.ASSOCIATION).stream().collect(Collectors.toMap(a -> (Long) v(Table.ASSOCIATION, a, "id"), a -> a));
    }

    /** The parent's id of an association; the registry's (JMA 1, prefectures 2–48, as Start.empty() has them) too. */
    private static long parentOf(Map<Long, Object[]> assocs, long id) {
        Object[] a = assocs.get(id);
        if (a == null) {
            return id == 1 ? 0 : 1;
        }
        return (Long) v(Table.ASSOCIATION, a, "parent_id");
    }

    private static Map<Long, Integer> tiers() {
        Map<Long, Integer> t = new HashMap<>();
        t.put(1L, 1);
        for (long p = 2; p <= 48; p++) {
            t.put(p, 2);
        }
        for (Object[] a : nation.of(Table.ASSOCIATION)) {
            t.put((Long) v(Table.ASSOCIATION, a, "id"), (Integer) v(Table.ASSOCIATION, a, "tier"));
        }
        return t;
    }
}
