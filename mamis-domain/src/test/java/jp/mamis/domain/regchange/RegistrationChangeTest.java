package jp.mamis.domain.regchange;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Address;
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipEvent;
import jp.mamis.domain.membership.Origin;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.domain.rules.AssociationRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 登録情報の変更: who sees a change, when a name change waits, and what approval and rejection do. */
@DisplayName("RegistrationChange")
class RegistrationChangeTest {

    private static final Instant AT = Instant.parse("2025-04-01T01:00:00Z");
    private static final LocalDate JMA_JOIN = LocalDate.of(2020, 6, 1);
    private static final LocalDate SAPPORO_JOIN = LocalDate.of(1999, 6, 1);

    private Association jma;
    private Association kanagawa;
    private Association yokohama;
    private Association aoba;
    private Association hokkaido;
    private Association sapporo;
    private Association tokyo;
    private Facility yokohamaHospital;
    private Facility sapporoHospital;
    private Doctor doctor;
    private final Map<Association, AssociationRules> rules = new HashMap<>();

    @BeforeEach
    void setUp() {
        jma = Association.national("00", "日本医師会");
        kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
        yokohama = Association.under(kanagawa, "14100", "横浜市医師会", null);
        aoba = Association.under(yokohama, "1410013", "横浜市青葉区医師会", null);
        hokkaido = Association.under(jma, "01", "北海道医師会", "01");
        sapporo = Association.under(hokkaido, "01100", "札幌市医師会", null);
        tokyo = Association.under(jma, "13", "東京都医師会", "13");
        yokohamaHospital = new Facility("横浜市立市民病院", "14");
        sapporoHospital = new Facility("市立札幌市民病院", "01");
        doctor = Doctor.register(new Doctor.Registration("200001", TestDoctors.REGISTRATION, TestDoctors.name(),
                new PersonName("山田", "多郎", "ヤマダ", "タロウ"), true, jp.mamis.domain.doctor.Sex.MALE, TestDoctors.BIRTH,
                "東京大学", TestDoctors.GRADUATION, TestDoctors.contact()), TestDoctors.TODAY);
        doctor.join(aoba, yokohamaHospital, A1, null);
        doctor.join(yokohama, yokohamaHospital, A1, null);
        doctor.join(kanagawa, yokohamaHospital, A1, null);
        doctor.join(jma, yokohamaHospital, A1, JMA_JOIN);
        doctor.join(sapporo, sapporoHospital, A2_B, SAPPORO_JOIN);
        doctor.join(hokkaido, sapporoHospital, A2_B, SAPPORO_JOIN);
    }

    private AssociationRules rulesOf(Association a) {
        return rules.computeIfAbsent(a, AssociationRules::defaults);
    }

    private void approvalBy(Association a) {
        rulesOf(a).change(new AssociationRules.Settings(null, true, EnumSet.allOf(jp.mamis.domain.membership.MemberCategory.class),
                Map.of(), false, true));
    }

    /** Married: 日医 太郎 becomes 佐藤 太郎 and keeps 日医 太郎 as 旧姓・旧名, mail still to the former name. */
    private RegistrationChange.NameChange married() {
        return new RegistrationChange.NameChange(new PersonName("佐藤", "太郎", "サトウ", "タロウ"),
                new PersonName("日医", "太郎", "ニチイ", "タロウ"), true);
    }

    private RegistrationChange nameChange() {
        return RegistrationChange.name(doctor, married(), RegistrationChangeTest.this::rulesOf, "idsample", AT);
    }

    private static String key(Runnable r) {
        return assertThrows(MamisException.class, r::run).getKey();
    }

    @Nested
    @DisplayName("name change without approval")
    class Immediate {

        @Test
        @DisplayName("takes effect at once, keeping the former name as chosen, and is seen by every current association")
        void appliedAtOnce() {
            RegistrationChange c = nameChange();
            assertEquals(RegistrationChange.Status.APPLIED, c.getStatus());
            assertEquals("佐藤 太郎", doctor.getName().getFull());
            assertEquals("サトウ タロウ", doctor.getName().getFullKana());
            assertEquals("日医 太郎", doctor.findFormerName().orElseThrow().getFull());
            assertTrue(doctor.isUseFormerNameOnMail());
            assertEquals(List.of(aoba, yokohama, kanagawa, jma, sapporo, hokkaido),
                    c.getLines().stream().map(RegistrationChangeLine::getAssociation).toList());
            assertTrue(c.getLines().stream().allMatch(l -> l.getStatus() == RegistrationChangeLine.Status.INFORMED));
            assertFalse(c.isVisibleTo(tokyo));
        }

