package jp.mamis.domain.transfer;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.application.LineKind;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.rules.AssociationRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("TransferPlan: leave, join or continue per association")
class TransferPlanTest {

    private static final LocalDate JMA_JOINED = LocalDate.of(2015, 4, 1);

    private TestChains t;
    private Doctor doctor;
    private final Map<Association, AssociationRules> stored = new HashMap<>();
    private final Function<Association, AssociationRules> rules = a -> stored.computeIfAbsent(a, AssociationRules::defaults);

    @BeforeEach
    void setUp() {
        t = new TestChains();
        doctor = TestDoctors.doctor();
        doctor.join(t.minato, t.saiseikai, A2_B, LocalDate.of(2012, 4, 1));
        doctor.join(t.tokyo, t.saiseikai, A2_B, LocalDate.of(2012, 4, 1));
        doctor.join(t.jma, t.saiseikai, A2_B, JMA_JOINED);
    }

    private static Map<Association, MemberCategory> select(Object... pairs) {
        Map<Association, MemberCategory> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Association) pairs[i], (MemberCategory) pairs[i + 1]);
        }
        return m;
    }

    private TransferPlan plan(Association lowest, Map<Association, MemberCategory> selection) {
        return TransferPlan.of(doctor, t.saiseikai, t.yokohamaGeneral, lowest, selection, rules, Set.of());
    }

    private static String steps(TransferPlan p) {
        StringBuilder sb = new StringBuilder();
        p.steps().forEach(s -> sb.append(s.kind()).append(' ').append(s.association().getName()).append(' ')
                .append(s.category().label()).append('\n'));
        return sb.toString();
    }

    @Test
    @DisplayName("across prefectures (the seed's move): the Tokyo chain leaves, the Yokohama chain joins, JMA continues")
    void acrossPrefectures() {
        TransferPlan p = plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B, t.kanagawa, A2_B, t.jma, A2_B));
        assertEquals("""
                LEAVE 港区医師会 A2(B)
                LEAVE 東京都医師会 A2(B)
                JOIN 横浜市中区医師会 A2(B)
                JOIN 横浜市医師会 A2(B)
                JOIN 神奈川県医師会 A2(B)
                CONTINUE 日本医師会 A2(B)
                """, steps(p));
        TransferPlan.Step jma = p.steps().get(5);
        assertSame(doctor.findNationalMembership().orElseThrow(), jma.source());
        assertNull(p.steps().get(2).source());
    }

    @Test
    @DisplayName("inside a prefecture: the prefecture and JMA continue, only the city changes")
    void insidePrefecture() {
        Doctor d = TestDoctors.doctor();
        d.join(t.aoba, t.yokohamaGeneral, A1, null);
        d.join(t.yokohama, t.yokohamaGeneral, A1, null);
        d.join(t.kanagawa, t.yokohamaGeneral, A1, null);
        d.join(t.jma, t.yokohamaGeneral, A1, JMA_JOINED);
        TransferPlan p = TransferPlan.of(d, t.yokohamaGeneral, t.kawasakiClinic, t.kawasaki,
                select(t.kawasaki, A1, t.kanagawa, A1, t.jma, A2_B), rules, Set.of());
        assertEquals("""
                LEAVE 横浜市青葉区医師会 A1
                LEAVE 横浜市医師会 A1
                JOIN 川崎市医師会 A1
                CONTINUE 神奈川県医師会 A1
                CONTINUE 日本医師会 A2(B)
                """, steps(p));
    }

    @Test
    @DisplayName("a destination that stops lower leaves the upper tiers of the source")
    void stoppingLowerLeavesTheRest() {
        TransferPlan p = plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B));
        assertEquals("""
                LEAVE 港区医師会 A2(B)
                LEAVE 東京都医師会 A2(B)
                LEAVE 日本医師会 A2(B)
                JOIN 横浜市中区医師会 A2(B)
                JOIN 横浜市医師会 A2(B)
                """, steps(p));
    }

    @Test
    @DisplayName("a second chain held elsewhere is untouched and its associations cannot be joined again")
    void secondChainElsewhere() {
        doctor.join(t.sapporo, t.sapporoHospital, A2_B, null);
        doctor.join(t.hokkaido, t.sapporoHospital, A2_B, null);
        TransferPlan p = plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B, t.kanagawa, A2_B, t.jma, A2_B));
        assertEquals(6, p.steps().size());
        assertEquals(3, p.sourceGroup().size(), "only the memberships through the source facility");
        p.steps().forEach(s -> assertEquals(false, Set.of(t.sapporo, t.hokkaido).contains(s.association())));

        // moving the Sapporo chain: JMA is held through the Tokyo chain, so it cannot be joined through the new one
        MamisException e = assertThrows(MamisException.class, () -> TransferPlan.of(doctor, t.sapporoHospital,
                t.kawasakiClinic, t.kawasaki, select(t.kawasaki, A2_B, t.kanagawa, A2_B, t.jma, A2_B), rules, Set.of()));
        assertEquals("admission.refusal.nationalOnce", e.getKey());
        TransferPlan ok = TransferPlan.of(doctor, t.sapporoHospital, t.kawasakiClinic, t.kawasaki,
                select(t.kawasaki, A2_B, t.kanagawa, A2_B), rules, Set.of());
        assertEquals(List.of(LineKind.LEAVE, LineKind.LEAVE, LineKind.JOIN, LineKind.JOIN),
                ok.steps().stream().map(TransferPlan.Step::kind).toList());
    }

    @Test
    @DisplayName("the destination's rules apply: admission scope")
    void destinationScope() {
        rules.apply(t.yokohama).change(new AssociationRules.Settings(Tier.NATIONAL, true, EnumSet.allOf(MemberCategory.class), Map.of()));
        MamisException e = assertThrows(MamisException.class, () -> plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B)));
        assertEquals("admission.scopeRequires", e.getKey());
        // JMA continuing counts as asked for: the scope is met
        plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B, t.kanagawa, A2_B, t.jma, A2_B));
    }

    @Test
    @DisplayName("the destination's rules apply: no multiple membership, the source not counting against it")
    void destinationMultipleMembership() {
        rules.apply(t.yokohama).change(new AssociationRules.Settings(null, false, EnumSet.allOf(MemberCategory.class), Map.of()));
        // 港区 (tier 3) is being left, so 横浜市 (tier 3) accepts the move
        plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B));
        // but a tier-3 membership kept elsewhere blocks it
        doctor.join(t.sapporo, t.sapporoHospital, A2_B, null);
        MamisException e = assertThrows(MamisException.class, () -> plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B)));
        assertEquals("admission.refusal.multipleNotAllowed", e.getKey());
    }

    @Test
    @DisplayName("upper without lower, categories not offered and an empty source are refused")
    void refusals() {
        assertEquals("admission.lowerRequired", assertThrows(MamisException.class,
                () -> plan(t.naka, select(t.naka, A2_B, t.kanagawa, A2_B))).getKey());
        rules.apply(t.kanagawa).change(new AssociationRules.Settings(null, true, EnumSet.of(A1), Map.of()));
        assertEquals("admission.category.notOffered", assertThrows(MamisException.class,
                () -> plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B, t.kanagawa, A2_B))).getKey());
        assertEquals("transfer.source.invalid", assertThrows(MamisException.class,
                () -> TransferPlan.of(doctor, t.kawasakiClinic, t.yokohamaGeneral, t.naka, select(t.naka, A1), rules, Set.of())).getKey());
    }

    @Test
    @DisplayName("the eligibility offered on screen treats the source group as gone")
    void eligibility() {
        var options = TransferPlan.eligibility(doctor, t.saiseikai, t.yokohamaGeneral, t.naka, rules, Set.of()).options();
        assertEquals(4, options.size());
        options.forEach(o -> assertEquals(true, o.selectable(), o.association().getName()));
    }

    @Test
    @DisplayName("the move as a whole: leaves end, joins start on the date, JMA keeps its join date and history")
    void moveTakesEffect() {
        TransferPlan p = plan(t.naka, select(t.naka, A2_B, t.yokohama, A2_B, t.kanagawa, A2_B, t.jma, A1));
        LocalDate on = LocalDate.of(2025, 6, 1);
        var origin = new jp.mamis.domain.membership.Origin(jp.mamis.domain.membership.Origin.Cause.TRANSFER, 1L, "s00.op",
                java.time.Instant.parse("2025-05-20T00:00:00Z"));
        List<Membership> leaving = p.steps().stream().filter(s -> s.kind() == LineKind.LEAVE).map(TransferPlan.Step::source).toList();
        Map<Membership, MemberCategory> continuing = new LinkedHashMap<>();
        List<Map.Entry<Association, MemberCategory>> joining = new java.util.ArrayList<>();
        p.steps().forEach(s -> {
            if (s.kind() == LineKind.CONTINUE) {
                continuing.put(s.source(), s.category());
            } else if (s.kind() == LineKind.JOIN) {
                joining.add(Map.entry(s.association(), s.category()));
            }
        });
        List<Membership> created = doctor.move(leaving, continuing, t.yokohamaGeneral, joining, on, origin);
        assertEquals(3, created.size());
        created.forEach(m -> assertEquals(on, m.findJoinDate().orElseThrow()));
        leaving.forEach(m -> assertEquals(on, m.findLeaveDate().orElseThrow()));
        Membership jma = doctor.findNationalMembership().orElseThrow();
        assertEquals(JMA_JOINED, jma.findJoinDate().orElseThrow());
        assertSame(t.yokohamaGeneral, jma.getFacility());
        assertEquals(A1, jma.getCategory());
        assertEquals(List.of("JOINED", "FACILITY_CHANGED", "CATEGORY_CHANGED"),
                jma.getEvents().stream().map(e -> e.getKind().name()).toList());
        assertEquals(List.of(t.naka, t.yokohama, t.kanagawa, t.jma),
                doctor.currentThrough(t.yokohamaGeneral).stream().map(Membership::getAssociation).toList());
        assertEquals(List.of(), doctor.currentThrough(t.saiseikai));
    }

    @Test
    @DisplayName("a move that would leave an upper tier without its lower one changes nothing")
    void brokenChainRefused() {
        Membership minato = doctor.currentThrough(t.saiseikai).get(0);
        var origin = jp.mamis.domain.membership.Origin.record(java.time.Instant.parse("2025-05-20T00:00:00Z"));
        assertThrows(MamisException.class, () -> doctor.leave(List.of(minato), LocalDate.of(2025, 6, 1), origin));
    }
}
