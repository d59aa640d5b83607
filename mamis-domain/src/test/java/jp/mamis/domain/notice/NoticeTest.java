package jp.mamis.domain.notice;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeTest {

    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
    static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    final Association jma = Association.national("00", "日本医師会");

    @Test
    void shownFromTheFirstToTheLastDayBothIncluded() {
        Notice n = Notice.write(jma, new Notice.Settings(" 総会のお知らせ ", "本文", FROM, FROM.plusDays(9)), "s00.op", NOW);
        assertEquals("総会のお知らせ", n.getTitle(), "stripped");
        assertFalse(n.isPublishedOn(FROM.minusDays(1)));
        assertTrue(n.isPublishedOn(FROM));
        assertTrue(n.isPublishedOn(FROM.plusDays(9)));
        assertFalse(n.isPublishedOn(FROM.plusDays(10)));
        Notice open = Notice.write(jma, new Notice.Settings("t", "b", FROM, null), "s00.op", NOW);
        assertTrue(open.isPublishedOn(FROM.plusYears(10)), "no end date: until removed");
    }

    @Test
    void titleBodyAndAStartAreRequiredAndTheEndIsNotBeforeTheStart() {
        assertEquals("notice.title.required", assertThrows(MamisException.class,
                () -> Notice.write(jma, new Notice.Settings(" ", "b", FROM, null), "x", NOW)).getKey());
        assertEquals("notice.body.required", assertThrows(MamisException.class,
                () -> Notice.write(jma, new Notice.Settings("t", null, FROM, null), "x", NOW)).getKey());
        assertEquals("notice.from.required", assertThrows(MamisException.class,
                () -> Notice.write(jma, new Notice.Settings("t", "b", null, null), "x", NOW)).getKey());
        MamisException e = assertThrows(MamisException.class,
                () -> Notice.write(jma, new Notice.Settings("t", "b", FROM, FROM.minusDays(1)), "x", NOW));
        assertEquals("notice.until.beforeFrom", e.getKey());
        assertEquals("publishUntil", e.findField().orElseThrow());
        assertEquals("relief.text.tooLong", assertThrows(MamisException.class,
                () -> Notice.write(jma, new Notice.Settings("x".repeat(101), "b", FROM, null), "x", NOW)).getKey());
        Notice.write(jma, new Notice.Settings("t", "b", FROM, FROM), "x", NOW); // one day is fine
    }

    @Test
    void aChangeKeepsTheOldTextWhenRefused() {
        Notice n = Notice.write(jma, new Notice.Settings("t", "b", FROM, null), "a", NOW);
        assertThrows(MamisException.class, () -> n.change(new Notice.Settings("new", "", FROM, null), "b", NOW));
        assertEquals("t", n.getTitle());
        n.change(new Notice.Settings("new", "nb", FROM.plusDays(1), null), "b", NOW.plusSeconds(1));
        assertEquals("new", n.getTitle());
        assertEquals("b", n.getWrittenBy());
        assertFalse(n.isPublishedOn(FROM));
    }
}
