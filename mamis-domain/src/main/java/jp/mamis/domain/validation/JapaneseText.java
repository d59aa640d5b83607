package jp.mamis.domain.validation;

import java.text.Normalizer;

/**
 * Normalisation of what people type on Japanese keyboards and phones. Digits, hyphens and Latin
 * letters typed full-width become ASCII; half-width katakana becomes full-width; hiragana typed
 * into a kana field becomes katakana. Kanji are kept exactly as entered (髙 and 﨑 stay).
 */
public final class JapaneseText {

    private JapaneseText() {
    }

    /** Full-width ASCII (０-９, Ａ-Ｚ, －) to ASCII, the various dashes to '-', trimmed. Null stays null. */
    public static String toAscii(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                    || c == '\u2015' || c == '\u2212' || c == '\u30FC' || c == '\uFF70') {
                c = '-';
            } else if (c == '\u3000') {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /**
     * Kana as stored: half-width katakana to full-width (NFKC), hiragana to katakana, ideographic
     * and ASCII spaces removed at both ends. Null stays null.
     */
    public static String toKatakana(String s) {
        if (s == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c >= '\u3041' && c <= '\u3096') {
                c = (char) (c + 0x60);
            }
            out.append(c);
        }
        return out.toString().replace('\u3000', ' ').strip();
    }

    /** Trimmed text (ASCII and ideographic spaces), or null when nothing is left. */
    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u3000', ' ').strip();
        return t.isEmpty() ? null : t;
    }
}
