package jp.mamis.domain.statistics;

import jp.mamis.domain.membership.MemberCategory;

/**
 * The columns of the 会員区分別会員統計表 in their printed order: 総数, A1, A2(B), A2(C), B, 小計
 * (A1 + A2(B) + A2(C) + B), C, and 区分なし for members without a category.
 */
public enum CategoryColumn {
    TOTAL(null),
    A1(MemberCategory.A1),
    A2_B(MemberCategory.A2_B),
    A2_C(MemberCategory.A2_C),
    B(MemberCategory.B),
    SUBTOTAL(null),
    C(MemberCategory.C),
    NONE(null);

    private final MemberCategory category;

    CategoryColumn(MemberCategory category) {
        this.category = category;
    }

    /** The column one category is counted in; {@link #NONE} for no category. */
    public static CategoryColumn of(MemberCategory category) {
        if (category == null) {
            return NONE;
        }
        for (CategoryColumn c : values()) {
            if (c.category == category) {
                return c;
            }
        }
        throw new IllegalArgumentException(category.name());
    }

    /** True for the columns that count one category (or none); false for 総数 and 小計. */
    public boolean isCell() {
        return category != null || this == NONE;
    }

    /** True when the column is part of 小計. */
    public boolean inSubtotal() {
        return category != null && category != MemberCategory.C;
    }
}
