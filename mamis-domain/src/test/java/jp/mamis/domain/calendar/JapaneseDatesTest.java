package jp.mamis.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JapaneseDatesTest {

    @Test
    void warekiAsCertificatesWriteIt() {
        assertEquals("令和8年12月2日", JapaneseDates.wareki(LocalDate.of(2026, 12, 2)));
        assertEquals("令和6年3月31日", JapaneseDates.wareki(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void theChangeOfEraFrom平成to令和() {
        assertEquals("平成31年4月30日", JapaneseDates.wareki(LocalDate.of(2019, 4, 30)));
        assertEquals("令和元年5月1日", JapaneseDates.wareki(LocalDate.of(2019, 5, 1)));
        assertEquals("令和2年1月1日", JapaneseDates.wareki(LocalDate.of(2020, 1, 1)));
        assertEquals("平成", JapaneseDates.era(LocalDate.of(2019, 4, 30)));
        assertEquals("令和", JapaneseDates.era(LocalDate.of(2019, 5, 1)));
    }

    @Test
    void earlierEras() {
        assertEquals("平成元年1月8日", JapaneseDates.wareki(LocalDate.of(1989, 1, 8)));
        assertEquals("昭和64年1月7日", JapaneseDates.wareki(LocalDate.of(1989, 1, 7)));
        assertEquals("昭和59年10月10日", JapaneseDates.wareki(LocalDate.of(1984, 10, 10)));
        assertEquals("明治6年1月1日", JapaneseDates.wareki(LocalDate.of(1873, 1, 1)));
        assertThrows(DateTimeException.class, () -> JapaneseDates.wareki(LocalDate.of(1872, 12, 31)));
    }

    @Test
    void paddedForStatisticsHeaders() {
        assertEquals("令和6年03月31日", JapaneseDates.warekiPadded(LocalDate.of(2024, 3, 31)));
        assertEquals("令和8年12月02日", JapaneseDates.warekiPadded(LocalDate.of(2026, 12, 2)));
        assertEquals("令和元年05月01日", JapaneseDates.warekiPadded(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年04月30日", JapaneseDates.warekiPadded(LocalDate.of(2019, 4, 30)));
    }

    @Test
    void westernForms() {
        assertEquals("2026年12月2日", JapaneseDates.western(LocalDate.of(2026, 12, 2)));
        assertEquals("2026/12/02", JapaneseDates.slashed(LocalDate.of(2026, 12, 2)));
        assertEquals("1999/06/01", JapaneseDates.slashed(LocalDate.of(1999, 6, 1)));
    }
}
