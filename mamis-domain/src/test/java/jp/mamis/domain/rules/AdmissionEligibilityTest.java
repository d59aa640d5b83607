package jp.mamis.domain.rules;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.rules.AdmissionEligibility.Option;
import jp.mamis.domain.rules.AdmissionEligibility.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static jp.mamis.domain.membership.MemberCategory.A2_C;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AdmissionEligibility}: which associations of a chain a doctor may choose in the admission
 * wizard, and the server-side check of a selection. Entities are plain objects (no ids), so
 * equality is identity, as in one persistence context.
 */
@DisplayName("AdmissionEligibility: options and check of an admission selection")
class AdmissionEligibilityTest {

    private static final LocalDate JOIN = LocalDate.of(2020, 4, 1);

    private Association jma;
    private Association kanagawa;
    private Association yokohama;
    private Association aoba;
    private Association naka;
    private Association kawasaki;
    private Association hokkaido;
    private Association sapporo;

    private Facility aobaClinic;
    private Facility nakaHospital;
    private Facility kawasakiClinic;
    private Facility sapporoHospital;

    private Map<Association, AssociationRules> stored;
    private Doctor doctor;

    @BeforeEach
    void setUp() {
        jma = Association.national("00", "日本医師会");
        kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
        yokohama = Association.under(kanagawa, "14100", "横浜市医師会", null);
        aoba = Association.under(yokohama, "1410001", "横浜市青葉区医師会", null);
        naka = Association.under(yokohama, "1410002", "横浜市中区医師会", null);
        kawasaki = Association.under(kanagawa, "14130", "川崎市医師会", null);
        hokkaido = Association.under(jma, "01", "北海道医師会", "01");
        sapporo = Association.under(hokkaido, "01100", "札幌市医師会", null);

        aobaClinic = new Facility("青葉台クリニック", "14");
        nakaHospital = new Facility("横浜市立みなと赤十字病院", "14");
        kawasakiClinic = new Facility("川崎駅前クリニック", "14");
        sapporoHospital = new Facility("市立札幌病院", "01");

        stored = new HashMap<>();
        doctor = TestDoctors.doctor();
    }

    /** The rules lookup the service gives: the stored rules, or the defaults. */
    private AssociationRules rulesOf(Association a) {
        return stored.computeIfAbsent(a, AssociationRules::defaults);
    }

    private void setRules(Association a, Tier scope, boolean multiple, Set<MemberCategory> categories) {
        rulesOf(a).change(new AssociationRules.Settings(scope, multiple, categories, Map.of()));
    }

    private void setScope(Association a, Tier scope) {
        setRules(a, scope, true, EnumSet.allOf(MemberCategory.class));
    }

    private AdmissionEligibility eligibility(Facility facility, Association lowest) {
        return new AdmissionEligibility(doctor, facility, lowest, this::rulesOf);
    }

    private static Option option(AdmissionEligibility e, Association a) {
        return e.options().stream().filter(o -> o.association() == a).findFirst().orElseThrow();
    }

