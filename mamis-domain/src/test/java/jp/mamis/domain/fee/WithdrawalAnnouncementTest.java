package jp.mamis.domain.fee;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WithdrawalAnnouncementTest {

    static final Association JMA = Association.national("00", "日本医師会");
    static final ReliefRule GRADUATION_5 = ReliefRule.of(JMA,
            new ReliefRule.Settings(ReliefKind.GRADUATION_YEARS, 5, null, null, "卒後5年減免", null));

    static WithdrawalAnnouncement of(AnnouncementCondition c, Integer n) {
        return WithdrawalAnnouncement.of(JMA, new WithdrawalAnnouncement.Settings(c, n, "お知らせ"));
    }

    static ReliefSubject subject(LocalDate birth, LocalDate graduation, MemberCategory c) {
        return new ReliefSubject(birth, graduation, LocalDate.of(2021, 4, 20), c);
    }

    @Test
    void alwaysIsShownToEveryone() {
        assertTrue(of(AnnouncementCondition.ALWAYS, null)
                .appliesTo(subject(LocalDate.of(1950, 1, 1), null, MemberCategory.A1), List.of(), LocalDate.of(2026, 4, 1)));
    }

    @Test
    void underGraduationReliefFollowsTheAssociationsGraduationRuleInTheFiscalYearOfTheWithdrawal() {
        WithdrawalAnnouncement a = of(AnnouncementCondition.UNDER_GRADUATION_RELIEF, null);
        ReliefSubject marchGraduate = subject(LocalDate.of(1996, 5, 5), LocalDate.of(2021, 3, 31), MemberCategory.A2_B);
        assertTrue(a.appliesTo(marchGraduate, List.of(GRADUATION_5), LocalDate.of(2026, 3, 31)), "2025年度: last relieved year");
        assertFalse(a.appliesTo(marchGraduate, List.of(GRADUATION_5), LocalDate.of(2026, 4, 1)), "2026年度: relief over");
        assertFalse(a.appliesTo(marchGraduate, List.of(GRADUATION_5), LocalDate.of(2021, 3, 31)), "2020年度: not yet");
        assertFalse(a.appliesTo(marchGraduate, List.of(), LocalDate.of(2023, 4, 1)), "an association without the rule");
        ReliefRule resident = ReliefRule.of(JMA, new ReliefRule.Settings(ReliefKind.RESIDENT, null, MemberCategory.C, null, "C", null));
        ReliefSubject c = subject(LocalDate.of(1996, 5, 5), null, MemberCategory.C);
        assertFalse(a.appliesTo(c, List.of(resident), LocalDate.of(2023, 4, 1)), "only a GRADUATION_YEARS relief counts");
    }

    @Test
    void residentMeansA2cOrC() {
        WithdrawalAnnouncement a = of(AnnouncementCondition.RESIDENT, null);
        LocalDate on = LocalDate.of(2026, 4, 1);
        LocalDate birth = LocalDate.of(1996, 5, 5);
        assertTrue(a.appliesTo(subject(birth, null, MemberCategory.A2_C), List.of(), on));
        assertTrue(a.appliesTo(subject(birth, null, MemberCategory.C), List.of(), on));
        assertFalse(a.appliesTo(subject(birth, null, MemberCategory.A2_B), List.of(), on));
        assertFalse(a.appliesTo(subject(birth, null, MemberCategory.B), List.of(), on));
        assertFalse(a.appliesTo(subject(birth, null, MemberCategory.A1), List.of(), on));
    }

    @Test
    void ageAtLeastOnTheWithdrawalDate() {
        WithdrawalAnnouncement a = of(AnnouncementCondition.AGE_AT_LEAST, 80);
        ReliefSubject s = subject(LocalDate.of(1946, 6, 1), null, MemberCategory.A1);
        assertFalse(a.appliesTo(s, List.of(), LocalDate.of(2026, 5, 31)));
        assertTrue(a.appliesTo(s, List.of(), LocalDate.of(2026, 6, 1)));
    }

    @Test
    void settingsChecked() {
        assertEquals("number", assertThrows(MamisException.class, () -> of(AnnouncementCondition.AGE_AT_LEAST, null))
                .findField().orElseThrow());
        assertEquals("announcement.text.required", assertThrows(MamisException.class,
                () -> WithdrawalAnnouncement.of(JMA, new WithdrawalAnnouncement.Settings(AnnouncementCondition.ALWAYS, null, "  "))).getKey());
        assertThrows(MamisException.class,
                () -> WithdrawalAnnouncement.of(JMA, new WithdrawalAnnouncement.Settings(AnnouncementCondition.ALWAYS, null, "x".repeat(1001))));
        assertTrue(of(AnnouncementCondition.RESIDENT, 5).findNumber().isEmpty(), "n only for AGE_AT_LEAST");
        assertEquals("announcement[AGE_AT_LEAST 80] お知らせ", of(AnnouncementCondition.AGE_AT_LEAST, 80).describe());
    }
}
