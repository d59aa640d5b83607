package jp.mamis.domain.calendar;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;

/**
 * Dates as Japanese documents write them. The era comes from {@link JapaneseDate}, so the
 * change of era is the calendar's own (平成31年4月30日 → 令和元年5月1日), and the first year of an
 * era is written 元年 as on official documents. Dates before 明治6年 (1873-01-01, when Japan took
 * up the Gregorian calendar) have no 和暦 here and are refused by {@link JapaneseDate}.
 */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    /** 令和8年12月2日; 令和元年5月1日 in an era's first year. */
    public static String wareki(LocalDate date) {
        return wareki(date, false);
    }

    /** 令和8年12月02日: month and day in two digits, for aligned headers such as 令和6年03月31日. */
    public static String warekiPadded(LocalDate date) {
        return wareki(date, true);
    }

    /** The era's name, e.g. 令和. */
    public static String era(LocalDate date) {
        return JapaneseDate.from(Objects.requireNonNull(date)).getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    }

    /** 2026年12月2日 */
    public static String western(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2026/12/02 */
    public static String slashed(LocalDate date) {
        return String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String wareki(LocalDate date, boolean padded) {
        JapaneseDate j = JapaneseDate.from(Objects.requireNonNull(date));
        JapaneseEra era = j.getEra();
        int year = j.get(ChronoField.YEAR_OF_ERA);
        String pattern = padded ? "%s%s年%02d月%02d日" : "%s%s年%d月%d日";
        return String.format(pattern, era.getDisplayName(TextStyle.FULL, Locale.JAPANESE), year == 1 ? "元" : String.valueOf(year),
                date.getMonthValue(), date.getDayOfMonth());
    }
}
