package jp.mamis.domain.statistics;

import jp.mamis.domain.calendar.JapaneseDates;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The 会員区分別会員統計表 as of a month end: the block of the whole association (for JMA 全国) and,
 * for JMA, one block per prefecture below it. The national block is counted on its own, and the
 * table refuses to exist when the prefecture blocks do not add up to it — a member counted twice
 * or lost between blocks shows up here instead of in a printed table.
 */
public final class CategoryStatistics implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final CategoryBlock whole;
    private final List<CategoryBlock> blocks;

    /**
     * @param month  the month whose last day the numbers are as of
     * @param whole  the association's (or the nation's) block
     * @param blocks the prefecture blocks (JMA only; empty otherwise), whose sum must equal {@code whole}
     * @throws IllegalStateException when the blocks do not add up to the whole
     */
    public CategoryStatistics(YearMonth month, CategoryBlock whole, List<CategoryBlock> blocks) {
        this.date = month.atEndOfMonth();
        this.whole = Objects.requireNonNull(whole);
        this.blocks = List.copyOf(blocks);
        if (!this.blocks.isEmpty()) {
            CategoryBlock sum = this.blocks.stream().reduce((a, b) -> a.plus(b, "")).orElseThrow();
            if (!sum.sameCounts(whole)) {
                throw new IllegalStateException("the blocks " + this.blocks + " do not add up to " + whole);
            }
        }
    }

    /** The day the numbers are as of (the month end). */
    public LocalDate date() {
        return date;
    }

    public CategoryBlock whole() {
        return whole;
    }

    public List<CategoryBlock> blocks() {
        return blocks;
    }

    /** The whole block first, then the prefecture blocks. */
    public List<CategoryBlock> allBlocks() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(whole), blocks.stream()).toList();
    }

    /** 会員区分別会員統計表（令和6年03月） */
    public String title() {
        String d = JapaneseDates.warekiPadded(date);
        return "会員区分別会員統計表（" + d.substring(0, d.lastIndexOf('月') + 1) + "）";
    }

    /** 令和6年03月31日 現在 */
    public String asOfText() {
        return JapaneseDates.warekiPadded(date) + " 現在";
    }

    /** The rows shown: total, (男), (女), and (不明) only when a member has no recorded sex. */
    public List<SexRow> rows() {
        return whole.get(SexRow.UNKNOWN, CategoryColumn.TOTAL) > 0 ? List.of(SexRow.values())
                : List.of(SexRow.TOTAL, SexRow.MALE, SexRow.FEMALE);
    }

    /** The columns shown: 総数 … C, and 区分なし only when a member has no category. */
    public List<CategoryColumn> columns() {
        return whole.get(SexRow.TOTAL, CategoryColumn.NONE) > 0 ? List.of(CategoryColumn.values())
                : Arrays.stream(CategoryColumn.values()).filter(c -> c != CategoryColumn.NONE).toList();
    }
}