    /** A selection in the given order; values may be null (HashMap-like). */
    private static Map<Association, MemberCategory> select(Object... pairs) {
        Map<Association, MemberCategory> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Association) pairs[i], (MemberCategory) pairs[i + 1]);
        }
        return m;
    }

    private static MamisException refused(String key, String field, Executable check) {
        MamisException e = assertThrows(MamisException.class, check);
        assertEquals(key, e.getKey());
        assertEquals(field, e.findField().orElse(null));
        return e;
    }

    private void joinYokohamaChainAt(Association ward, Facility f) {
        doctor.join(ward, f, A1, JOIN);
        doctor.join(yokohama, f, A1, JOIN);
        doctor.join(kanagawa, f, A1, JOIN);
        doctor.join(jma, f, A1, JOIN);
    }

    private void joinSapporoChainToJma() {
        doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
        doctor.join(hokkaido, sapporoHospital, A2_B, JOIN);
        doctor.join(jma, sapporoHospital, A2_B, JOIN);
    }

    @Nested
    @DisplayName("constructing: the lowest association of a chain")
    class Construct {

        @Test
        @DisplayName("a subdivided association (横浜市, which has wards) is refused with admission.chooseSubdivision")
        void subdivided() {
            MamisException e = refused("admission.chooseSubdivision", "association", () -> eligibility(aobaClinic, yokohama));
            assertArrayEquals(new Object[] {"横浜市医師会"}, e.getArgs());
        }

        @Test
        @DisplayName("a prefecture with city associations is refused too")
        void subdividedPrefecture() {
            refused("admission.chooseSubdivision", "association", () -> eligibility(aobaClinic, kanagawa));
        }

        @Test
        @DisplayName("the chain is the path from the lowest association up to JMA")
        void chains() {
            assertEquals(List.of(aoba, yokohama, kanagawa, jma), eligibility(aobaClinic, aoba).chain());
            assertEquals(List.of(kawasaki, kanagawa, jma), eligibility(kawasakiClinic, kawasaki).chain());
            assertEquals(List.of(sapporo, hokkaido, jma), eligibility(sapporoHospital, sapporo).chain());
        }

        @Test
        @DisplayName("doctor, facility, association and rules are required")
        void required() {
            assertThrows(NullPointerException.class, () -> new AdmissionEligibility(null, aobaClinic, aoba, AdmissionEligibilityTest.this::rulesOf));
            assertThrows(NullPointerException.class, () -> new AdmissionEligibility(doctor, null, aoba, AdmissionEligibilityTest.this::rulesOf));
            assertThrows(NullPointerException.class, () -> new AdmissionEligibility(doctor, aobaClinic, null, AdmissionEligibilityTest.this::rulesOf));
            assertThrows(NullPointerException.class, () -> new AdmissionEligibility(doctor, aobaClinic, aoba, null));
        }
    }

    @Nested
    @DisplayName("options(): what the wizard offers")
    class Options {

        @Test
        @DisplayName("a new doctor may choose every association of the chain, lowest first")
        void newDoctor() {
            List<Option> options = eligibility(aobaClinic, aoba).options();
            assertEquals(List.of(aoba, yokohama, kanagawa, jma), options.stream().map(Option::association).toList());
            for (Option o : options) {
                assertFalse(o.held(), o.association().getName());
                assertTrue(o.refusal().isEmpty(), o.association().getName());
                assertTrue(o.requiredBy().isEmpty(), o.association().getName());
                assertTrue(o.selectable(), o.association().getName());
                assertSame(rulesOf(o.association()), o.rules(), "the option carries the association's rules");
            }
        }

        @Test
        @DisplayName("memberships under the same facility are shown held, not selectable, with no refusal")
        void heldHere() {
            doctor.join(aoba, aobaClinic, A1, JOIN);
            doctor.join(yokohama, aobaClinic, A1, JOIN);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);

            assertTrue(option(e, aoba).held());
            assertTrue(option(e, yokohama).held());
            assertTrue(option(e, aoba).refusal().isEmpty());
            assertTrue(option(e, yokohama).refusal().isEmpty());
            assertFalse(option(e, aoba).selectable());
            assertFalse(option(e, yokohama).selectable());

            assertFalse(option(e, kanagawa).held());
            assertTrue(option(e, kanagawa).selectable());
            assertTrue(option(e, jma).selectable());
        }

        @Test
        @DisplayName("JMA held under the same facility is shown held, not refused as NATIONAL_ONCE")
        void jmaHeldHere() {
            joinYokohamaChainAt(aoba, aobaClinic);
            Option national = option(eligibility(aobaClinic, aoba), jma);
            assertTrue(national.held());
            assertTrue(national.refusal().isEmpty());
            assertFalse(national.selectable());
        }

        @Test
        @DisplayName("JMA is refused with NATIONAL_ONCE when the doctor is a JMA member through another chain")
        void nationalOnce() {
            joinSapporoChainToJma();
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            Option national = option(e, jma);
            assertFalse(national.held());
            assertEquals(Optional.of(Refusal.NATIONAL_ONCE), national.refusal());
            assertFalse(national.selectable());
            assertEquals("admission.refusal.nationalOnce", Refusal.NATIONAL_ONCE.key());
            assertTrue(option(e, aoba).selectable());
            assertTrue(option(e, yokohama).selectable());
            assertTrue(option(e, kanagawa).selectable());
        }

        @Test
        @DisplayName("an association the doctor belongs to through another facility is refused with ALREADY_MEMBER")
        void alreadyMember() {
            joinYokohamaChainAt(naka, nakaHospital);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);

            assertTrue(option(e, aoba).selectable(), "青葉区 is another ward: allowed by default rules");
            assertEquals(Optional.of(Refusal.ALREADY_MEMBER), option(e, yokohama).refusal());
            assertEquals(Optional.of(Refusal.ALREADY_MEMBER), option(e, kanagawa).refusal());
            assertFalse(option(e, yokohama).held(), "held only counts under the same facility");
            assertEquals(Optional.of(Refusal.NATIONAL_ONCE), option(e, jma).refusal(),
                    "JMA is refused as national-once, which comes before already-member");
            assertEquals("admission.refusal.alreadyMember", Refusal.ALREADY_MEMBER.key());
        }

        @Test
        @DisplayName("the same association under another facility of the same chain is ALREADY_MEMBER")
        void sameChainOtherFacility() {
            doctor.join(aoba, nakaHospital, A1, JOIN);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertEquals(Optional.of(Refusal.ALREADY_MEMBER), option(e, aoba).refusal());
            assertFalse(option(e, aoba).held());
        }

        @Test
        @DisplayName("MULTIPLE_NOT_ALLOWED when the association forbids it and the doctor belongs to another of the same tier")
        void multipleNotAllowed() {
            doctor.join(naka, nakaHospital, A1, JOIN);
            setRules(aoba, null, false, EnumSet.allOf(MemberCategory.class));

            Option ward = option(eligibility(aobaClinic, aoba), aoba);
            assertEquals(Optional.of(Refusal.MULTIPLE_NOT_ALLOWED), ward.refusal());
            assertFalse(ward.selectable());
            assertEquals("admission.refusal.multipleNotAllowed", Refusal.MULTIPLE_NOT_ALLOWED.key());
        }

        @Test
        @DisplayName("the same situation with multiple membership allowed is selectable")
        void multipleAllowed() {
            doctor.join(naka, nakaHospital, A1, JOIN);
            setRules(aoba, null, true, EnumSet.allOf(MemberCategory.class));
            assertTrue(option(eligibility(aobaClinic, aoba), aoba).selectable());
        }

        @Test
        @DisplayName("MULTIPLE_NOT_ALLOWED at tier 3: 川崎市 forbids, the doctor belongs to 札幌市")
        void multipleTier3() {
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            setRules(kawasaki, null, false, EnumSet.allOf(MemberCategory.class));
            AdmissionEligibility e = eligibility(kawasakiClinic, kawasaki);
            assertEquals(Optional.of(Refusal.MULTIPLE_NOT_ALLOWED), option(e, kawasaki).refusal());
            assertEquals(Optional.of(Refusal.LOWER_UNAVAILABLE), option(e, kanagawa).refusal(),
                    "神奈川県 would be open (no other prefecture), but not without 川崎市 below it");
            assertEquals(Optional.of(Refusal.LOWER_UNAVAILABLE), option(e, jma).refusal());
        }

        @Test
        @DisplayName("an association applied for in another filed application counts for the multiple-membership rule")
        void pendingApplicationCountsAsMembership() {
            setRules(kawasaki, null, false, EnumSet.allOf(MemberCategory.class));
            AdmissionEligibility e = new AdmissionEligibility(doctor, kawasakiClinic, kawasaki, a -> rulesOf(a), Set.of(sapporo));
            assertEquals(Optional.of(Refusal.MULTIPLE_NOT_ALLOWED), option(e, kawasaki).refusal());
            assertTrue(option(eligibility(kawasakiClinic, kawasaki), kawasaki).selectable(), "without the pending one it is open");
        }

        @Test
        @DisplayName("checkStillAdmissible refuses at approval what the rules no longer allow")
        void stillAdmissible() {
            setRules(kawasaki, null, false, EnumSet.allOf(MemberCategory.class));
            assertDoesNotThrow(() -> AdmissionEligibility.checkStillAdmissible(doctor, kawasaki, rulesOf(kawasaki)));
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            MamisException ex = assertThrows(MamisException.class,
                    () -> AdmissionEligibility.checkStillAdmissible(doctor, kawasaki, rulesOf(kawasaki)));
            assertEquals("admission.refusal.multipleNotAllowed", ex.getKey());
        }

        @Test
        @DisplayName("forbidding multiple membership only looks at the same tier")
        void multipleOtherTierIgnored() {
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            setRules(kanagawa, null, false, EnumSet.allOf(MemberCategory.class));
            setRules(aoba, null, false, EnumSet.allOf(MemberCategory.class));
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertTrue(option(e, aoba).selectable(), "札幌市 is tier 3, 青葉区 tier 4");
            assertTrue(option(e, kanagawa).selectable(), "the doctor is in no other prefecture");

            doctor.join(hokkaido, sapporoHospital, A2_B, JOIN);
            assertEquals(Optional.of(Refusal.MULTIPLE_NOT_ALLOWED), option(eligibility(aobaClinic, aoba), kanagawa).refusal());
        }

        @Test
        @DisplayName("requiredBy names the association whose admission scope reaches the option")
        void requiredBy() {
            setScope(yokohama, Tier.NATIONAL);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertTrue(option(e, aoba).requiredBy().isEmpty());
            assertTrue(option(e, yokohama).requiredBy().isEmpty(), "青葉区 has no scope");
            assertEquals(Optional.of(yokohama), option(e, kanagawa).requiredBy());
            assertEquals(Optional.of(yokohama), option(e, jma).requiredBy());
        }

        @Test
        @DisplayName("requiredBy names the lowest association whose scope reaches, and only as far as it reaches")
        void requiredByLowest() {
            setScope(aoba, Tier.PREFECTURAL);
            setScope(yokohama, Tier.NATIONAL);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertTrue(option(e, aoba).requiredBy().isEmpty());
            assertEquals(Optional.of(aoba), option(e, yokohama).requiredBy());
            assertEquals(Optional.of(aoba), option(e, kanagawa).requiredBy());
            assertEquals(Optional.of(yokohama), option(e, jma).requiredBy(), "青葉区's scope stops at the prefecture");
        }

        @Test
        @DisplayName("a scope equal to the own tier requires nothing above")
        void ownTierScope() {
            setScope(yokohama, Tier.MUNICIPAL);
            for (Option o : eligibility(aobaClinic, aoba).options()) {
                assertTrue(o.requiredBy().isEmpty(), o.association().getName());
            }
        }
    }

    @Nested
    @DisplayName("check(): the server-side refusal of a selection")
    class Check {

        @Test
        @DisplayName("the full chain for a new doctor passes; so does stopping at any tier")
        void valid() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertDoesNotThrow(() -> e.check(select(aoba, A1, yokohama, A1, kanagawa, A1, jma, A1)));
            assertDoesNotThrow(() -> e.check(select(aoba, A2_B)));
            assertDoesNotThrow(() -> e.check(select(aoba, A1, yokohama, A2_B)));
            assertDoesNotThrow(() -> e.check(select(jma, A1, kanagawa, A1, yokohama, A1, aoba, A1)),
                    "the order of the selection does not matter");
            assertTrue(doctor.getMemberships().isEmpty(), "check() changes nothing");
        }

        @Test
        @DisplayName("an empty or missing selection is refused with admission.nothingSelected")
        void empty() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            refused("admission.nothingSelected", "associations", () -> e.check(Map.of()));
            refused("admission.nothingSelected", "associations", () -> e.check(null));
        }

        @Test
        @DisplayName("an association outside the chain is refused with admission.notInChain")
        void notInChain() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.notInChain", "associations",
                    () -> e.check(select(aoba, A1, sapporo, A1)));
            assertArrayEquals(new Object[] {"札幌市医師会"}, ex.getArgs());
            refused("admission.notInChain", "associations", () -> e.check(select(aoba, A1, naka, A1)));
            refused("admission.notInChain", "associations", () -> e.check(select(hokkaido, A1)));
        }

        @Test
        @DisplayName("an upper tier without the lower one is refused with admission.lowerRequired (神奈川県 alone)")
        void upperWithoutLower() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.lowerRequired", "associations", () -> e.check(select(kanagawa, A1)));
            assertArrayEquals(new Object[] {"神奈川県医師会", "横浜市医師会"}, ex.getArgs());
        }

        @Test
        @DisplayName("a gap in the chain is refused: 青葉区 + 神奈川県 without 横浜市")
        void gap() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.lowerRequired", "associations",
                    () -> e.check(select(aoba, A1, kanagawa, A1)));
            assertArrayEquals(new Object[] {"神奈川県医師会", "横浜市医師会"}, ex.getArgs());
            refused("admission.lowerRequired", "associations", () -> e.check(select(aoba, A1, yokohama, A1, jma, A1)));
            refused("admission.lowerRequired", "associations", () -> e.check(select(yokohama, A1)));
        }

        @Test
        @DisplayName("the upper one alone is allowed when the lower one is already held under the same facility")
        void lowerHeldHere() {
            doctor.join(aoba, aobaClinic, A1, JOIN);
            doctor.join(yokohama, aobaClinic, A1, JOIN);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertDoesNotThrow(() -> e.check(select(kanagawa, A1)));
            assertDoesNotThrow(() -> e.check(select(kanagawa, A1, jma, A1)));
            refused("admission.lowerRequired", "associations", () -> e.check(select(jma, A1)));
        }

        @Test
        @DisplayName("a lower one held under another facility does not count")
        void lowerHeldElsewhere() {
            doctor.join(aoba, aobaClinic, A1, JOIN);
            AdmissionEligibility e = eligibility(nakaHospital, naka);
            refused("admission.lowerRequired", "associations", () -> e.check(select(yokohama, A1)));
        }

        @Test
        @DisplayName("selecting an association already held here is refused as already-member")
        void heldSelected() {
            doctor.join(aoba, aobaClinic, A1, JOIN);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.refusal.alreadyMember", "associations",
                    () -> e.check(select(aoba, A1, yokohama, A1)));
            assertArrayEquals(new Object[] {"横浜市青葉区医師会"}, ex.getArgs());
        }

        @Test
        @DisplayName("a refused association in the selection is refused with its refusal key")
        void refusedOption() {
            joinSapporoChainToJma();
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused(Refusal.NATIONAL_ONCE.key(), "associations",
                    () -> e.check(select(aoba, A1, yokohama, A1, kanagawa, A1, jma, A1)));
            assertArrayEquals(new Object[] {"日本医師会"}, ex.getArgs());
        }

        @Test
        @DisplayName("ALREADY_MEMBER and MULTIPLE_NOT_ALLOWED are refused with their keys")
        void otherRefusals() {
            doctor.join(naka, nakaHospital, A1, JOIN);
            doctor.join(yokohama, nakaHospital, A1, JOIN);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused(Refusal.ALREADY_MEMBER.key(), "associations",
                    () -> e.check(select(aoba, A1, yokohama, A1)));
            assertArrayEquals(new Object[] {"横浜市医師会"}, ex.getArgs());
            assertDoesNotThrow(() -> e.check(select(aoba, A1)));

            setRules(aoba, null, false, EnumSet.allOf(MemberCategory.class));
            AdmissionEligibility strict = eligibility(aobaClinic, aoba);
            refused(Refusal.MULTIPLE_NOT_ALLOWED.key(), "associations", () -> strict.check(select(aoba, A1)));
        }

        @Test
        @DisplayName("a category the association does not offer is refused with admission.category.notOffered")
        void categoryNotOffered() {
            setRules(yokohama, null, true, EnumSet.of(A1));
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.category.notOffered", "category",
                    () -> e.check(select(aoba, A2_B, yokohama, A2_B)));
            assertArrayEquals(new Object[] {"横浜市医師会", "A2(B)"}, ex.getArgs());
            assertDoesNotThrow(() -> e.check(select(aoba, A2_B, yokohama, A1)));
            assertDoesNotThrow(() -> e.check(select(aoba, A2_C)), "青葉区 still offers every category");
        }

        @Test
        @DisplayName("a null category is refused with admission.category.required")
        void nullCategory() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            Map<Association, MemberCategory> selection = new HashMap<>();
            selection.put(aoba, A1);
            selection.put(yokohama, null);
            MamisException ex = refused("admission.category.required", "category", () -> e.check(selection));
            assertArrayEquals(new Object[] {"横浜市医師会"}, ex.getArgs());
        }
    }

    @Nested
    @DisplayName("check(): admission scope (入会時は…まで入会)")
    class ScopeCheck {

        @BeforeEach
        void yokohamaUpToJma() {
            setScope(yokohama, Tier.NATIONAL);
        }

        @Test
        @DisplayName("横浜市 with scope NATIONAL: 青葉区 + 横浜市 without 神奈川県/JMA is refused with admission.scopeRequires")
        void refusedBelowScope() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.scopeRequires", "associations",
                    () -> e.check(select(aoba, A1, yokohama, A1)));
            assertArrayEquals(new Object[] {"横浜市医師会", 1, "神奈川県医師会"}, ex.getArgs());

            MamisException upToPref = refused("admission.scopeRequires", "associations",
                    () -> e.check(select(aoba, A1, yokohama, A1, kanagawa, A1)));
            assertArrayEquals(new Object[] {"横浜市医師会", 1, "日本医師会"}, upToPref.getArgs());
        }

        @Test
        @DisplayName("selecting up to JMA passes")
        void upToJma() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertDoesNotThrow(() -> e.check(select(aoba, A1, yokohama, A1, kanagawa, A1, jma, A1)));
        }

        @Test
        @DisplayName("the scope binds only applicants to 横浜市: 青葉区 alone passes")
        void onlyWhenSelected() {
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertDoesNotThrow(() -> e.check(select(aoba, A1)));
        }

        @Test
        @DisplayName("a scope of PREFECTURAL requires 神奈川県 but not JMA")
        void prefecturalScope() {
            setScope(yokohama, Tier.PREFECTURAL);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            refused("admission.scopeRequires", "associations", () -> e.check(select(aoba, A1, yokohama, A1)));
            assertDoesNotThrow(() -> e.check(select(aoba, A1, yokohama, A1, kanagawa, A1)));
        }

        @Test
        @DisplayName("a ward's scope reaches through the city: 青葉区 scope PREFECTURAL refuses 青葉区 alone")
        void wardScope() {
            setScope(yokohama, null);
            setScope(aoba, Tier.PREFECTURAL);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.scopeRequires", "associations", () -> e.check(select(aoba, A1)));
            assertArrayEquals(new Object[] {"横浜市青葉区医師会", 2, "横浜市医師会"}, ex.getArgs());
            assertDoesNotThrow(() -> e.check(select(aoba, A1, yokohama, A1, kanagawa, A1)));
        }

        @Test
        @DisplayName("a JMA member through another chain satisfies the JMA part, but must still join 神奈川県")
        void jmaElsewhere() {
            joinSapporoChainToJma();
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            MamisException ex = refused("admission.scopeRequires", "associations",
                    () -> e.check(select(aoba, A1, yokohama, A1)));
            assertArrayEquals(new Object[] {"横浜市医師会", 1, "神奈川県医師会"}, ex.getArgs());
            assertDoesNotThrow(() -> e.check(select(aoba, A1, yokohama, A1, kanagawa, A1)));
        }

        @Test
        @DisplayName("a prefecture held through another workplace satisfies the scope (it cannot be joined twice)")
        void prefectureHeldThroughAnotherFacility() {
            doctor.join(kawasaki, kawasakiClinic, A1, JOIN);
            doctor.join(kanagawa, kawasakiClinic, A1, JOIN);
            doctor.join(jma, kawasakiClinic, A1, JOIN);
            setScope(yokohama, Tier.NATIONAL);
            AdmissionEligibility e = eligibility(aobaClinic, aoba);
            assertDoesNotThrow(() -> e.check(select(aoba, A1, yokohama, A1)));
        }
    }
}
