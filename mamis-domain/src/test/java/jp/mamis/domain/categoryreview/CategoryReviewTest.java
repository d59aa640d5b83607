package jp.mamis.domain.categoryreview;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipEvent;
import jp.mamis.domain.membership.Origin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryReviewTest {

    /** 医籍登録 2023-04-20: the training ends 2025-04-20 unless set otherwise. */
    static final LocalDate LICENSED = LocalDate.of(2023, 4, 20);
    static final LocalDate END = LocalDate.of(2025, 4, 20);
    static final Instant AT = Instant.parse("2025-04-21T00:00:00Z");

    static Doctor resident() {
        return Doctor.register(TestDoctors.registration(LocalDate.of(1998, 5, 5), LocalDate.of(2023, 3, 20), LICENSED),
                LocalDate.of(2025, 4, 1));
    }

    static Membership member(Doctor d, MemberCategory c) {
        return d.join(Association.national("00", "日本医師会"), new Facility("研修病院", "13"), c, LocalDate.of(2023, 5, 1));
    }

    @Test
    @DisplayName("A2(C) → A2(B) and C → B; every other category stays")
    void transitions() {
        assertEquals(Optional.of(MemberCategory.A2_B), CategoryTransition.afterTraining(MemberCategory.A2_C));
        assertEquals(Optional.of(MemberCategory.B), CategoryTransition.afterTraining(MemberCategory.C));
        for (MemberCategory c : new MemberCategory[] {MemberCategory.A1, MemberCategory.A2_B, MemberCategory.B}) {
            assertTrue(CategoryTransition.afterTraining(c).isEmpty(), c.label());
        }
    }

    @Test
    @DisplayName("the training ends two years after the 医籍登録日; due from that day, not the day before")
    void dueFromTheTrainingEnd() {
        Doctor d = resident();
        Membership m = member(d, MemberCategory.A2_C);
        assertEquals(END, d.trainingEnd());
        assertTrue(CategoryTransition.dueOn(m, END.minusDays(1)).isEmpty());
        assertEquals(Optional.of(MemberCategory.A2_B), CategoryTransition.dueOn(m, END));
        assertEquals(Optional.of(MemberCategory.A2_B), CategoryTransition.dueOn(m, END.plusYears(3)));
    }

    @Test
    @DisplayName("an extended training moves the due day; the reason is required and the end not before the 医籍登録日")
    void extendedTraining() {
        Doctor d = resident();
        Membership m = member(d, MemberCategory.C);
        d.changeTrainingEnd(LocalDate.of(2026, 3, 31), "育児休業による研修期間の延長");
        assertEquals(LocalDate.of(2026, 3, 31), d.trainingEnd());
        assertTrue(CategoryTransition.dueOn(m, END).isEmpty());
        assertEquals(Optional.of(MemberCategory.B), CategoryTransition.dueOn(m, LocalDate.of(2026, 3, 31)));
        assertEquals("training.reason.required",
                assertThrows(MamisException.class, () -> d.changeTrainingEnd(LocalDate.of(2026, 9, 30), " ")).getKey());
        assertEquals("training.end.beforeRegistration",
                assertThrows(MamisException.class, () -> d.changeTrainingEnd(LICENSED.minusDays(1), "誤り")).getKey());
        d.changeTrainingEnd(null, "既定に戻す");
        assertEquals(END, d.trainingEnd());
    }

    @ParameterizedTest
    @EnumSource(value = MemberCategory.class, names = {"A1", "A2_B", "B"})
    void noTaskForOtherCategories(MemberCategory c) {
        Membership m = member(resident(), c);
        assertEquals("categoryReview.notDue", assertThrows(MamisException.class,
                () -> CategoryReviewTask.raise(m, END, AT)).getKey());
    }

    @Test
    void notRaisedBeforeTheEndNorForAnEndedMembership() {
        Doctor d = resident();
        Membership m = member(d, MemberCategory.A2_C);
        assertThrows(MamisException.class, () -> CategoryReviewTask.raise(m, END.minusDays(1), AT));
        d.leave(java.util.List.of(m), LocalDate.of(2025, 3, 31), Origin.record(AT));
        assertThrows(MamisException.class, () -> CategoryReviewTask.raise(m, END, AT));
    }

    @Test
    @DisplayName("applied: the category changes from the training end, recorded as CATEGORY_REVIEW; a second apply is refused")
    void applyOnce() {
        Membership m = member(resident(), MemberCategory.A2_C);
        CategoryReviewTask t = CategoryReviewTask.raise(m, END, AT);
        assertEquals(MemberCategory.A2_C, t.getFrom());
        assertEquals(MemberCategory.A2_B, t.getTo());
        assertEquals(END, t.getDueDate());
        t.apply(null, "s00.op", AT);
        assertEquals(MemberCategory.A2_B, m.getCategory());
        assertEquals(TaskStatus.APPLIED, t.getStatus());
        MembershipEvent e = m.getEvents().get(m.getEvents().size() - 1);
        assertEquals(MembershipEvent.Kind.CATEGORY_CHANGED, e.getKind());
        assertEquals(Origin.Cause.CATEGORY_REVIEW, e.getCause());
        assertEquals(Optional.of(END), e.findEffectiveDate());
        assertEquals(Optional.of(MemberCategory.A2_C), e.findCategoryBefore());
        assertEquals(Optional.of("s00.op"), e.findActor());
        int events = m.getEvents().size();
        assertEquals("categoryReview.closed", assertThrows(MamisException.class, () -> t.apply(null, "s00.op", AT)).getKey());
        assertEquals(events, m.getEvents().size(), "nothing written twice");
    }

    @Test
    void applyOnAChosenDateNotBeforeTheJoin() {
        Membership m = member(resident(), MemberCategory.C);
        CategoryReviewTask t = CategoryReviewTask.raise(m, END, AT);
        assertEquals("categoryReview.effective.beforeJoin",
                assertThrows(MamisException.class, () -> t.apply(LocalDate.of(2023, 4, 30), "op", AT)).getKey());
        t.apply(LocalDate.of(2025, 5, 1), "op", AT);
        assertEquals(MemberCategory.B, m.getCategory());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 1)), t.findEffectiveDate());
    }

    @Test
    void refusedWhenTheCategoryChangedSince() {
        Membership m = member(resident(), MemberCategory.A2_C);
        CategoryReviewTask t = CategoryReviewTask.raise(m, END, AT);
        m.changeCategory(MemberCategory.A1, END, Origin.record(AT));
        assertEquals("categoryReview.changedSince", assertThrows(MamisException.class, () -> t.apply(null, "op", AT)).getKey());
        assertEquals(MemberCategory.A1, m.getCategory());
    }

    @Test
    void dismissNeedsAReasonAndClosesTheTask() {
        Membership m = member(resident(), MemberCategory.A2_C);
        CategoryReviewTask t = CategoryReviewTask.raise(m, END, AT);
        assertEquals("categoryReview.reason.required", assertThrows(MamisException.class, () -> t.dismiss("", "op", AT)).getKey());
        t.dismiss("研修継続中（本人確認済み）", "op", AT);
        assertEquals(TaskStatus.DISMISSED, t.getStatus());
        assertEquals(MemberCategory.A2_C, m.getCategory());
        assertThrows(MamisException.class, () -> t.apply(null, "op", AT));
        assertThrows(MamisException.class, () -> t.dismiss("again", "op", AT));
    }
}