        @Test
        @DisplayName("before and after name only what changed")
        void texts() {
            RegistrationChange c = nameChange();
            assertEquals("氏名 日医 太郎（ニチイ タロウ）; 旧姓・旧名 山田 多郎（ヤマダ タロウ）", c.getBefore());
            assertEquals("氏名 佐藤 太郎（サトウ タロウ）; 旧姓・旧名 日医 太郎（ニチイ タロウ）", c.getAfter());
        }

        @Test
        @DisplayName("the former name may be dropped, and then mail cannot use it")
        void formerNameDropped() {
            RegistrationChange.name(doctor, new RegistrationChange.NameChange(new PersonName("佐藤", "太郎", "サトウ", "タロウ"),
                    null, false), RegistrationChangeTest.this::rulesOf, "idsample", AT);
            assertTrue(doctor.findFormerName().isEmpty());
            assertFalse(doctor.isUseFormerNameOnMail());
            MamisException e = assertThrows(MamisException.class, () -> new RegistrationChange.NameChange(
                    TestDoctors.name(), null, true));
            assertEquals("doctor.formerName.requiredForMail", e.getKey());
            assertEquals("formerFamilyName", e.findField().orElseThrow());
        }

        @Test
        @DisplayName("only the mail flag changing is a change too; nothing changing is refused")
        void flagAndNothing() {
            PersonName former = doctor.findFormerName().orElseThrow();
            RegistrationChange flag = RegistrationChange.name(doctor,
                    new RegistrationChange.NameChange(doctor.getName(), former, false), RegistrationChangeTest.this::rulesOf, "idsample", AT);
            assertEquals("送付物の宛名 旧姓・旧名", flag.getBefore());
            assertEquals("送付物の宛名 氏名", flag.getAfter());
            assertEquals("regchange.unchanged", key(() -> RegistrationChange.name(doctor,
                    new RegistrationChange.NameChange(new PersonName("日医", "太郎", "ニチイ", "タロウ"),
                            new PersonName("山田", "多郎", "ヤマダ", "タロウ"), false), RegistrationChangeTest.this::rulesOf, "idsample", AT)));
        }
    }

    @Nested
    @DisplayName("name change an association must approve")
    class Approval {

        @BeforeEach
        void rules() {
            approvalBy(yokohama);
            approvalBy(hokkaido);
        }

        @Test
        @DisplayName("waits, leaving the name as it is, for the associations whose rules ask")
        void pending() {
            RegistrationChange c = nameChange();
            assertEquals(RegistrationChange.Status.PENDING_APPROVAL, c.getStatus());
            assertEquals("日医 太郎", doctor.getName().getFull());
            assertEquals("山田 多郎", doctor.findFormerName().orElseThrow().getFull());
            assertTrue(c.awaits(yokohama));
            assertTrue(c.awaits(hokkaido));
            assertFalse(c.awaits(jma));
            assertTrue(c.isVisibleTo(jma), "the others see it");
            assertEquals(RegistrationChangeLine.Status.INFORMED, c.findLineOf(jma).orElseThrow().getStatus());
        }

        @Test
        @DisplayName("takes effect with the last approval, in any order")
        void approvedInAnyOrder() {
            RegistrationChange c = nameChange();
            assertFalse(c.approve(hokkaido, "s01.op", AT));
            assertEquals("日医 太郎", doctor.getName().getFull(), "one approval of two changes nothing");
            assertEquals(RegistrationChange.Status.PENDING_APPROVAL, c.getStatus());
            assertTrue(c.approve(yokohama, "s14100.op", AT.plusSeconds(60)));
            assertEquals(RegistrationChange.Status.APPROVED, c.getStatus());
            assertEquals("佐藤 太郎", doctor.getName().getFull());
            assertEquals("日医 太郎", doctor.findFormerName().orElseThrow().getFull());
            assertEquals(Optional.of(AT.plusSeconds(60)), c.findDecidedAt());
            assertEquals(Optional.of("s14100.op"), c.findLineOf(yokohama).orElseThrow().findDecidedBy());
        }

