package jp.mamis.domain.region;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Prefecture: the 47 JIS X 0401 codes")
class PrefectureTest {

    @Test
    @DisplayName("47 prefectures, coded 01–47 in declaration order")
    void codesInOrder() {
        Prefecture[] all = Prefecture.values();
        assertEquals(47, all.length);
        for (int i = 0; i < all.length; i++) {
            assertEquals(String.format("%02d", i + 1), all[i].code());
            assertSame(all[i], Prefecture.getByCode(all[i].code()));
        }
    }

    @Test
    @DisplayName("names in both languages")
    void names() {
        assertEquals("東京都", Prefecture.TOKYO.nameJa());
        assertEquals("Tokyo", Prefecture.TOKYO.nameEn());
        assertEquals("北海道", Prefecture.getByCode("01").nameJa());
        assertEquals("沖縄県", Prefecture.getByCode("47").nameJa());
    }

    @ParameterizedTest(name = "\"{0}\" is no prefecture code")
    @ValueSource(strings = {"00", "48", "1", "13 ", ""})
    void unknownCodes(String code) {
        assertTrue(Prefecture.findByCode(code).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Prefecture.getByCode(code));
    }

    @Test
    void nullCode() {
        assertTrue(Prefecture.findByCode(null).isEmpty());
    }
}
