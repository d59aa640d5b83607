package jp.mamis.domain.validation;

import jp.mamis.domain.doctor.TestDoctors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SearchKeyTest {

    @Test
    void hiraganaHalfWidthAndFullWidthKatakanaGiveOneKey() {
        assertEquals("ニチイタロウ", SearchKey.of("ニチイ タロウ"));
        assertEquals("ニチイタロウ", SearchKey.of("にちい　たろう"));
        assertEquals("ニチイタロウ", SearchKey.of("ﾆﾁｲ ﾀﾛｳ"));
        assertEquals("ニチイタロウ", SearchKey.of("にちｲﾀロウ"));
    }

    @Test
    void halfWidthVoicedMarksComposeWithTheirKana() {
        assertEquals("ガッコウ", SearchKey.of("ｶﾞｯｺｳ"));
        assertEquals("パピプペポ", SearchKey.of("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ"));
        assertEquals("ヴァイオリン", SearchKey.of("ゔぁいおりん"));
        assertEquals("ヴァイオリン", SearchKey.of("ｳﾞｧｲｵﾘﾝ"));
        assertEquals("ヤマダ-", SearchKey.of("ﾔﾏﾀﾞ-"));
    }

    @Test
    void fullWidthAsciiBecomesAsciiAndLettersLowerCase() {
        assertEquals("200001", SearchKey.of("２０００ ０１"));
        assertEquals("smith", SearchKey.of("ＳＭＩＴＨ"));
        assertEquals("smith", SearchKey.of("Smith"));
    }

    @Test
    void variantKanjiAreKeptAsEnteredAndMatchOnlyThemselves() {
        assertEquals("髙橋", SearchKey.of("髙橋"));
        assertEquals("山﨑", SearchKey.of("山﨑"));
        assertNotEquals(SearchKey.of("高橋"), SearchKey.of("髙橋"));
        assertNotEquals(SearchKey.of("山崎"), SearchKey.of("山﨑"));
        // a compatibility ideograph that NFKC would fold (U+F929 朗 → U+6717 朗) stays as entered
        assertEquals("\uF929", SearchKey.of("\uF929"));
        // a character outside the BMP survives
        assertEquals("𠮷田", SearchKey.of("𠮷田"));
    }

    @Test
    void nothingGivesTheEmptyKey() {
        assertEquals("", SearchKey.of(null));
        assertEquals("", SearchKey.of(""));
        assertEquals("", SearchKey.of(" 　 "));
    }

    @Test
    void aDoctorKeepsTheKeysOfItsNameAndOfAChangedName() {
        var d = TestDoctors.doctor();
        assertEquals(SearchKey.of(d.getName().getFamilyKana() + d.getName().getGivenKana()), d.getSearchKana());
        assertEquals(SearchKey.of(d.getName().getFamilyName() + d.getName().getGivenName()), d.getSearchName());
        d.changeName(new jp.mamis.domain.doctor.PersonName("髙﨑", "花子", "タカサキ", "ハナコ"), null, false);
        assertEquals("髙﨑花子", d.getSearchName());
        assertEquals("タカサキハナコ", d.getSearchKana());
    }
}
