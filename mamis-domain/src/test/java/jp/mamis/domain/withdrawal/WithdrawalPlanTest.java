package jp.mamis.domain.withdrawal;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;
import jp.mamis.domain.membership.Origin;
import jp.mamis.domain.withdrawal.WithdrawalPlan.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("WithdrawalPlan: the three patterns of 退会")
class WithdrawalPlanTest {

    private final Association jma = Association.national("00", "日本医師会");
    private final Association kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
    private final Association yokohama = Association.under(kanagawa, "14100", "横浜市医師会", null);
    private final Association aoba = Association.under(yokohama, "1410013", "横浜市青葉区医師会", null);
    private final Association hokkaido = Association.under(jma, "01", "北海道医師会", "01");
    private final Association sapporo = Association.under(hokkaido, "01100", "札幌市医師会", null);
    private final Facility hospital = new Facility("横浜市立市民病院", "14");
    private final Facility sapporoHospital = new Facility("市立札幌市民病院", "01");
    private Doctor doctor;

    @BeforeEach
    void setUp() {
        doctor = TestDoctors.doctor();
        doctor.join(aoba, hospital, A1, null);
        doctor.join(yokohama, hospital, A1, null);
        doctor.join(kanagawa, hospital, A1, null);
        doctor.join(jma, hospital, A1, LocalDate.of(2020, 6, 1));
        doctor.join(sapporo, sapporoHospital, A2_B, LocalDate.of(1999, 6, 1));
        doctor.join(hokkaido, sapporoHospital, A2_B, LocalDate.of(1999, 6, 1));
    }

    private static List<String> names(WithdrawalPlan p) {
        return p.leaving().stream().map(m -> m.getAssociation().getName()).toList();
    }

    @Test
    @DisplayName("leaving the lowest tier ends every tier above it, lowest first")
    void wholeChain() {
        assertEquals(List.of("横浜市青葉区医師会", "横浜市医師会", "神奈川県医師会", "日本医師会"),
                names(WithdrawalPlan.of(doctor, hospital, Pattern.WHOLE_CHAIN)));
    }

    @Test
    @DisplayName("leaving the prefecture and JMA keeps the city and ward")
    void prefectureAndNational() {
        assertEquals(List.of("神奈川県医師会", "日本医師会"), names(WithdrawalPlan.of(doctor, hospital, Pattern.PREFECTURE_AND_NATIONAL)));
    }

    @Test
    @DisplayName("leaving JMA only")
    void nationalOnly() {
        assertEquals(List.of("日本医師会"), names(WithdrawalPlan.of(doctor, hospital, Pattern.NATIONAL_ONLY)));
    }

    @Test
    @DisplayName("a chain without JMA offers only the whole chain; the patterns never reach the other chain")
    void chainWithoutNational() {
        assertEquals(List.of(Pattern.WHOLE_CHAIN), WithdrawalPlan.patterns(doctor, sapporoHospital));
        assertEquals(List.of(Pattern.WHOLE_CHAIN, Pattern.PREFECTURE_AND_NATIONAL, Pattern.NATIONAL_ONLY),
                WithdrawalPlan.patterns(doctor, hospital));
        assertEquals("withdrawal.pattern.notApplicable", assertThrows(MamisException.class,
                () -> WithdrawalPlan.of(doctor, sapporoHospital, Pattern.NATIONAL_ONLY)).getKey());
        assertEquals(List.of("札幌市医師会", "北海道医師会"), names(WithdrawalPlan.of(doctor, sapporoHospital, Pattern.WHOLE_CHAIN)));
    }

    @Test
    @DisplayName("a facility without memberships is refused")
    void noChain() {
        assertEquals("withdrawal.source.invalid", assertThrows(MamisException.class,
                () -> WithdrawalPlan.patterns(doctor, new Facility("他院", "13"))).getKey());
    }

    @Test
    @DisplayName("taking effect ends exactly the planned memberships and records the leave")
    void takesEffect() {
        WithdrawalPlan p = WithdrawalPlan.of(doctor, hospital, Pattern.PREFECTURE_AND_NATIONAL);
        LocalDate on = LocalDate.of(2026, 3, 31);
        doctor.leave(p.leaving(), on, new Origin(Origin.Cause.WITHDRAWAL, 7L, "s14.op", Instant.parse("2026-03-01T00:00:00Z")));
        assertEquals(List.of("横浜市青葉区医師会", "横浜市医師会"),
                doctor.currentThrough(hospital).stream().map(m -> m.getAssociation().getName()).toList());
        for (Membership m : p.leaving()) {
            assertEquals(MembershipStatus.WITHDRAWN, m.getStatus());
            assertEquals(on, m.findLeaveDate().orElseThrow());
            assertEquals("LEFT", m.getEvents().get(m.getEvents().size() - 1).getKind().name());
            assertEquals(Origin.Cause.WITHDRAWAL, m.getEvents().get(m.getEvents().size() - 1).getCause());
        }
        // a second withdrawal of the same memberships is refused: they changed since
        assertEquals("membership.changedSince", assertThrows(MamisException.class,
                () -> doctor.leave(p.leaving(), on, Origin.record(Instant.now()))).getKey());
    }
}
