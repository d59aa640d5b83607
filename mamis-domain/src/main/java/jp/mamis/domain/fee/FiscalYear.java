package jp.mamis.domain.fee;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A fiscal year (年度) of the associations: April 1 to March 31 of the next calendar year, named
 * by the calendar year it starts in (2026年度 = 2026-04-01 … 2027-03-31).
 */
public record FiscalYear(int year) implements Comparable<FiscalYear>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public FiscalYear {
        if (year < 1900 || year > 9998) {
            throw new IllegalArgumentException("fiscal year out of range: " + year);
        }
    }

    /** The fiscal year a day falls in: 2026-03-31 is in 2025年度, 2026-04-01 in 2026年度. */
    public static FiscalYear of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new FiscalYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    public FiscalYear next() {
        return plus(1);
    }

    public FiscalYear plus(int years) {
        return new FiscalYear(year + years);
    }

    public boolean contains(LocalDate day) {
        return of(day).equals(this);
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(year, o.year);
    }

    /** e.g. {@code 2026年度}. */
    @Override
    public String toString() {
        return year + "年度";
    }
}
