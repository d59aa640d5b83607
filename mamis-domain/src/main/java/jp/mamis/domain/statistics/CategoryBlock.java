package jp.mamis.domain.statistics;

import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.MemberCategory;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One block of the 会員区分別会員統計表 (全国, one prefecture, or one association): the count of every
 * category × sex cell, and the totals derived from them, so 総数 = 小計 + C + 区分なし and
 * total = (男) + (女) + (不明) hold by construction. Immutable; built with {@link #builder}.
 */
public final class CategoryBlock implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final CategoryColumn[] CELLS = Arrays.stream(CategoryColumn.values()).filter(CategoryColumn::isCell)
            .toArray(CategoryColumn[]::new);
    private static final SexRow[] SEXES = {SexRow.MALE, SexRow.FEMALE, SexRow.UNKNOWN};

    private final String label;
    /** [sex: MALE, FEMALE, UNKNOWN][cell column index in CELLS] */
    private final long[][] cells;

    private CategoryBlock(String label, long[][] cells) {
        this.label = Objects.requireNonNull(label);
        this.cells = cells;
    }

    public static Builder builder(String label) {
        return new Builder(label);
    }

    /** The block's heading: 全国, a prefecture's association, or the association itself. */
    public String label() {
        return label;
    }

    /** The count of a row and a column, 総数 and 小計 and the total row summed from the cells. */
    public long get(SexRow row, CategoryColumn column) {
        if (row == SexRow.TOTAL) {
            long sum = 0;
            for (SexRow s : SEXES) {
                sum += get(s, column);
            }
            return sum;
        }
        long[] r = cells[sexIndex(row)];
        return switch (column) {
            case TOTAL -> Arrays.stream(r).sum();
            case SUBTOTAL -> {
                long sum = 0;
                for (int i = 0; i < CELLS.length; i++) {
                    if (CELLS[i].inSubtotal()) {
                        sum += r[i];
                    }
                }
                yield sum;
            }
            default -> r[cellIndex(column)];
        };
    }

    /** 総数 of the block. */
    public long total() {
        return get(SexRow.TOTAL, CategoryColumn.TOTAL);
    }

    /** The cell-wise sum of this block and another, under {@code label}. */
    public CategoryBlock plus(CategoryBlock other, String label) {
        long[][] sum = new long[SEXES.length][CELLS.length];
        for (int s = 0; s < SEXES.length; s++) {
            for (int c = 0; c < CELLS.length; c++) {
                sum[s][c] = cells[s][c] + other.cells[s][c];
            }
        }
        return new CategoryBlock(label, sum);
    }

    /** True when every cell has the same count as the other block's (labels aside). */
    public boolean sameCounts(CategoryBlock other) {
        return Arrays.deepEquals(cells, other.cells);
    }

    @Override
    public String toString() {
        return label + Arrays.deepToString(cells);
    }

    private static int sexIndex(SexRow row) {
        return switch (row) {
            case MALE -> 0;
            case FEMALE -> 1;
            case UNKNOWN -> 2;
            case TOTAL -> throw new IllegalArgumentException("TOTAL is summed");
        };
    }

    private static int cellIndex(CategoryColumn column) {
        for (int i = 0; i < CELLS.length; i++) {
            if (CELLS[i] == column) {
                return i;
            }
        }
        throw new IllegalArgumentException(column + " is summed");
    }

    /** Collects counts (from grouped query rows); a category or sex may be null. */
    public static final class Builder {
        private final String label;
        private final long[][] cells = new long[SEXES.length][CELLS.length];

        private Builder(String label) {
            this.label = label;
        }

        public Builder add(MemberCategory category, Sex sex, long count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count);
            }
            cells[sexIndex(SexRow.of(sex))][cellIndex(CategoryColumn.of(category))] += count;
            return this;
        }

        public CategoryBlock build() {
            long[][] copy = new long[SEXES.length][];
            for (int s = 0; s < SEXES.length; s++) {
                copy[s] = cells[s].clone();
            }
            return new CategoryBlock(label, copy);
        }
    }
}
