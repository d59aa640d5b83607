package jp.mamis.domain.validation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("JapaneseText normalisation")
class JapaneseTextTest {

    @Nested
    @DisplayName("toAscii")
    class ToAscii {

        @Test
        void nullStaysNull() {
            assertNull(JapaneseText.toAscii(null));
        }

        @ParameterizedTest(name = "U+{0} becomes '-'")
        @ValueSource(strings = {"FF0D", "2010", "2011", "2012", "2013", "2014", "2015", "2212", "30FC", "FF70"})
        @DisplayName("full-width hyphen, minus, dashes and 長音 become '-'")
        void dashes(String hex) {
            String dash = String.valueOf((char) Integer.parseInt(hex, 16));
            assertEquals("03-1234", JapaneseText.toAscii("03" + dash + "1234"));
        }

        @Test
        @DisplayName("full-width digits and letters become ASCII, the whole printable range included")
        void fullWidthRange() {
            assertEquals("0123456789", JapaneseText.toAscii("０１２３４５６７８９"));
            assertEquals("ABCXYZabcxyz", JapaneseText.toAscii("ＡＢＣＸＹＺａｂｃｘｙｚ"));
            assertEquals("!.@_~", JapaneseText.toAscii("！．＠＿～"));
        }

        @Test
        @DisplayName("the ideographic space becomes a space, and both ends are trimmed")
        void spaces() {
            assertEquals("a b", JapaneseText.toAscii("\u3000a\u3000b\u3000"));
            assertEquals("", JapaneseText.toAscii("\u3000 \u3000"));
        }

        @Test
        @DisplayName("kanji and kana are left alone")
        void leavesJapanese() {
            assertEquals("文京区本駒込2-28-16", JapaneseText.toAscii("文京区本駒込２－２８－１６"));
            assertEquals("ﾆﾁｲ", JapaneseText.toAscii("ﾆﾁｲ"));
        }
    }

    @Nested
    @DisplayName("toKatakana")
    class ToKatakana {

        @Test
        void nullStaysNull() {
            assertNull(JapaneseText.toKatakana(null));
        }

        @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
        @CsvSource({
            "にちい, ニチイ",
            "ﾆﾁｲ, ニチイ",
            "ぁゖ, ァヶ",
            "ﾊﾟﾋﾟﾌﾟ, パピプ",
            "'\u3000ニチイ\u3000', ニチイ",
            "日医, 日医",
        })
        void converts(String raw, String expected) {
            assertEquals(expected, JapaneseText.toKatakana(raw));
        }

        @Test
        @DisplayName("the long-vowel mark stays ー (it is not turned into a hyphen)")
        void keepsChoon() {
            assertEquals("コーヒー", JapaneseText.toKatakana("こーひー"));
        }
    }

    @Nested
    @DisplayName("trimToNull")
    class TrimToNull {

        @ParameterizedTest(name = "\"{0}\" is nothing")
        @ValueSource(strings = {"", " ", "\u3000", " \u3000 \t", "\u3000\u3000"})
        void blankIsNull(String raw) {
            assertNull(JapaneseText.trimToNull(raw));
        }

        @Test
        void nullStaysNull() {
            assertNull(JapaneseText.trimToNull(null));
        }

        @Test
        @DisplayName("ideographic and ASCII spaces are trimmed at both ends only")
        void trims() {
            assertEquals("日医 太郎", JapaneseText.trimToNull("\u3000日医 太郎 \u3000"));
        }

        @Test
        @DisplayName("variant kanji 髙 (U+9AD9) and 﨑 (U+FA11) are kept exactly")
        void variantKanji() {
            String name = "髙﨑";
            String trimmed = JapaneseText.trimToNull("\u3000" + name + " ");
            assertEquals(name, trimmed);
            assertEquals(0x9AD9, trimmed.codePointAt(0));
            assertEquals(0xFA11, trimmed.codePointAt(1));
        }

        @Test
        @DisplayName("kanji outside the BMP (𠮷, U+20BB7) survive too")
        void supplementaryKanji() {
            assertEquals("𠮷野", JapaneseText.trimToNull(" 𠮷野\u3000"));
        }

        @Test
        @DisplayName("full-width letters and digits are not converted")
        void noConversion() {
            assertEquals("２丁目", JapaneseText.trimToNull("２丁目"));
        }
    }
}
