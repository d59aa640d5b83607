package jp.mamis.domain.doctor;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The membership rules of {@link Doctor#join}. Entities have no ids outside JPA, so equality is
 * identity: the hierarchy and facilities below are single objects, as they are in one persistence context.
 */
@DisplayName("Doctor.join: membership rules of the hierarchy")
class DoctorJoinTest {

    private static final LocalDate JOIN = LocalDate.of(2020, 6, 1);

    private Association jma;
    private Association kanagawa;
    private Association yokohama;
    private Association aoba;
    private Association kohoku;
    private Association hokkaido;
    private Association sapporo;

    private Facility yokohamaHospital;
    private Facility otherYokohamaClinic;
    private Facility sapporoHospital;

    private Doctor doctor;

    @BeforeEach
    void setUp() {
        jma = Association.national("00", "日本医師会");
        kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
        yokohama = Association.under(kanagawa, "14100", "横浜市医師会", null);
        aoba = Association.under(yokohama, "1410001", "横浜市青葉区医師会", null);
        kohoku = Association.under(yokohama, "1410002", "横浜市港北区医師会", null);
        hokkaido = Association.under(jma, "01", "北海道医師会", "01");
        sapporo = Association.under(hokkaido, "01100", "札幌市医師会", null);

        yokohamaHospital = new Facility("横浜市立市民病院", "14");
        otherYokohamaClinic = new Facility("医療法人〇〇会 横浜総合病院", "14");
        sapporoHospital = new Facility("市立札幌市民病院", "01");

        doctor = TestDoctors.doctor();
    }

    private static MamisException refused(String key, Executable join) {
        MamisException e = assertThrows(MamisException.class, join);
        assertEquals(key, e.getKey());
        assertTrue(e.findField().isEmpty(), "membership rules concern no single field");
        return e;
    }

    private void joinYokohamaChain() {
        doctor.join(aoba, yokohamaHospital, A1, null);
        doctor.join(yokohama, yokohamaHospital, A1, null);
        doctor.join(kanagawa, yokohamaHospital, A1, null);
        doctor.join(jma, yokohamaHospital, A1, JOIN);
    }

    @Nested
    @DisplayName("upper tiers require the lower one under the same facility")
    class LowerTierRequired {

        @Test
        @DisplayName("the full chain 4→3→2→1 under one facility is accepted")
        void fullChain() {
            joinYokohamaChain();
            List<Membership> ms = doctor.getMemberships();
            assertEquals(List.of(aoba, yokohama, kanagawa, jma), ms.stream().map(Membership::getAssociation).toList());
            assertTrue(ms.stream().allMatch(m -> m.getStatus() == MembershipStatus.ACTIVE && m.isCurrent()));
            assertTrue(ms.stream().allMatch(m -> m.getFacility() == yokohamaHospital));
            assertSame(jma, doctor.findNationalMembership().orElseThrow().getAssociation());
        }

        @Test
        @DisplayName("横浜市医師会 (which has wards) cannot be joined without a ward membership")
        void subdividedCityWithoutWard() {
            MamisException e = refused("membership.lowerTier.required",
                    () -> doctor.join(yokohama, yokohamaHospital, A1, JOIN));
            assertArrayEquals(new Object[] {"横浜市医師会"}, e.getArgs());
            assertTrue(doctor.getMemberships().isEmpty(), "a refused join adds nothing");
        }

        @Test
        @DisplayName("横浜市医師会 with any of its wards under the same facility is accepted")
        void subdividedCityWithWard() {
            doctor.join(kohoku, yokohamaHospital, A1, JOIN);
            Membership city = doctor.join(yokohama, yokohamaHospital, A1, JOIN);
            assertSame(yokohama, city.getAssociation());
            assertEquals(2, doctor.getMemberships().size());
        }

        @Test
        @DisplayName("横浜市医師会 with the ward under a different facility is refused")
        void wardUnderOtherFacility() {
            doctor.join(aoba, otherYokohamaClinic, A1, JOIN);
            refused("membership.lowerTier.required", () -> doctor.join(yokohama, yokohamaHospital, A1, JOIN));
            assertEquals(1, doctor.getMemberships().size());
        }

        @Test
        @DisplayName("a membership of another tier-3 association does not count as the lower tier")
        void unrelatedLowerMembership() {
            doctor.join(sapporo, yokohamaHospital, A1, JOIN);
            refused("membership.lowerTier.required", () -> doctor.join(kanagawa, yokohamaHospital, A1, JOIN));
        }

        @Test
        @DisplayName("a grandchild is not enough: the ward alone does not open the prefecture")
        void grandchildIsNotEnough() {
            doctor.join(aoba, yokohamaHospital, A1, JOIN);
            refused("membership.lowerTier.required", () -> doctor.join(kanagawa, yokohamaHospital, A1, JOIN));
        }

        @Test
        @DisplayName("札幌市医師会 has no wards, so it can be joined directly")
        void notSubdividedCity() {
            Membership m = doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            assertSame(sapporo, m.getAssociation());
            doctor.join(hokkaido, sapporoHospital, A2_B, JOIN);
            assertEquals(2, doctor.getMemberships().size());
        }

        @Test
        @DisplayName("北海道医師会 with 札幌市医師会 under another facility is refused")
        void prefectureWithCityUnderOtherFacility() {
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            refused("membership.lowerTier.required", () -> doctor.join(hokkaido, yokohamaHospital, A2_B, JOIN));
        }

        @Test
        @DisplayName("日本医師会 cannot be joined without a prefectural membership")
        void nationalDirectly() {
            MamisException e = refused("membership.lowerTier.required", () -> doctor.join(jma, yokohamaHospital, A1, JOIN));
            assertArrayEquals(new Object[] {"日本医師会"}, e.getArgs());
            assertTrue(doctor.findNationalMembership().isEmpty());
        }

        @Test
        @DisplayName("日本医師会 with the prefectural membership under another facility is refused")
        void nationalWithPrefectureUnderOtherFacility() {
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            doctor.join(hokkaido, sapporoHospital, A2_B, JOIN);
            refused("membership.lowerTier.required", () -> doctor.join(jma, yokohamaHospital, A1, JOIN));
        }

        @Test
        @DisplayName("a prefecture without subdivisions can be joined directly")
        void notSubdividedPrefecture() {
            Association tottori = Association.under(jma, "31", "鳥取県医師会", "31");
            Facility clinic = new Facility("鳥取クリニック", "31");
            doctor.join(tottori, clinic, A1, JOIN);
            doctor.join(jma, clinic, A1, JOIN);
            assertEquals(2, doctor.getMemberships().size());
        }
    }

    @Nested
    @DisplayName("joining may stop at any tier")
    class StopAnywhere {

        @Test
        @DisplayName("ward only")
        void wardOnly() {
            doctor.join(aoba, yokohamaHospital, A1, JOIN);
            assertEquals(1, doctor.getMemberships().size());
            assertTrue(doctor.findNationalMembership().isEmpty());
        }

        @Test
        @DisplayName("ward and city, no prefecture")
        void wardAndCity() {
            doctor.join(aoba, yokohamaHospital, A1, JOIN);
            doctor.join(yokohama, yokohamaHospital, A1, JOIN);
            assertEquals(2, doctor.getMemberships().size());
            assertTrue(doctor.findNationalMembership().isEmpty());
        }

        @Test
        @DisplayName("a second chain may stop at its prefecture while the first reaches JMA")
        void twoChains() {
            joinYokohamaChain();
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            doctor.join(hokkaido, sapporoHospital, A2_B, JOIN);
            assertEquals(6, doctor.getMemberships().size());
            Membership national = doctor.findNationalMembership().orElseThrow();
            assertSame(yokohamaHospital, national.getFacility());
        }
    }

    @Nested
    @DisplayName("日本医師会は一人一会員 and no duplicates")
    class Uniqueness {

        @Test
        @DisplayName("a second JMA membership via another chain is refused (membership.national.once)")
        void nationalOnceViaOtherChain() {
            joinYokohamaChain();
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            doctor.join(hokkaido, sapporoHospital, A2_B, JOIN);

            refused("membership.national.once", () -> doctor.join(jma, sapporoHospital, A2_B, JOIN));
            assertEquals(1, doctor.getMemberships().stream().filter(m -> m.getAssociation().isNational()).count());
            assertSame(yokohamaHospital, doctor.findNationalMembership().orElseThrow().getFacility());
        }

        @Test
        @DisplayName("JMA again under the same facility is also refused as national.once")
        void nationalOnceSameFacility() {
            joinYokohamaChain();
            refused("membership.national.once", () -> doctor.join(jma, yokohamaHospital, A1, JOIN));
            assertEquals(4, doctor.getMemberships().size());
        }

        @Test
        @DisplayName("another national association object is refused too: the rule is by tier, not identity")
        void nationalOnceOtherObject() {
            joinYokohamaChain();
            Association otherNational = Association.national("00X", "日本医師会（別）");
            Association pref = Association.under(otherNational, "01X", "北海道医師会（別）", "01");
            doctor.join(pref, sapporoHospital, A1, JOIN);
            refused("membership.national.once", () -> doctor.join(otherNational, sapporoHospital, A1, JOIN));
        }

        @Test
        @DisplayName("the same ward twice is refused (membership.duplicate)")
        void duplicateSameFacility() {
            doctor.join(aoba, yokohamaHospital, A1, JOIN);
            MamisException e = refused("membership.duplicate", () -> doctor.join(aoba, yokohamaHospital, A2_B, null));
            assertArrayEquals(new Object[] {"横浜市青葉区医師会"}, e.getArgs());
            assertEquals(1, doctor.getMemberships().size());
        }

        @Test
        @DisplayName("the same association under another facility is refused (membership.duplicate)")
        void duplicateOtherFacility() {
            doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            refused("membership.duplicate", () -> doctor.join(sapporo, yokohamaHospital, A2_B, JOIN));
        }

        @Test
        @DisplayName("two different wards of the same city are allowed")
        void twoWards() {
            doctor.join(aoba, yokohamaHospital, A1, JOIN);
            doctor.join(kohoku, otherYokohamaClinic, A1, JOIN);
            assertEquals(2, doctor.getMemberships().size());
        }
    }

    @Nested
    @DisplayName("what a membership records")
    class Recorded {

        @Test
        @DisplayName("the 入会日 may be unknown (null): findJoinDate is empty")
        void unknownJoinDate() {
            Membership m = doctor.join(sapporo, sapporoHospital, A2_B, null);
            assertTrue(m.findJoinDate().isEmpty());
            assertTrue(m.findLeaveDate().isEmpty());
        }

        @Test
        @DisplayName("a known 入会日 is kept")
        void knownJoinDate() {
            Membership m = doctor.join(sapporo, sapporoHospital, A2_B, JOIN);
            assertEquals(JOIN, m.findJoinDate().orElseThrow());
        }

        @ParameterizedTest(name = "category {0} is kept")
        @EnumSource(MemberCategory.class)
        void categoryKept(MemberCategory category) {
            Membership m = doctor.join(sapporo, sapporoHospital, category, null);
            assertSame(category, m.getCategory());
            assertSame(doctor, m.getDoctor());
            assertSame(sapporo, m.getAssociation());
            assertSame(sapporoHospital, m.getFacility());
            assertEquals(MembershipStatus.ACTIVE, m.getStatus());
            assertEquals(List.of(m), doctor.getMemberships());
        }

        @Test
        @DisplayName("association, facility and category are required")
        void requiredArguments() {
            assertThrows(NullPointerException.class, () -> doctor.join(null, sapporoHospital, A1, JOIN));
            assertThrows(NullPointerException.class, () -> doctor.join(sapporo, null, A1, JOIN));
            assertThrows(NullPointerException.class, () -> doctor.join(sapporo, sapporoHospital, null, JOIN));
            assertTrue(doctor.getMemberships().isEmpty());
        }

        @Test
        @DisplayName("the membership list cannot be changed except through join")
        void readOnlyList() {
            doctor.join(sapporo, sapporoHospital, A1, JOIN);
            List<Membership> ms = doctor.getMemberships();
            assertThrows(UnsupportedOperationException.class, ms::clear);
            Membership bypass = new Membership(doctor, jma, sapporoHospital, A1, JOIN, jp.mamis.domain.membership.Origin.record(java.time.Instant.now()));
            assertThrows(UnsupportedOperationException.class, () -> ms.add(bypass));
        }
    }
}
