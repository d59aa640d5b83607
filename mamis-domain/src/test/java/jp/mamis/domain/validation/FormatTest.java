package jp.mamis.domain.validation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Format: normalise, then match")
class FormatTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    @DisplayName("null, empty and blank are never accepted; null normalises to null")
    void nullAndBlank(Format format) {
        assertNull(format.normalise(null));
        assertFalse(format.accepts(null));
        assertFalse(format.accepts(""));
        assertFalse(format.accepts("   "));
        assertFalse(format.accepts("\u3000"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    @DisplayName("every format has its own message key")
    void messageKey(Format format) {
        assertEquals("jp.mamis.validation.format." + format.name(), format.messageKey());
    }

    @Nested
    @DisplayName("REGISTRATION_NUMBER (医籍登録番号)")
    class RegistrationNumber {

        private final Format f = Format.REGISTRATION_NUMBER;

        @Test
        @DisplayName("full-width digits are accepted and stored as ASCII")
        void fullWidth() {
            assertEquals("200001", f.normalise("２００００１"));
            assertTrue(f.accepts("２００００１"));
            assertEquals("2000001", f.normalise("２０００００１"));
            assertTrue(f.accepts("２０００００１"));
        }

        @ParameterizedTest(name = "\"{0}\" is accepted")
        @ValueSource(strings = {"1", "9", "10", "200001", "1234567", "9999999", " 200001 ", "\u3000２００００１\u3000"})
        void accepted(String raw) {
            assertTrue(f.accepts(raw));
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"0", "0200001", "０２００００１", "12345678", "１２３４５６７８", "20000A", "ABCDEF",
                "200 001", "200-001", "-200001", "+200001", "２０００〇１"})
        void refused(String raw) {
            assertFalse(f.accepts(raw));
        }
    }

    @Nested
    @DisplayName("KATAKANA")
    class Katakana {

        private final Format f = Format.KATAKANA;

        @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\" and accepted")
        @CsvSource({
            "にちい, ニチイ",
            "ﾆﾁｲ, ニチイ",
            "ニチイ, ニチイ",
            "ﾀﾞｲｽｹ, ダイスケ",
            "ｳﾞｨｸﾄﾙ, ヴィクトル",
            "ゔぃくとる, ヴィクトル",
            "ｺｰﾀﾛｳ, コータロウ",
            "こーたろう, コータロウ",
            "ﾏﾘｰ･ｱﾝ, マリー・アン",
        })
        void normalisedAndAccepted(String raw, String stored) {
            assertEquals(stored, f.normalise(raw));
            assertTrue(f.accepts(raw));
        }

        @ParameterizedTest(name = "\"{0}\" is accepted")
        @ValueSource(strings = {"ー", "ヴ", "ア", "ヶ", "ヺ", "ジョー", "　タロウ　", " タロウ "})
        void accepted(String raw) {
            assertTrue(f.accepts(raw));
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"日医", "ニチイ太郎", "nichii", "ＮＩＣＨＩＩ", "ニチイ タロウ", "ニチイ　タロウ", "ニチイ1",
                "ニチイ-タロウ", "゛"})
        void refused(String raw) {
            assertFalse(f.accepts(raw));
        }

        @Test
        @DisplayName("surrounding ideographic spaces are removed when stored")
        void trimmed() {
            assertEquals("タロウ", f.normalise("\u3000たろう\u3000"));
        }
    }

    @Nested
    @DisplayName("POSTAL_CODE (郵便番号)")
    class PostalCode {

        private final Format f = Format.POSTAL_CODE;

        @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\" and accepted")
        @CsvSource({
            "1138621, 113-8621",
            "113-8621, 113-8621",
            "１１３８６２１, 113-8621",
            "１１３－８６２１, 113-8621",
            "113ー8621, 113-8621",
            "113−8621, 113-8621",
            "' 1138621 ', 113-8621",
        })
        void normalisedAndAccepted(String raw, String stored) {
            assertEquals(stored, f.normalise(raw));
            assertTrue(f.accepts(raw));
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"113862", "113-862", "11386210", "1138-621", "〒113-8621", "113 8621", "ABC-DEFG",
                "113--8621"})
        void refused(String raw) {
            assertFalse(f.accepts(raw));
        }

        @Test
        @DisplayName("a refused value is not reformatted")
        void onlySevenDigitsGetAHyphen() {
            assertEquals("113862", f.normalise("113862"));
            assertEquals("11386210", f.normalise("11386210"));
        }
    }

    @Nested
    @DisplayName("PHONE")
    class Phone {

        private final Format f = Format.PHONE;

        @ParameterizedTest(name = "\"{0}\" is accepted")
        @ValueSource(strings = {
            "0312345678", "03-1234-5678", "090-1234-5678", "09012345678", "0120-123-456", "0466-12-3456",
            "00-0000-0000", "０３－１２３４－５６７８", "03ー1234ー5678", "0312345678 "
        })
        void accepted(String raw) {
            assertTrue(f.accepts(raw));
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {
            "031234567", "03-123-4567", "090123456789", "090-1234-56789", "3312345678", "33-1234-5678",
            "+81-3-1234-5678", "03(1234)5678", "03 1234 5678", "03--1234-5678", "0-3-1234-5678", "03-1234-567a"
        })
        void refused(String raw) {
            assertFalse(f.accepts(raw));
        }

        @Test
        @DisplayName("full-width digits and dashes are stored as ASCII")
        void normalised() {
            assertEquals("03-1234-5678", f.normalise("０３－１２３４－５６７８"));
        }
    }

    @Nested
    @DisplayName("LOGIN_ID")
    class LoginId {

        private final Format f = Format.LOGIN_ID;

        @ParameterizedTest(name = "\"{0}\" is accepted")
        @ValueSource(strings = {"abcdef", "taro.nichii", "taro_nichii-1", "A1B2C3", "ｔａｒｏ０１", "   abcdef   "})
        void accepted(String raw) {
            assertTrue(f.accepts(raw));
        }

        @Test
        @DisplayName("6 and 32 characters are the limits")
        void lengthLimits() {
            assertFalse(f.accepts("a".repeat(5)));
            assertTrue(f.accepts("a".repeat(6)));
            assertTrue(f.accepts("a".repeat(32)));
            assertFalse(f.accepts("a".repeat(33)));
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"taro nichii", "taro\u3000nichii", "taro@nichii", "たろうにちい", "日医太郎です", "taro+nichii",
                "taro/nichii"})
        void refused(String raw) {
            assertFalse(f.accepts(raw));
        }

        @Test
        @DisplayName("full-width letters are stored as ASCII")
        void normalised() {
            assertEquals("taro01", f.normalise("ｔａｒｏ０１"));
        }
    }
}
