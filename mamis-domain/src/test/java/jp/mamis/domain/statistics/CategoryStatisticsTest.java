package jp.mamis.domain.statistics;

import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static jp.mamis.domain.membership.MemberCategory.A2_C;
import static jp.mamis.domain.membership.MemberCategory.B;
import static jp.mamis.domain.membership.MemberCategory.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryStatisticsTest {

    /** The seed's 全国 block (令和6年03月31日): its 総数 is one more than 小計 + C — one male member without a category. */
    static CategoryBlock seed(String label) {
        return CategoryBlock.builder(label)
                .add(A1, Sex.MALE, 72_414).add(A2_B, Sex.MALE, 30_958).add(A2_C, Sex.MALE, 2_555).add(B, Sex.MALE, 34_023)
                .add(C, Sex.MALE, 2_800).add(null, Sex.MALE, 1)
                .add(A1, Sex.FEMALE, 9_714).add(A2_B, Sex.FEMALE, 10_910).add(A2_C, Sex.FEMALE, 1_443).add(B, Sex.FEMALE, 9_470)
                .add(C, Sex.FEMALE, 1_345)
                .build();
    }

    @Test
    void theSeedsTableAddsUpWithItsMemberWithoutACategoryInAColumnOfItsOwn() {
        CategoryBlock b = seed("全国");
        assertEquals(175_633, b.get(SexRow.TOTAL, CategoryColumn.TOTAL));
        assertEquals(82_128, b.get(SexRow.TOTAL, CategoryColumn.A1));
        assertEquals(41_868, b.get(SexRow.TOTAL, CategoryColumn.A2_B));
        assertEquals(3_998, b.get(SexRow.TOTAL, CategoryColumn.A2_C));
        assertEquals(43_493, b.get(SexRow.TOTAL, CategoryColumn.B));
        assertEquals(171_487, b.get(SexRow.TOTAL, CategoryColumn.SUBTOTAL));
        assertEquals(4_145, b.get(SexRow.TOTAL, CategoryColumn.C));
        assertEquals(1, b.get(SexRow.TOTAL, CategoryColumn.NONE));
        assertEquals(142_751, b.get(SexRow.MALE, CategoryColumn.TOTAL));
        assertEquals(139_950, b.get(SexRow.MALE, CategoryColumn.SUBTOTAL));
        assertEquals(32_882, b.get(SexRow.FEMALE, CategoryColumn.TOTAL));
        assertEquals(31_537, b.get(SexRow.FEMALE, CategoryColumn.SUBTOTAL));
        assertEquals(0, b.get(SexRow.UNKNOWN, CategoryColumn.TOTAL));

        CategoryStatistics s = new CategoryStatistics(YearMonth.of(2024, 3), b, List.of());
        assertEquals(List.of(CategoryColumn.values()), s.columns(), "区分なし is shown because one member has none");
        assertEquals(List.of(SexRow.TOTAL, SexRow.MALE, SexRow.FEMALE), s.rows(), "no (不明) row when every sex is known");
    }

    @Test
    void everyRowAndColumnAddsUp() {
        CategoryBlock b = CategoryBlock.builder("x").add(A1, Sex.MALE, 3).add(C, null, 2).add(null, Sex.FEMALE, 5)
                .add(A2_C, null, 7).add(B, Sex.FEMALE, 11).build();
        for (SexRow r : SexRow.values()) {
            assertEquals(b.get(r, CategoryColumn.TOTAL),
                    b.get(r, CategoryColumn.SUBTOTAL) + b.get(r, CategoryColumn.C) + b.get(r, CategoryColumn.NONE), r.name());
            assertEquals(b.get(r, CategoryColumn.SUBTOTAL), b.get(r, CategoryColumn.A1) + b.get(r, CategoryColumn.A2_B)
                    + b.get(r, CategoryColumn.A2_C) + b.get(r, CategoryColumn.B), r.name());
        }
        for (CategoryColumn c : CategoryColumn.values()) {
            assertEquals(b.get(SexRow.TOTAL, c), b.get(SexRow.MALE, c) + b.get(SexRow.FEMALE, c) + b.get(SexRow.UNKNOWN, c), c.name());
        }
        assertEquals(28, b.total());
        assertEquals(9, b.get(SexRow.UNKNOWN, CategoryColumn.TOTAL));
        assertEquals(7, b.get(SexRow.UNKNOWN, CategoryColumn.SUBTOTAL));
        assertEquals(2, b.get(SexRow.UNKNOWN, CategoryColumn.C));
        assertEquals(5, b.get(SexRow.FEMALE, CategoryColumn.NONE));
    }

    @Test
    void unknownSexIsARowOfItsOwnAndNoCategoryColumnOnlyWhenNeeded() {
        CategoryBlock b = CategoryBlock.builder("x").add(A1, null, 1).add(A1, Sex.MALE, 1).build();
        CategoryStatistics s = new CategoryStatistics(YearMonth.of(2024, 3), b, List.of());
        assertEquals(List.of(SexRow.values()), s.rows());
        assertFalse(s.columns().contains(CategoryColumn.NONE));
        assertEquals(List.of(CategoryColumn.TOTAL, CategoryColumn.A1, CategoryColumn.A2_B, CategoryColumn.A2_C, CategoryColumn.B,
                CategoryColumn.SUBTOTAL, CategoryColumn.C), s.columns(), "the printed order");
    }

    @Test
    void prefectureBlocksMustAddUpToTheNation() {
        CategoryBlock kanagawa = CategoryBlock.builder("神奈川県医師会").add(A1, Sex.MALE, 2).add(C, Sex.FEMALE, 1).build();
        CategoryBlock hokkaido = CategoryBlock.builder("北海道医師会").add(A1, Sex.MALE, 1).add(null, null, 1).build();
        CategoryBlock nation = CategoryBlock.builder("全国").add(A1, Sex.MALE, 3).add(C, Sex.FEMALE, 1).add(null, null, 1).build();
        CategoryStatistics s = new CategoryStatistics(YearMonth.of(2024, 3), nation, List.of(kanagawa, hokkaido));
        assertEquals(List.of(nation, kanagawa, hokkaido), s.allBlocks());
        assertEquals(5, s.whole().total());

        CategoryBlock twice = CategoryBlock.builder("全国").add(A1, Sex.MALE, 2).add(C, Sex.FEMALE, 1).add(null, null, 1).build();
        assertThrows(IllegalStateException.class, () -> new CategoryStatistics(YearMonth.of(2024, 3), twice, List.of(kanagawa, hokkaido)),
                "a member counted in a prefecture but not in the nation");
        CategoryBlock moved = CategoryBlock.builder("全国").add(A1, Sex.FEMALE, 3).add(C, Sex.FEMALE, 1).add(null, null, 1).build();
        assertThrows(IllegalStateException.class, () -> new CategoryStatistics(YearMonth.of(2024, 3), moved, List.of(kanagawa, hokkaido)),
                "same 総数, different cells");
    }

    @Test
    void theHeaderIsInWarekiAtTheMonthEnd() {
        CategoryStatistics s = new CategoryStatistics(YearMonth.of(2024, 3), seed("全国"), List.of());
        assertEquals(LocalDate.of(2024, 3, 31), s.date());
        assertEquals("令和6年03月31日 現在", s.asOfText());
        assertEquals("会員区分別会員統計表（令和6年03月）", s.title());
        assertEquals("令和6年02月29日 現在", new CategoryStatistics(YearMonth.of(2024, 2), seed("全国"), List.of()).asOfText(), "leap year");
        assertEquals("平成31年04月30日 現在", new CategoryStatistics(YearMonth.of(2019, 4), seed("全国"), List.of()).asOfText());
        assertEquals("令和元年05月31日 現在", new CategoryStatistics(YearMonth.of(2019, 5), seed("全国"), List.of()).asOfText());
    }

    @Test
    void countsAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> CategoryBlock.builder("x").add(A1, Sex.MALE, -1));
    }

    @Test
    void subtotalHoldsA1A2bA2cAndBButNotC() {
        for (MemberCategory c : MemberCategory.values()) {
            assertEquals(c != C, CategoryColumn.of(c).inSubtotal(), c.name());
        }
        assertFalse(CategoryColumn.NONE.inSubtotal());
        assertTrue(CategoryColumn.NONE.isCell());
        assertFalse(CategoryColumn.TOTAL.isCell());
        assertFalse(CategoryColumn.SUBTOTAL.isCell());
    }
}