        @Test
        @DisplayName("only an association asked may approve, and only once")
        void whoMayApprove() {
            RegistrationChange c = nameChange();
            assertEquals("regchange.notYourApproval", key(() -> c.approve(jma, "s00.op", AT)));
            assertEquals("regchange.notYourApproval", key(() -> c.approve(tokyo, "s13.op", AT)));
            c.approve(yokohama, "s14100.op", AT);
            assertEquals("regchange.notYourApproval", key(() -> c.approve(yokohama, "s14100.op", AT)));
            c.approve(hokkaido, "s01.op", AT);
            assertEquals("regchange.notPending", key(() -> c.approve(hokkaido, "s01.op", AT)));
        }

        @Test
        @DisplayName("a rejection with a reason discards it: the name stays, nobody else decides")
        void rejected() {
            RegistrationChange c = nameChange();
            c.approve(hokkaido, "s01.op", AT);
            MamisException noReason = assertThrows(MamisException.class, () -> c.reject(yokohama, "s14100.op", AT, "  "));
            assertEquals("reason", noReason.findField().orElseThrow());
            c.reject(yokohama, "s14100.op", AT, " 戸籍の確認ができません ");
            assertEquals(RegistrationChange.Status.REJECTED, c.getStatus());
            assertEquals(Optional.of("戸籍の確認ができません"), c.findReason());
            assertEquals("日医 太郎", doctor.getName().getFull());
            assertEquals("山田 多郎", doctor.findFormerName().orElseThrow().getFull());
            assertTrue(doctor.isUseFormerNameOnMail());
            assertEquals("regchange.notPending", key(() -> c.approve(yokohama, "s14100.op", AT)));
            assertEquals(RegistrationChangeLine.Status.APPROVED, c.findLineOf(hokkaido).orElseThrow().getStatus());
        }

        @Test
        @DisplayName("a rejection closes the approvals still open")
        void rejectionCloses() {
            RegistrationChange c = nameChange();
            c.reject(hokkaido, "s01.op", AT, "理由");
            assertEquals(RegistrationChangeLine.Status.CLOSED, c.findLineOf(yokohama).orElseThrow().getStatus());
            assertFalse(c.awaits(yokohama));
        }

        @Test
        @DisplayName("a non-member's name change waits for nobody")
        void nonMember() {
            Doctor free = TestDoctors.doctor();
            RegistrationChange c = RegistrationChange.name(free, married(), RegistrationChangeTest.this::rulesOf, "x", AT);
            assertEquals(RegistrationChange.Status.APPLIED, c.getStatus());
            assertTrue(c.getLines().isEmpty());
            assertEquals("佐藤 太郎", free.getName().getFull());
        }
    }

    @Nested
    @DisplayName("contact change")
    class ContactChange {

        @Test
        @DisplayName("takes effect at once; the associations see only the parts that changed")
        void applied() {
            Contact moved = new Contact(new Address("231-0023", Prefecture.KANAGAWA, "横浜市中区", "山下町1-1"),
                    "03-1234-5678", "090-1111-2222", null, "taro@example.jp");
            RegistrationChange c = RegistrationChange.contact(doctor, moved, "idsample", AT).orElseThrow();
            assertEquals(RegistrationChange.Status.APPLIED, c.getStatus());
            assertEquals(RegistrationChange.Kind.CONTACT, c.getKind());
            assertEquals("231-0023 神奈川県横浜市中区山下町1-1", doctor.getAddress().getOneLine());
            assertEquals("自宅現住所 113-8621 東京都文京区本駒込2-28-16; 携帯電話番号 -", c.getBefore());
            assertEquals("自宅現住所 231-0023 神奈川県横浜市中区山下町1-1; 携帯電話番号 090-1111-2222", c.getAfter());
            assertEquals(6, c.getLines().size());
        }

        @Test
        @DisplayName("saving the same data records nothing")
        void unchanged() {
            assertTrue(RegistrationChange.contact(doctor, TestDoctors.contact(), "idsample", AT).isEmpty());
        }
    }

