package jp.mamis.domain.fee;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalYearTest {

    @Test
    void aFiscalYearRunsFromAprilFirstToMarchThirtyFirst() {
        assertEquals(new FiscalYear(2025), FiscalYear.of(LocalDate.of(2026, 3, 31)));
        assertEquals(new FiscalYear(2026), FiscalYear.of(LocalDate.of(2026, 4, 1)));
        assertEquals(new FiscalYear(2026), FiscalYear.of(LocalDate.of(2027, 3, 31)));
        assertEquals(new FiscalYear(2026), FiscalYear.of(LocalDate.of(2026, 12, 31)));
        assertEquals(new FiscalYear(2025), FiscalYear.of(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2026, 4, 1), new FiscalYear(2026).start());
        assertEquals(LocalDate.of(2027, 3, 31), new FiscalYear(2026).end());
    }

    @Test
    void containsItsEdgesAndNothingOutside() {
        FiscalYear fy = new FiscalYear(2026);
        assertTrue(fy.contains(LocalDate.of(2026, 4, 1)));
        assertTrue(fy.contains(LocalDate.of(2027, 3, 31)));
        assertFalse(fy.contains(LocalDate.of(2026, 3, 31)));
        assertFalse(fy.contains(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void nextOrderAndName() {
        assertEquals(new FiscalYear(2027), new FiscalYear(2026).next());
        assertTrue(new FiscalYear(2025).compareTo(new FiscalYear(2026)) < 0);
        assertEquals("2026年度", new FiscalYear(2026).toString());
        assertThrows(IllegalArgumentException.class, () -> new FiscalYear(1000));
    }
}
