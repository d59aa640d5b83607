package jp.mamis.domain.fee;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.MemberCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReliefRuleTest {

    static final Association JMA = Association.national("00", "日本医師会");
    static final LocalDate BIRTH = LocalDate.of(1990, 5, 5);
    static final LocalDate LICENSED = LocalDate.of(2021, 4, 20);

    static ReliefRule rule(ReliefKind kind, Integer n, MemberCategory c) {
        return ReliefRule.of(JMA, new ReliefRule.Settings(kind, n, c, null, "減免", null));
    }

    static ReliefSubject graduated(LocalDate graduation) {
        return new ReliefSubject(BIRTH, graduation, LICENSED, MemberCategory.A2_B);
    }

    static FiscalYear fy(int y) {
        return new FiscalYear(y);
    }

    @Nested
    @DisplayName("卒後5年 (GRADUATION_YEARS 5)")
    class Graduation {

        final ReliefRule fiveYears = rule(ReliefKind.GRADUATION_YEARS, 5, null);

        @Test
        @DisplayName("a March graduate is relieved from the next fiscal year: 2021-03-31 → 2021年度…2025年度")
        void marchGraduate() {
            LocalDate g = LocalDate.of(2021, 3, 31);
            assertEquals(fy(2021), ReliefRule.firstGraduationReliefYear(g));
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2020)), "not in the fiscal year of the graduation");
            assertTrue(fiveYears.appliesTo(graduated(g), fy(2021)), "first relieved year");
            assertTrue(fiveYears.appliesTo(graduated(g), fy(2025)), "last relieved year");
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2026)), "a sixth year is not relieved");
        }

        @Test
        @DisplayName("an April graduate from the fiscal year of the graduation: 2021-04-01 → 2021年度…2025年度")
        void aprilGraduate() {
            LocalDate g = LocalDate.of(2021, 4, 1);
            assertEquals(fy(2021), ReliefRule.firstGraduationReliefYear(g));
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2020)));
            assertTrue(fiveYears.appliesTo(graduated(g), fy(2021)));
            assertTrue(fiveYears.appliesTo(graduated(g), fy(2025)));
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2026)));
        }

        @Test
        @DisplayName("a February graduate from the current fiscal year: 2022-02-28 → 2021年度…2025年度")
        void februaryGraduate() {
            LocalDate g = LocalDate.of(2022, 2, 28);
            assertEquals(fy(2021), ReliefRule.firstGraduationReliefYear(g));
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2020)));
            assertTrue(fiveYears.appliesTo(graduated(g), fy(2021)), "relieved in the fiscal year of the graduation");
            assertTrue(fiveYears.appliesTo(graduated(g), fy(2025)));
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2026)));
        }

        @Test
        @DisplayName("a March graduate one year later starts one year later: 2022-03-31 → 2022年度…2026年度")
        void nextMarch() {
            LocalDate g = LocalDate.of(2022, 3, 31);
            assertEquals(fy(2022), ReliefRule.firstGraduationReliefYear(g));
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2021)));
            assertTrue(fiveYears.appliesTo(graduated(g), fy(2026)));
            assertFalse(fiveYears.appliesTo(graduated(g), fy(2027)));
        }

        @Test
        @DisplayName("n is the number of relieved years; no graduation date, no relief")
        void numberAndUnknownGraduation() {
            ReliefRule one = rule(ReliefKind.GRADUATION_YEARS, 1, null);
            assertTrue(one.appliesTo(graduated(LocalDate.of(2021, 3, 1)), fy(2021)));
            assertFalse(one.appliesTo(graduated(LocalDate.of(2021, 3, 1)), fy(2022)));
            assertFalse(fiveYears.appliesTo(graduated(null), fy(2021)));
        }

        @Test
        @DisplayName("the day a date falls in decides the year asked about: 2026-03-31 is 2025年度, 2026-04-01 2026年度")
        void fiscalYearEdgesOfTheQuestion() {
            LocalDate g = LocalDate.of(2021, 3, 31);
            assertTrue(fiveYears.appliesTo(graduated(g), FiscalYear.of(LocalDate.of(2026, 3, 31))));
            assertFalse(fiveYears.appliesTo(graduated(g), FiscalYear.of(LocalDate.of(2026, 4, 1))));
        }
    }

    @Nested
    class Age {

        final ReliefRule eighty = rule(ReliefKind.AGE_AT_LEAST, 80, null);

        @Test
        @DisplayName("counted at the fiscal year's start: 80 on April 1 is relieved, 80 on April 2 not until next year")
        void atTheStart() {
            ReliefSubject onStart = new ReliefSubject(LocalDate.of(1946, 4, 1), null, LICENSED, MemberCategory.A1);
            ReliefSubject dayLater = new ReliefSubject(LocalDate.of(1946, 4, 2), null, LICENSED, MemberCategory.A1);
            assertTrue(eighty.appliesTo(onStart, fy(2026)));
            assertFalse(eighty.appliesTo(onStart, fy(2025)));
            assertFalse(eighty.appliesTo(dayLater, fy(2026)));
            assertTrue(eighty.appliesTo(dayLater, fy(2027)));
        }

        @Test
        @DisplayName("or on a stated reference day: March 31 lies in the calendar year after the fiscal year's start")
        void onAReferenceDay() {
            ReliefRule endOfYear = ReliefRule.of(JMA, new ReliefRule.Settings(ReliefKind.AGE_AT_LEAST, 80, null,
                    MonthDay.of(3, 31), "80歳以上", null));
            assertEquals(LocalDate.of(2027, 3, 31), endOfYear.referenceDayIn(fy(2026)));
            ReliefSubject born = new ReliefSubject(LocalDate.of(1947, 3, 31), null, LICENSED, MemberCategory.A1);
            assertTrue(endOfYear.appliesTo(born, fy(2026)));
            assertFalse(eighty.appliesTo(born, fy(2026)));
        }
    }

    @Test
    @DisplayName("RESIDENT applies to the category it names only")
    void resident() {
        ReliefRule c = rule(ReliefKind.RESIDENT, null, MemberCategory.C);
        ReliefRule a2c = rule(ReliefKind.RESIDENT, null, MemberCategory.A2_C);
        ReliefSubject isC = new ReliefSubject(BIRTH, null, LICENSED, MemberCategory.C);
        ReliefSubject isA2c = new ReliefSubject(BIRTH, null, LICENSED, MemberCategory.A2_C);
        ReliefSubject isB = new ReliefSubject(BIRTH, null, LICENSED, MemberCategory.B);
        assertTrue(c.appliesTo(isC, fy(2026)));
        assertFalse(c.appliesTo(isA2c, fy(2026)));
        assertTrue(a2c.appliesTo(isA2c, fy(2026)));
        assertFalse(a2c.appliesTo(isB, fy(2026)));
        assertEquals(List.of(c), ReliefRule.applying(List.of(a2c, c), isC, fy(2026)));
    }

    @Test
    @DisplayName("LICENSED_UNDER_YEARS: fewer than n full years since the 医籍登録日 at the fiscal year's start")
    void licensedUnder() {
        ReliefRule under10 = rule(ReliefKind.LICENSED_UNDER_YEARS, 10, null);
        ReliefSubject s = new ReliefSubject(BIRTH, null, LocalDate.of(2016, 4, 1), MemberCategory.A2_B);
        assertTrue(under10.appliesTo(s, fy(2025)), "9 years on 2025-04-01");
        assertFalse(under10.appliesTo(s, fy(2026)), "10 years on 2026-04-01");
        ReliefSubject notYet = new ReliefSubject(BIRTH, null, LocalDate.of(2026, 5, 1), MemberCategory.A2_B);
        assertFalse(under10.appliesTo(notYet, fy(2025)), "not licensed yet");
    }

    @Test
    @DisplayName("settings are checked: n for numbered kinds, a resident category for RESIDENT, a label")
    void settingsChecked() {
        assertEquals("number", assertThrows(MamisException.class,
                () -> rule(ReliefKind.GRADUATION_YEARS, null, null)).findField().orElseThrow());
        assertEquals("number", assertThrows(MamisException.class,
                () -> rule(ReliefKind.AGE_AT_LEAST, 0, null)).findField().orElseThrow());
        assertEquals("relief.category.resident", assertThrows(MamisException.class,
                () -> rule(ReliefKind.RESIDENT, null, MemberCategory.A2_B)).getKey());
        assertEquals("relief.label.required", assertThrows(MamisException.class,
                () -> ReliefRule.of(JMA, new ReliefRule.Settings(ReliefKind.RESIDENT, null, MemberCategory.C, null, " ", null))).getKey());
        assertThrows(MamisException.class, () -> ReliefRule.of(JMA, new ReliefRule.Settings(null, 5, null, null, "x", null)));
    }

    @Test
    @DisplayName("what a kind does not use is not kept, and the description for the history is stable")
    void normalisedAndDescribed() {
        ReliefRule r = ReliefRule.of(JMA, new ReliefRule.Settings(ReliefKind.GRADUATION_YEARS, 5, MemberCategory.C,
                MonthDay.of(3, 31), " 卒後5年減免 ", "会費を減額"));
        assertTrue(r.findCategory().isEmpty());
        assertTrue(r.findReferenceDay().isEmpty());
        assertEquals("relief[GRADUATION_YEARS 5] 卒後5年減免：会費を減額", r.describe());
        ReliefRule age = ReliefRule.of(JMA, new ReliefRule.Settings(ReliefKind.AGE_AT_LEAST, 77, null, MonthDay.of(4, 1), "喜寿", null));
        assertTrue(age.findReferenceDay().isEmpty(), "April 1 is the default");
        assertEquals("relief[RESIDENT C] 研修医C：全額免除",
                ReliefRule.of(JMA, new ReliefRule.Settings(ReliefKind.RESIDENT, 3, MemberCategory.C, null, "研修医C", "全額免除")).describe());
    }
}