    @Nested
    @DisplayName("facility change")
    class FacilityChange {

        private final Facility renamed = new Facility("横浜市立市民病院（新病院）", "14");

        @Test
        @DisplayName("moves every membership through the facility, keeping join dates and categories, and records it in their history")
        void moved() {
            LocalDate on = LocalDate.of(2025, 4, 1);
            RegistrationChange c = RegistrationChange.facility(doctor, yokohamaHospital, renamed, on, "idsample", AT);
            assertEquals(RegistrationChange.Status.APPLIED, c.getStatus());
            List<Membership> moved = doctor.currentThrough(renamed);
            assertEquals(List.of(aoba, yokohama, kanagawa, jma), moved.stream().map(Membership::getAssociation).toList());
            assertTrue(doctor.currentThrough(yokohamaHospital).isEmpty());
            assertEquals(Optional.of(JMA_JOIN), moved.get(3).findJoinDate());
            assertTrue(moved.get(0).findJoinDate().isEmpty(), "an unknown join date stays unknown");
            assertTrue(moved.stream().allMatch(m -> m.getCategory() == A1 && m.isActive()));
            for (Membership m : moved) {
                MembershipEvent last = m.getEvents().get(m.getEvents().size() - 1);
                assertEquals(MembershipEvent.Kind.FACILITY_CHANGED, last.getKind());
                assertEquals(Origin.Cause.REGISTRATION_CHANGE, last.getCause());
                assertEquals(Optional.of(on), last.findEffectiveDate());
                assertEquals(Optional.of("横浜市立市民病院"), last.findFacilityBefore());
                assertEquals(Optional.of("横浜市立市民病院（新病院）"), last.findFacilityAfter());
                assertEquals(Optional.of("idsample"), last.findActor());
            }
            assertEquals(2, doctor.currentThrough(sapporoHospital).size(), "the other chain stays where it is");
            assertEquals(List.of(MembershipEvent.Kind.JOINED),
                    doctor.currentThrough(sapporoHospital).get(0).getEvents().stream().map(MembershipEvent::getKind).toList());
            assertEquals("所属施設 横浜市立市民病院（横浜市青葉区医師会・横浜市医師会・神奈川県医師会・日本医師会）", c.getBefore());
            assertEquals("所属施設 横浜市立市民病院（新病院）（横浜市青葉区医師会・横浜市医師会・神奈川県医師会・日本医師会）", c.getAfter());
            assertEquals(6, c.getLines().size(), "every current association sees it");
        }

        @Test
        @DisplayName("is refused for a facility the member has no membership through, the same one, or one another chain uses")
        void refused() {
            assertEquals("regchange.facility.notYours",
                    key(() -> RegistrationChange.facility(doctor, renamed, yokohamaHospital, TestDoctors.TODAY, "x", AT)));
            assertEquals("regchange.facility.unchanged",
                    key(() -> RegistrationChange.facility(doctor, yokohamaHospital, yokohamaHospital, TestDoctors.TODAY, "x", AT)));
            assertEquals("regchange.facility.inUse",
                    key(() -> RegistrationChange.facility(doctor, yokohamaHospital, sapporoHospital, TestDoctors.TODAY, "x", AT)));
            assertEquals(4, doctor.currentThrough(yokohamaHospital).size(), "nothing moved");
        }
    }

    @Test
    @DisplayName("the association rule is kept in its settings and written into the audit text only when on")
    void rule() {
        AssociationRules r = rulesOf(yokohama);
        String off = r.describe();
        assertFalse(off.contains("nameChange"));
        assertFalse(r.settings().nameChangeApprovalRequired());
        approvalBy(yokohama);
        assertTrue(r.isNameChangeApprovalRequired());
        assertTrue(r.settings().nameChangeApprovalRequired());
        assertTrue(r.describe().endsWith("; nameChange=承認要"));
        r.change(new AssociationRules.Settings(null, true, EnumSet.allOf(jp.mamis.domain.membership.MemberCategory.class), Map.of()));
        assertFalse(r.isNameChangeApprovalRequired(), "the four-part settings ask no approval");
    }
}
