package jp.mamis.domain.validation;

import java.text.Normalizer;

/**
 * The form in which names are compared in a member search, so that what a clerk types finds
 * the member however it was typed: full-width ASCII becomes ASCII (Latin letters lower case),
 * half-width katakana becomes full-width (ｶﾞ → ガ), hiragana becomes katakana (にちい → ニチイ),
 * and every space (ASCII or ideographic) goes. Kanji are never touched: variant characters such
 * as 髙 or 﨑 are kept as entered and match only themselves (no NFKC on ideographs, which
 * would fold compatibility ideographs into other characters).
 *
 * <p>The same function fills the stored search columns of a doctor when the name is written and
 * turns the search input into the key that is compared with them, so both sides agree.
 */
public final class SearchKey {

    private SearchKey() {
    }

    /** The search key of a text; null or blank gives "". */
    public static String of(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isHalfOrFullWidthForm(c)) {
                // a run of half-/full-width forms is NFKC-normalised together, so ｶ + ﾞ compose to ガ
                int end = i;
                while (end < s.length() && isHalfOrFullWidthForm(s.charAt(end))) {
                    end++;
                }
                appendFolded(out, Normalizer.normalize(s.substring(i, end), Normalizer.Form.NFKC));
                i = end;
            } else {
                appendFolded(out, String.valueOf(c));
                i++;
            }
        }
        return out.toString();
    }

    /** U+FF00–U+FFEF: full-width ASCII, half-width katakana and their marks. */
    private static boolean isHalfOrFullWidthForm(char c) {
        return c >= '\uFF00' && c <= '\uFFEF';
    }

    private static void appendFolded(StringBuilder out, String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == ' ' || c == '\u3000' || Character.isWhitespace(c)) {
                continue;
            }
            if (c >= '\u3041' && c <= '\u3096') {
                c = (char) (c + 0x60); // hiragana → katakana (ぁ…ゖ → ァ…ヶ)
            } else if (c == '\u309D' || c == '\u309E') {
                c = (char) (c + 0x60); // ゝゞ → ヽヾ
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            out.append(c);
        }
    }
}
