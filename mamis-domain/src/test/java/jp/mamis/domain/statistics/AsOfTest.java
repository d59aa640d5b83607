package jp.mamis.domain.statistics;

import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.MembershipStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static jp.mamis.domain.membership.MembershipStatus.ACTIVE;
import static jp.mamis.domain.membership.MembershipStatus.PENDING;
import static jp.mamis.domain.membership.MembershipStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsOfTest {

    static final LocalDate END = LocalDate.of(2024, 3, 31);

    @Test
    void joinedOnTheDayCountsJoinedTheDayAfterDoesNot() {
        assertTrue(AsOf.isMember(ACTIVE, END, null, END));
        assertTrue(AsOf.isMember(ACTIVE, END.minusYears(20), null, END));
        assertFalse(AsOf.isMember(ACTIVE, END.plusDays(1), null, END));
    }

    @Test
    void anUnknownJoinDateCountsAsJoined() {
        assertTrue(AsOf.isMember(ACTIVE, null, null, END));
        assertTrue(AsOf.isMember(WITHDRAWN, null, END.plusDays(1), END));
    }

    @Test
    void leftOnTheDayOrBeforeIsNotCountedLeftAfterItIs() {
        assertFalse(AsOf.isMember(WITHDRAWN, LocalDate.of(2010, 4, 1), END, END), "the leave date is the first day without the membership");
        assertFalse(AsOf.isMember(WITHDRAWN, LocalDate.of(2010, 4, 1), END.minusDays(1), END));
        assertTrue(AsOf.isMember(WITHDRAWN, LocalDate.of(2010, 4, 1), END.plusDays(1), END), "still a member on the month end");
    }

    @Test
    void aTransferOnTheDayIsCountedOnceAtTheNewAssociation() {
        LocalDate move = END;
        boolean old = AsOf.isMember(WITHDRAWN, LocalDate.of(2010, 4, 1), move, END);
        boolean next = AsOf.isMember(ACTIVE, move, null, END);
        assertFalse(old);
        assertTrue(next);
        LocalDate dayAfter = END.plusDays(1);
        assertTrue(AsOf.isMember(WITHDRAWN, LocalDate.of(2010, 4, 1), dayAfter, END));
        assertFalse(AsOf.isMember(ACTIVE, dayAfter, null, END));
    }

    @Test
    void pendingAndWithdrawnWithoutADateAreNotCounted() {
        assertFalse(AsOf.isMember(PENDING, null, null, END));
        assertFalse(AsOf.isMember(WITHDRAWN, null, null, END));
    }

    @Test
    void theCategoryOnTheDayComesFromTheHistory() {
        List<AsOf.CategoryChange> changes = List.of(
                new AsOf.CategoryChange(LocalDate.of(2023, 4, 1), MemberCategory.A2_C), // A2(C) → A2(B)
                new AsOf.CategoryChange(LocalDate.of(2024, 4, 1), MemberCategory.A2_B)); // A2(B) → A1
        assertEquals(MemberCategory.A1, AsOf.categoryOn(MemberCategory.A1, changes, LocalDate.of(2024, 4, 1)), "effective on the day counts");
        assertEquals(MemberCategory.A2_B, AsOf.categoryOn(MemberCategory.A1, changes, END));
        assertEquals(MemberCategory.A2_B, AsOf.categoryOn(MemberCategory.A1, changes, LocalDate.of(2023, 4, 1)));
        assertEquals(MemberCategory.A2_C, AsOf.categoryOn(MemberCategory.A1, changes, LocalDate.of(2023, 3, 31)));
        assertEquals(MemberCategory.A1, AsOf.categoryOn(MemberCategory.A1, List.of(), END));
        assertEquals(MemberCategory.B, AsOf.categoryOn(MemberCategory.B, List.of(new AsOf.CategoryChange(null, MemberCategory.A2_B)), END),
                "a change without a date counts as long ago");
        // recorded out of date order: the earliest change after the day decides
        assertEquals(MemberCategory.A2_C, AsOf.categoryOn(MemberCategory.A1, List.of(changes.get(1), changes.get(0)), LocalDate.of(2022, 1, 1)));
    }

    @Test
    void graduationYearsAreFiscalYearsWithUnknownLast() {
        GraduationYears g = GraduationYears.builder(END)
                .add(2009, Sex.MALE, 2).add(2009, Sex.FEMALE, 1).add(null, null, 4).add(1985, null, 1).add(2009, Sex.MALE, 1)
                .build();
        assertEquals(List.of(new FiscalYear(1985), new FiscalYear(2009)), g.rows().subList(0, 2).stream().map(GraduationYears.Row::year).toList());
        assertNull(g.rows().get(2).year());
        assertEquals(new GraduationYears.Row(new FiscalYear(2009), 3, 1, 0), g.rows().get(1));
        assertEquals(4, g.rows().get(2).unknown());
        assertEquals(new GraduationYears.Row(null, 3, 1, 5), g.total());
        assertEquals(9, g.total().total());
        assertEquals(FiscalYear.of(LocalDate.of(2010, 3, 25)), new FiscalYear(2009), "a March 2010 graduate is of 2009年度");
    }
}
