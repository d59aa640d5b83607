package jp.mamis.domain.validation;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The input formats MAMIS accepts. Each one normalises what was typed and then matches it, so
 * "２００００１" is a valid 医籍登録番号 and is stored as "200001".
 */
public enum Format {
    /** 医籍登録番号: digits only, no leading zero, at most 7 digits. */
    REGISTRATION_NUMBER("^[1-9][0-9]{0,6}$", JapaneseText::toAscii),
    /** A name part in full-width katakana (長音 ー, 中黒 ・ and ヴ included). */
    KATAKANA("^[\\u30A1-\\u30FA\\u30FC\\u30FB]+$", JapaneseText::toKatakana),
    /** 郵便番号: 7 digits, written 123-4567 or 1234567. */
    POSTAL_CODE("^[0-9]{3}-?[0-9]{4}$", JapaneseText::toAscii),
    /** Japanese phone or fax number: starts with 0, 10 or 11 digits, hyphens optional. */
    PHONE("^0[0-9]{1,4}-?[0-9]{1,4}-?[0-9]{3,4}$", JapaneseText::toAscii),
    /** Login ID: 6–32 letters, digits, '.', '_' or '-'. */
    LOGIN_ID("^[A-Za-z0-9._-]{6,32}$", JapaneseText::toAscii);

    private final Pattern pattern;
    private final UnaryOperator<String> normaliser;

    Format(String regex, UnaryOperator<String> normaliser) {
        this.pattern = Pattern.compile(regex);
        this.normaliser = normaliser;
    }

    /** The value as it is stored; null stays null. */
    public String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String n = normaliser.apply(raw);
        if (this == POSTAL_CODE && n.length() == 7 && n.indexOf('-') < 0) {
            return n.substring(0, 3) + "-" + n.substring(3);
        }
        return n;
    }

    /** True when the normalised value has this format. Null and blank are not accepted. */
    public boolean accepts(String raw) {
        String n = normalise(raw);
        if (n == null || n.isEmpty() || !pattern.matcher(n).matches()) {
            return false;
        }
        if (this == PHONE) {
            long digits = n.chars().filter(Character::isDigit).count();
            return digits == 10 || digits == 11;
        }
        return true;
    }

    /** The bundle key of the message saying a value does not have this format. */
    public String messageKey() {
        return "jp.mamis.validation.format." + name();
    }
}
