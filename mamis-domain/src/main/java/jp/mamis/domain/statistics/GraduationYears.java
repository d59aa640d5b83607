package jp.mamis.domain.statistics;

import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.fee.FiscalYear;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Members by graduation year (卒業年度別): the fiscal year (April–March) of the graduation date, so a
 * March 2010 graduate is in 2009年度 like the rest of their class; an unknown graduation date is its
 * own row (不明), last. Each row counts (男), (女) and (不明); the total row is their sum.
 */
public final class GraduationYears implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One year's counts; {@code year} is null for an unknown graduation date. */
    public record Row(FiscalYear year, long male, long female, long unknown) implements Serializable {
        public long total() {
            return male + female + unknown;
        }
    }

    private final LocalDate date;
    private final List<Row> rows;

    private GraduationYears(LocalDate date, List<Row> rows) {
        this.date = date;
        this.rows = List.copyOf(rows);
    }

    /** The day the numbers are as of. */
    public LocalDate date() {
        return date;
    }

    /** Oldest year first, 不明 last. */
    public List<Row> rows() {
        return rows;
    }

    public Row total() {
        long m = 0;
        long f = 0;
        long u = 0;
        for (Row r : rows) {
            m += r.male();
            f += r.female();
            u += r.unknown();
        }
        return new Row(null, m, f, u);
    }

    public static Builder builder(LocalDate date) {
        return new Builder(date);
    }

    /** Collects counts of graduation fiscal years (null = unknown) and sexes (null = not recorded). */
    public static final class Builder {
        private final LocalDate date;
        private final Map<Integer, long[]> years = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));

        private Builder(LocalDate date) {
            this.date = date;
        }

        public Builder add(Integer fiscalYear, Sex sex, long count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count);
            }
            years.computeIfAbsent(fiscalYear, y -> new long[3])[SexRow.of(sex).ordinal() - 1] += count;
            return this;
        }

        public GraduationYears build() {
            List<Row> rows = new ArrayList<>();
            years.forEach((y, c) -> rows.add(new Row(y == null ? null : new FiscalYear(y), c[0], c[1], c[2])));
            return new GraduationYears(date, rows);
        }
    }
}
