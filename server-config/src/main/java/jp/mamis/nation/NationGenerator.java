package jp.mamis.nation;

import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.domain.validation.SearchKey;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a nation of doctors and their medical associations, deterministically from a seed:
 * the same seed, size and starting point give the same rows, byte for byte.
 * <p>
 * The associations: 日本医師会 and the 47 prefectural ones (which exist already), tier-3
 * associations in each prefecture in proportion to its 2020 population (its named cities, the
 * medical schools' associations and 郡市 associations), and tier-4 ward associations under eight
 * designated cities. The doctors: Japanese names, ages 26–90, graduation at 24–26, registration
 * the April after, about 22% women; about 61% belong to a chain whose lowest tier is the
 * association where they work, 84% of those up to JMA; a few hold a second chain without JMA, some
 * moved or left (withdrawn memberships with their leave dates), and a few thousand applications
 * (admissions, transfers, withdrawals) in every status tell that history. Every membership has its
 * JOINED event, every withdrawn one its LEFT event.
 * <p>
 * Ids are chosen here, from the first free id of each table ({@link Start}); existing associations
 * with a generated code (the registry, the demo's) are used, not created again.
 */
public final class NationGenerator {

    /** The day the nation is "as of": every date lies before it. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    /** Generated mail addresses end with this; it tells generated doctors from others. */
    public static final String MAIL_DOMAIN = "@nation.example.jp";
    /** When generated rows say they were recorded. */
    static final Instant RECORDED_AT = AS_OF.atStartOfDay().toInstant(ZoneOffset.ofHours(9));

    static final String JMA_CODE = "00";

    /** What is in the database already: the first free id per table, associations by code, numbers taken. */
    public record Start(Map<Table, Long> firstIds, Map<String, Long> associationIds, Set<String> takenNumbers) {
        public static Start empty() {
            Map<Table, Long> ids = new HashMap<>();
            Map<String, Long> assocs = new HashMap<>();
            assocs.put(JMA_CODE, 1L);
            for (Prefecture p : Prefecture.values()) {
                assocs.put(p.code(), 1L + Integer.parseInt(p.code()));
            }
            ids.put(Table.ASSOCIATION, 49L);
            return new Start(ids, assocs, Set.of());
        }

        long first(Table t) {
            return firstIds.getOrDefault(t, 1L);
        }
    }

    // ---- model

    static final class Assoc {
        final long id;
        final String code;
        final String name;
        final int tier;
        final Assoc parent;
        final String pref;
        final String city;
        final int postalPrefix;
        double weight;
        final List<Assoc> children = new ArrayList<>();
        final List<Fac> hospitals = new ArrayList<>();
        final List<Fac> clinics = new ArrayList<>();

        Assoc(long id, String code, String name, int tier, Assoc parent, String pref, String city, int postalPrefix) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.tier = tier;
            this.parent = parent;
            this.pref = pref;
            this.city = city;
            this.postalPrefix = postalPrefix;
        }

        /** This association and the ones above it, lowest first. */
        List<Assoc> chain() {
            List<Assoc> c = new ArrayList<>(4);
            for (Assoc a = this; a != null; a = a.parent) {
                c.add(a);
            }
            return c;
        }

        Assoc tier3() {
            return tier == 4 ? parent : this;
        }

        Assoc prefecture() {
            Assoc a = this;
            while (a.tier > 2) {
                a = a.parent;
            }
            return a;
        }
    }

    record Fac(long id, String name) {
    }

    /** One doctor before the registration numbers are given out (in order of registration). */
    static final class Doc {
        long id;
        String number;
        int pref;
        int age;
        String sex;
        String[] family;
        String[] given;
        String[] former;
        boolean formerOnMail;
        LocalDate birth;
        LocalDate graduation;
        LocalDate registration;
        String university;
        Assoc home;
        String street;
        int postal;
        String tel;
        String mobile;
        String fax;
    }

    // ---- state

    private final SplittableRandom rnd;
    private final int doctorCount;
    private final Start start;
    private final RowSink sink;

    private long nextAssoc;
    private long nextFacility;
    private long nextMembership;
    private long nextMembershipEvent;
    private long nextApplication;
    private long nextLine;
    private long nextAppEvent;

    private final Map<String, Assoc> byCode = new LinkedHashMap<>();
    private final List<List<Assoc>> leavesByPref = new ArrayList<>();
    private final List<double[]> leafWeightsByPref = new ArrayList<>();
    private final List<Assoc> tier3 = new ArrayList<>();
    private final List<List<String>> universitiesByPref = new ArrayList<>();
    private final List<String> allUniversities = new ArrayList<>();
    private final double[] prefWeights = new double[47];

    public NationGenerator(long seed, int doctorCount, Start start, RowSink sink) {
        this.rnd = new SplittableRandom(seed);
        this.doctorCount = doctorCount;
        this.start = start;
        this.sink = sink;
    }

    /** Writes the whole nation to the sink. */
    public void generate() throws IOException {
        nextAssoc = start.first(Table.ASSOCIATION);
        nextFacility = start.first(Table.FACILITY);
        nextMembership = start.first(Table.MEMBERSHIP);
        nextMembershipEvent = start.first(Table.MEMBERSHIP_EVENT);
        nextApplication = start.first(Table.APPLICATION);
        nextLine = start.first(Table.APPLICATION_LINE);
        nextAppEvent = start.first(Table.APPLICATION_EVENT);
        associations();
        List<Doc> doctors = doctors();
        for (Doc d : doctors) {
            memberships(d);
        }
    }

    // ---- associations

    private void associations() throws IOException {
        Assoc jma = existing(JMA_CODE, "日本医師会", 1, null, null, null, 0);
        int totalPop = Arrays.stream(NationTables.POPULATION).sum();
        int[] tier3Counts = tier3Counts(totalPop);
        for (String u : NationTables.UNIVERSITIES) {
            allUniversities.add(u.substring(3));
        }
        for (int p = 0; p < 47; p++) {
            Prefecture pr = Prefecture.values()[p];
            String pc = pr.code();
            int[] postal = NationTables.POSTAL[p];
            Assoc prefecture = existing(pc, pr.nameJa() + "医師会", 2, jma, pc, null, 0);
            prefWeights[p] = NationTables.POPULATION[p];
            List<String> univ = new ArrayList<>();
            for (String u : NationTables.UNIVERSITIES) {
                if (u.startsWith(pc + ":")) {
                    univ.add(u.substring(3));
                }
            }
            universitiesByPref.add(univ);

            List<Assoc> mine = new ArrayList<>();
            int bigPop = 0;
            for (NationTables.BigCity big : NationTables.BIG_CITIES) {
                if (big.prefecture().equals(pc)) {
                    Assoc city = create(big.code(), big.name() + "医師会", 3, prefecture, pc, big.name(), postal);
                    city.weight = big.populationThousands();
                    bigPop += big.populationThousands();
                    for (int w = 0; w < big.wards().size(); w++) {
                        String ward = big.wards().get(w);
                        Assoc a = create(big.code() + String.format("%02d", w + 1), big.name() + ward + "医師会", 4,
                                city, pc, big.name() + ward, postal);
                        a.weight = (double) big.populationThousands() / big.wards().size() * (0.6 + 0.8 * rnd.nextDouble());
                    }
                    mine.add(city);
                }
            }
            String capital = capital(pc, pr);
            String shortName = pr == Prefecture.HOKKAIDO ? "北海道" : pr.nameJa().substring(0, pr.nameJa().length() - 1);
            List<String[]> planned = new ArrayList<>();
            for (String c : NationTables.CITIES.getOrDefault(pc, List.of())) {
                planned.add(new String[]{c.substring(0, 5), c.substring(6) + "医師会", c.substring(6)});
            }
            for (String u : univ) {
                planned.add(new String[]{null, u + "医師会", capital});
            }
            int area = 0;
            int remaining = tier3Counts[p] - mine.size();
            while (planned.size() < remaining) {
                String a = NationTables.AREAS.get(area++ % NationTables.AREAS.size());
                String suffix = area > NationTables.AREAS.size() ? String.valueOf(area / NationTables.AREAS.size() + 1) : "";
                planned.add(new String[]{null, shortName + a + suffix + "医師会", shortName + a + suffix + "市"});
            }
            int seq = 301;
            double rest = Math.max(NationTables.POPULATION[p] - bigPop, NationTables.POPULATION[p] * 0.3);
            double each = rest / Math.max(1, planned.size());
            for (String[] plan : planned) {
                String code = plan[0];
                if (code == null) {
                    do {
                        code = pc + seq++;
                    } while (byCode.containsKey(code));
                }
                Assoc a = create(code, plan[1], 3, prefecture, pc, plan[2], postal);
                boolean university = plan[1].contains("大学");
                a.weight = each * (university ? 0.3 : 0.5 + rnd.nextDouble());
                mine.add(a);
            }
            List<Assoc> leaves = new ArrayList<>();
            for (Assoc a : mine) {
                tier3.add(a);
                if (a.children.isEmpty()) {
                    leaves.add(a);
                } else {
                    leaves.addAll(a.children);
                }
            }
            double[] w = new double[leaves.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = leaves.get(i).weight;
            }
            leavesByPref.add(leaves);
            leafWeightsByPref.add(cumulative(w));
            for (Assoc leaf : leaves) {
                int hospitals = Math.max(1, (int) Math.round(leaf.weight / 12.0));
                for (int h = 0; h < hospitals; h++) {
                    leaf.hospitals.add(facility(hospitalName(leaf, h), pc));
                }
            }
        }
        double[] cum = cumulative(prefWeights);
        System.arraycopy(cum, 0, prefWeights, 0, 47);
    }

    /** Tier-3 associations per prefecture: about 800 in all, in proportion to population, at least 5. */
    private static int[] tier3Counts(int totalPop) {
        int target = 800;
        int[] counts = new int[47];
        for (int p = 0; p < 47; p++) {
            counts[p] = Math.max(5, (int) Math.round(target * (double) NationTables.POPULATION[p] / totalPop));
        }
        return counts;
    }

    private static String capital(String pc, Prefecture pr) {
        List<String> cities = NationTables.CITIES.get(pc);
        for (NationTables.BigCity big : NationTables.BIG_CITIES) {
            if (big.prefecture().equals(pc) && (pc.equals("01") || pc.equals("23") || pc.equals("26") || pc.equals("27")
                    || pc.equals("28") || pc.equals("40"))) {
                return big.name();
            }
        }
        if (pc.equals("14")) {
            return "横浜市";
        }
        if (pc.equals("13")) {
            return "新宿区";
        }
        return cities.get(0).substring(6);
    }

    private Assoc existing(String code, String name, int tier, Assoc parent, String pref, String city, int postal) {
        Long id = start.associationIds().get(code);
        if (id == null) {
            throw new IllegalStateException("association " + code + " (" + name + ") is missing: is the schema migrated?");
        }
        Assoc a = new Assoc(id, code, name, tier, parent, pref, city, postal);
        byCode.put(code, a);
        if (parent != null) {
            parent.children.add(a);
        }
        return a;
    }

    private Assoc create(String code, String name, int tier, Assoc parent, String pref, String city, int[] postal)
            throws IOException {
        if (byCode.containsKey(code)) {
            throw new IllegalStateException("association code generated twice: " + code);
        }
        int prefix = postal[0] + rnd.nextInt(postal[1] - postal[0] + 1);
        Long known = start.associationIds().get(code);
        Assoc a = new Assoc(known != null ? known : nextAssoc++, code, name, tier, parent, pref, city, prefix);
        if (known == null) {
            sink.row(Table.ASSOCIATION, a.id, code, name, tier, parent.id, pref);
        }
        byCode.put(code, a);
        parent.children.add(a);
        return a;
    }

    private Fac facility(String name, String pref) throws IOException {
        Fac f = new Fac(nextFacility++, name);
        sink.row(Table.FACILITY, f.id, name, pref);
        return f;
    }

    private static final String[] HOSPITAL_KINDS = {"市民病院", "中央病院", "総合病院", "記念病院", "赤十字病院", "医療センター",
            "病院", "第一病院", "第二病院", "協立病院"};

    private String hospitalName(Assoc leaf, int h) {
        String place = leaf.city.replaceAll("(市|区|町)$", "");
        if (h < HOSPITAL_KINDS.length) {
            return place + HOSPITAL_KINDS[h];
        }
        String[] fam = pick(NationTables.FAMILY);
        return "医療法人" + fam[0] + "会 " + place + fam[0] + "病院";
    }

    private static final String[] CLINIC_KINDS = {"医院", "クリニック", "内科クリニック", "内科医院", "眼科", "皮膚科クリニック",
            "整形外科", "小児科医院", "耳鼻咽喉科", "診療所"};

    private Fac clinic(Assoc leaf, Doc owner) throws IOException {
        String kind = CLINIC_KINDS[rnd.nextInt(CLINIC_KINDS.length)];
        String name = rnd.nextInt(3) == 0 ? leaf.city.replaceAll("(市|区)$", "") + owner.family[0] + kind
                : owner.family[0] + kind;
        Fac f = facility(name, leaf.pref);
        leaf.clinics.add(f);
        return f;
    }

    // ---- doctors

    private static final int[][] AGE_BRACKETS = {{26, 29, 9}, {30, 39, 21}, {40, 49, 21}, {50, 59, 20}, {60, 69, 17},
            {70, 79, 8}, {80, 90, 4}};

    private List<Doc> doctors() throws IOException {
        double[] ageCum = cumulative(Arrays.stream(AGE_BRACKETS).mapToDouble(b -> b[2]).toArray());
        double[] familyCum = zipf(NationTables.FAMILY.length);
        List<Doc> docs = new ArrayList<>(doctorCount);
        for (int i = 0; i < doctorCount; i++) {
            Doc d = new Doc();
            d.pref = pickIndex(prefWeights);
            int[] b = AGE_BRACKETS[pickIndex(ageCum)];
            d.age = b[0] + rnd.nextInt(b[1] - b[0] + 1);
            double female = d.age < 35 ? 0.36 : d.age < 45 ? 0.30 : d.age < 55 ? 0.22 : d.age < 65 ? 0.14 : 0.08;
            double sexDraw = rnd.nextDouble();
            d.sex = sexDraw < 0.003 ? null : sexDraw < 0.003 + female ? "FEMALE" : "MALE";
            d.family = NationTables.FAMILY[pickIndex(familyCum)];
            String[][] givens = "FEMALE".equals(d.sex) ? NationTables.FEMALE
                    : d.sex == null && rnd.nextBoolean() ? NationTables.FEMALE : NationTables.MALE;
            d.given = givens[rnd.nextInt(givens.length)];
            if ("FEMALE".equals(d.sex) && rnd.nextInt(100) < 12) {
                d.former = NationTables.FAMILY[pickIndex(familyCum)];
                d.formerOnMail = rnd.nextInt(100) < 30;
            }
            int birthYear = AS_OF.getYear() - d.age - 1;
            d.birth = LocalDate.of(birthYear, 4, 2).plusDays(rnd.nextInt(365));
            int k = rnd.nextInt(100) < 60 ? 0 : rnd.nextInt(100) < 62 ? 1 : 2;
            int gradYear = d.birth.getYear() + (d.birth.getMonthValue() <= 3 ? 24 : 25) + k;
            while (LocalDate.of(gradYear, 5, 31).isAfter(AS_OF)) {
                gradYear--;
            }
            d.graduation = LocalDate.of(gradYear, 3, 15 + rnd.nextInt(12));
            d.registration = LocalDate.of(gradYear, 4, 10).plusDays(rnd.nextInt(50));
            List<String> local = universitiesByPref.get(d.pref);
            d.university = !local.isEmpty() && rnd.nextInt(100) < 55 ? local.get(rnd.nextInt(local.size()))
                    : allUniversities.get(rnd.nextInt(allUniversities.size()));
            d.home = pickLeaf(d.pref);
            d.postal = rnd.nextInt(10000);
            d.street = NationTables.STREETS.get(rnd.nextInt(NationTables.STREETS.size())) + (1 + rnd.nextInt(9)) + "-"
                    + (1 + rnd.nextInt(30)) + "-" + (1 + rnd.nextInt(20));
            d.tel = rnd.nextInt(100) < 70 ? String.format("0%d-%03d-%04d", 11 + rnd.nextInt(89), rnd.nextInt(1000),
                    rnd.nextInt(10000)) : null;
            d.mobile = rnd.nextInt(100) < 80 ? String.format("0%d0-%04d-%04d", 7 + rnd.nextInt(3), rnd.nextInt(10000),
                    rnd.nextInt(10000)) : null;
            d.fax = rnd.nextInt(100) < 15 ? String.format("0%d-%03d-%04d", 11 + rnd.nextInt(89), rnd.nextInt(1000),
                    rnd.nextInt(10000)) : null;
            docs.add(d);
        }
        numberAndWrite(docs);
        return docs;
    }

    /** 医籍登録番号 in order of registration, with small gaps, skipping numbers already taken and the demo's (so the demo loads on top of a nation); then the rows. */
    private void numberAndWrite(List<Doc> docs) throws IOException {
        Doc[] byRegistration = docs.toArray(new Doc[0]);
        // stable: equal dates keep the order they were drawn in
        Arrays.sort(byRegistration, (a, b) -> a.registration.compareTo(b.registration));
        int number = 120000;
        for (Doc d : byRegistration) {
            do {
                number += 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
            } while (start.takenNumbers().contains(String.valueOf(number)) || NationLoader.DEMO_NUMBERS.contains(String.valueOf(number)));
            d.number = String.valueOf(number);
        }
        long id = start.first(Table.DOCTOR);
        for (Doc d : docs) {
            d.id = id++;
            Assoc home = d.home;
            sink.row(Table.DOCTOR, d.id, d.number, d.registration, d.family[0], d.given[0], d.family[1], d.given[1],
                    d.former == null ? null : d.former[0], d.former == null ? null : d.given[0],
                    d.former == null ? null : d.former[1], d.former == null ? null : d.given[1], d.formerOnMail,
                    d.sex, d.birth, String.format("%03d-%04d", home.postalPrefix, d.postal), home.pref, home.city,
                    d.street, d.tel, d.mobile, d.fax, "d" + d.number + MAIL_DOMAIN, d.university, d.graduation,
                    // the member search's keys, as the application writes them with the name
                    SearchKey.of(d.family[0] + d.given[0]), SearchKey.of(d.family[1] + d.given[1]));
        }
    }

    // ---- memberships and their history

    private boolean resident(Doc d) {
        return d.registration.isAfter(AS_OF.minusYears(2));
    }

    private String category(Doc d) {
        if (resident(d)) {
            return rnd.nextBoolean() ? MemberCategory.A2_C.name() : MemberCategory.C.name();
        }
        double a1 = d.age < 35 ? 0.09 : d.age < 45 ? 0.34 : d.age < 55 ? 0.56 : d.age < 65 ? 0.64 : 0.67;
        if (rnd.nextDouble() < a1) {
            return MemberCategory.A1.name();
        }
        return rnd.nextInt(100) < 49 ? MemberCategory.A2_B.name() : MemberCategory.B.name();
    }

    private void memberships(Doc d) throws IOException {
        // residents join readily (JMA's C pays nothing, A2(C) only the liability insurance)
        double pMember = resident(d) ? 0.80 : d.age < 30 ? 0.50 : d.age < 40 ? 0.56 : d.age < 70 ? 0.65 : 0.62;
        boolean member = rnd.nextDouble() < pMember;
        if (!member) {
            formerMemberOrApplicant(d);
            return;
        }
        String category = category(d);
        Assoc leaf = rnd.nextInt(100) < 85 ? d.home : pickLeaf(d.pref);
        Fac facility = workplace(leaf, d, category);
        boolean jma = rnd.nextInt(100) < 84;
        int top = jma ? 1 : rnd.nextInt(100) < 60 ? 2 : 3;
        LocalDate join = rnd.nextInt(100) < 7 ? null : between(d.registration, AS_OF.minusDays(1));
        LocalDate jmaJoin = join == null ? (rnd.nextBoolean() ? null : between(d.registration, AS_OF.minusDays(1)))
                : rnd.nextInt(100) < 80 ? join : between(join, AS_OF.minusDays(1));

        // a former chain in another prefecture, left for this one: an approved transfer for some
        boolean moved = join != null && rnd.nextInt(100) < 5 && join.isAfter(d.registration.plusYears(2));
        if (moved) {
            Assoc from = pickLeafOutside(d.pref);
            Fac fromFacility = workplace(from, d, category);
            LocalDate formerJoin = between(d.registration, join.minusYears(1));
            boolean asTransfer = rnd.nextInt(100) < 30;
            long appId = asTransfer ? nextApplication++ : 0;
            String cause = asTransfer ? "TRANSFER" : "RECORD";
            Long app = asTransfer ? appId : null;
            List<Object[]> lines = new ArrayList<>();
            for (Assoc a : from.chain()) {
                if (a.tier == 1) {
                    continue;
                }
                long m = membershipRow(d, a, fromFacility, category, "WITHDRAWN", formerJoin, join, null, null);
                membershipEvent(m, "LEFT", cause, join, category, null, fromFacility.name, null, app, staff(a));
                lines.add(new Object[]{a, "LEAVE"});
            }
            List<Assoc> chain = leaf.chain();
            for (Assoc a : chain) {
                if (a.tier < top || a.tier == 1) {
                    continue;
                }
                long m = membershipRow(d, a, facility, category, "ACTIVE", join, null, cause, app);
                lines.add(new Object[]{a, "JOIN"});
            }
            if (jma) {
                Assoc national = byCode.get(JMA_CODE);
                LocalDate kept = jmaJoin == null ? null : min(jmaJoin, formerJoin);
                long m = membershipRow(d, national, facility, category, "ACTIVE", kept, null, "RECORD", null);
                membershipEvent(m, "FACILITY_CHANGED", cause, join, null, null, fromFacility.name, facility.name, app,
                        staff(national));
                lines.add(new Object[]{national, "CONTINUE"});
            }
            if (asTransfer) {
                approvedApplication(appId, "TRANSFER", d, facility, fromFacility, join, category, lines);
            }
        } else {
            boolean viaAdmission = join != null && jmaJoin != null && join.equals(jmaJoin) && join.getYear() >= 2021
                    && rnd.nextInt(100) < 15;
            long appId = viaAdmission ? nextApplication++ : 0;
            List<Object[]> lines = new ArrayList<>();
            for (Assoc a : leaf.chain()) {
                if (a.tier < top) {
                    continue;
                }
                LocalDate date = a.tier == 1 ? jmaJoin : join;
                membershipRow(d, a, facility, category, "ACTIVE", date, null, viaAdmission ? "ADMISSION" : "RECORD",
                        viaAdmission ? appId : null);
                lines.add(new Object[]{a, "JOIN"});
            }
            if (viaAdmission) {
                approvedApplication(appId, "ADMISSION", d, facility, null, join, category, lines);
            }
            if (rnd.nextInt(1000) < 3) {
                openWithdrawal(d, leaf, facility, category, top);
            }
        }

        // a second chain through another facility, never up to JMA
        if (rnd.nextInt(100) < 3) {
            boolean samePref = rnd.nextBoolean();
            Assoc other = samePref ? pickLeaf(d.pref) : pickLeafOutside(d.pref);
            if (other.tier3() != leaf.tier3()) {
                Fac f = workplace(other, d, category);
                int secondTop = samePref ? 3 : rnd.nextBoolean() ? 2 : 3;
                LocalDate second = rnd.nextInt(100) < 10 ? null : between(d.registration, AS_OF.minusDays(1));
                for (Assoc a : other.chain()) {
                    if (a.tier >= secondTop) {
                        membershipRow(d, a, f, category, "ACTIVE", second, null, "RECORD", null);
                    }
                }
            }
        }
    }

    /** A doctor who belongs nowhere: maybe a former member (withdrawn chain), maybe one with an open application. */
    private void formerMemberOrApplicant(Doc d) throws IOException {
        int draw = rnd.nextInt(1000);
        if (draw < 40 && d.registration.isBefore(AS_OF.minusYears(3))) {
            String category = category(d);
            Assoc leaf = pickLeaf(d.pref);
            Fac f = workplace(leaf, d, category);
            LocalDate join = rnd.nextInt(100) < 10 ? null : between(d.registration, AS_OF.minusYears(2));
            LocalDate leave = between(join == null ? d.registration.plusYears(1) : join.plusMonths(6), AS_OF.minusDays(1));
            boolean jma = rnd.nextInt(100) < 60;
            boolean viaWithdrawal = rnd.nextInt(100) < 30;
            long appId = viaWithdrawal ? nextApplication++ : 0;
            List<Object[]> lines = new ArrayList<>();
            for (Assoc a : leaf.chain()) {
                if (a.tier == 1 && !jma) {
                    continue;
                }
                long m = membershipRow(d, a, f, category, "WITHDRAWN", join, leave, null, null);
                membershipEvent(m, "LEFT", viaWithdrawal ? "WITHDRAWAL" : "RECORD", leave, category, null, f.name, null,
                        viaWithdrawal ? appId : null, staff(a));
                lines.add(new Object[]{a, "LEAVE"});
            }
            if (viaWithdrawal) {
                approvedApplication(appId, "WITHDRAWAL", d, f, null, leave, category, lines);
            }
        } else if (draw >= 990) {
            openAdmission(d);
        }
    }

    private Fac workplace(Assoc leaf, Doc d, String category) throws IOException {
        boolean owner = category.equals("A1") && rnd.nextInt(100) < 75;
        if (owner) {
            return clinic(leaf, d);
        }
        if (!leaf.clinics.isEmpty() && rnd.nextInt(100) < 20) {
            return leaf.clinics.get(rnd.nextInt(leaf.clinics.size()));
        }
        return leaf.hospitals.get(rnd.nextInt(leaf.hospitals.size()));
    }

    /**
     * A membership row and its JOINED event ({@code joinCause} null: no JOINED event is wanted
     * because the caller writes the history itself — never the case for a join; kept for LEFT-only
     * rows whose join is recorded as RECORD below).
     */
    private long membershipRow(Doc d, Assoc a, Fac f, String category, String status, LocalDate join, LocalDate leave,
                               String joinCause, Long applicationId) throws IOException {
        long id = nextMembership++;
        sink.row(Table.MEMBERSHIP, id, d.id, a.id, f.id, category, status, join, leave);
        membershipEvent(id, "JOINED", joinCause == null ? "RECORD" : joinCause, join, null, category, null, f.name,
                applicationId, applicationId == null ? null : staff(a));
        return id;
    }

    private void membershipEvent(long membershipId, String kind, String cause, LocalDate effective, String catBefore,
                                 String catAfter, String facBefore, String facAfter, Long applicationId, String actor)
            throws IOException {
        sink.row(Table.MEMBERSHIP_EVENT, nextMembershipEvent++, membershipId, kind, cause, effective, catBefore, catAfter,
                facBefore, facAfter, applicationId, actor, RECORDED_AT);
    }

    // ---- applications

    private static String staff(Assoc a) {
        return "s" + a.code + ".op";
    }

    private static String actor(Doc d) {
        return "d" + d.number;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.ofHours(9));
    }

    /** An application every association approved, bottom-up, in the days before it took effect. */
    private void approvedApplication(long id, String type, Doc d, Fac facility, Fac source, LocalDate effective,
                                     String category, List<Object[]> lines) throws IOException {
        LocalDate filed = effective.minusDays(10 + rnd.nextInt(30));
        if (filed.isBefore(d.registration)) {
            filed = d.registration;
        }
        Instant submitted = at(filed, 9);
        Instant finished = at(filed.plusDays(lines.size()), 16);
        sink.row(Table.APPLICATION, id, type, d.id, facility.id, source == null ? null : source.id, "APPROVED", effective,
                "gen-" + id, submitted, submitted, finished);
        appEvent(id, "SUBMITTED", submitted, actor(d), null, null);
        for (int i = 0; i < lines.size(); i++) {
            Assoc a = (Assoc) lines.get(i)[0];
            Instant decided = at(filed.plusDays(i + 1), 11);
            line(id, a, i, (String) lines.get(i)[1], category, "APPROVED", staff(a), decided, null);
            appEvent(id, "APPROVED", decided, staff(a), a.id, null);
        }
    }

    private static final String[] OPEN_STATUSES = {"IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "RETURNED",
            "REJECTED", "REJECTED", "CANCELLED", "DRAFT"};

    /**
     * An admission of a doctor who belongs nowhere yet, in some state of its review: lines below
     * the current one approved (their memberships then exist, as an admission's approval makes them
     * at once), the current one pending, returned or rejected.
     */
    private void openAdmission(Doc d) throws IOException {
        String status = OPEN_STATUSES[rnd.nextInt(OPEN_STATUSES.length)];
        String category = category(d);
        Assoc leaf = d.home;
        Fac f = workplace(leaf, d, category);
        List<Assoc> chain = leaf.chain();
        LocalDate filed = AS_OF.minusDays(1 + rnd.nextInt(60));
        LocalDate startDate = filed.plusDays(20);
        int approved = status.equals("DRAFT") || status.equals("CANCELLED") ? 0 : rnd.nextInt(chain.size());
        long id = nextApplication++;
        Instant created = at(filed, 9);
        boolean finished = status.equals("REJECTED") || status.equals("CANCELLED");
        Instant end = finished ? at(filed.plusDays(approved + 1), 15) : null;
        sink.row(Table.APPLICATION, id, "ADMISSION", d.id, f.id, null, status, startDate, "gen-" + id, created,
                status.equals("DRAFT") ? null : created, end);
        if (!status.equals("DRAFT")) {
            appEvent(id, "SUBMITTED", created, actor(d), null, null);
        }
        for (int i = 0; i < chain.size(); i++) {
            Assoc a = chain.get(i);
            Instant decided = at(filed.plusDays(i + 1), 11);
            if (i < approved) {
                line(id, a, i, "JOIN", category, "APPROVED", staff(a), decided, null);
                appEvent(id, "APPROVED", decided, staff(a), a.id, null);
                membershipRow(d, a, f, category, "ACTIVE", startDate, null, "ADMISSION", id);
            } else if (i == approved && status.equals("REJECTED")) {
                String reason = "入会資格を確認できませんでした。";
                line(id, a, i, "JOIN", category, "REJECTED", staff(a), decided, reason);
                appEvent(id, "REJECTED", decided, staff(a), a.id, reason);
            } else if (status.equals("REJECTED") || status.equals("CANCELLED")) {
                line(id, a, i, "JOIN", category, "CLOSED", status.equals("CANCELLED") ? actor(d) : staff(chain.get(approved)),
                        end, null);
            } else {
                line(id, a, i, "JOIN", category, "PENDING", null, null, null);
                if (i == approved && status.equals("RETURNED")) {
                    appEvent(id, "RETURNED", decided, staff(a), a.id, "医師免許証の写しを添付してください。");
                }
            }
        }
        if (status.equals("CANCELLED")) {
            appEvent(id, "CANCELLED", end, actor(d), null, null);
        }
    }

    /** A withdrawal of a whole chain, filed and not yet confirmed by anyone. */
    private void openWithdrawal(Doc d, Assoc leaf, Fac f, String category, int top) throws IOException {
        long id = nextApplication++;
        LocalDate filed = AS_OF.minusDays(1 + rnd.nextInt(30));
        Instant created = at(filed, 10);
        sink.row(Table.APPLICATION, id, "WITHDRAWAL", d.id, f.id, null, "IN_REVIEW", AS_OF.plusDays(30), "gen-" + id,
                created, created, null);
        appEvent(id, "SUBMITTED", created, actor(d), null, null);
        int position = 0;
        for (Assoc a : leaf.chain()) {
            if (a.tier >= top) {
                line(id, a, position++, "LEAVE", category, "PENDING", null, null, null);
            }
        }
    }

    private void line(long applicationId, Assoc a, int position, String kind, String category, String status,
                      String decidedBy, Instant decidedAt, String reason) throws IOException {
        sink.row(Table.APPLICATION_LINE, nextLine++, applicationId, a.id, position, kind, category, status, decidedBy,
                decidedAt, reason);
    }

    private void appEvent(long applicationId, String kind, Instant at, String actor, Long associationId, String reason)
            throws IOException {
        sink.row(Table.APPLICATION_EVENT, nextAppEvent++, applicationId, kind, at, actor, associationId, reason);
    }

    // ---- random helpers

    private Assoc pickLeaf(int pref) {
        return leavesByPref.get(pref).get(pickIndex(leafWeightsByPref.get(pref)));
    }

    private Assoc pickLeafOutside(int pref) {
        int other;
        do {
            other = pickIndex(prefWeights);
        } while (other == pref);
        return pickLeaf(other);
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(rnd.nextLong(days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private String[] pick(String[][] list) {
        return list[rnd.nextInt(list.length)];
    }

    private int pickIndex(double[] cumulative) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i < 0 ? -i - 1 : i + 1;
        return Math.min(i, cumulative.length - 1);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    /** Cumulative weights 1/(rank+3): the most frequent names much more frequent than the rest. */
    private static double[] zipf(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / (i + 3);
        }
        return cumulative(w);
    }
}
