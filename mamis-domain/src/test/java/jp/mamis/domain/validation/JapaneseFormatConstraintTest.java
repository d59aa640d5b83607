package jp.mamis.domain.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link JapaneseFormat} through a real Bean Validation provider (Hibernate Validator, as in Payara). */
@DisplayName("@JapaneseFormat with a real Validator")
class JapaneseFormatConstraintTest {

    /** A tiny form bean with one field per format. */
    static final class Form {
        @JapaneseFormat(Format.POSTAL_CODE)
        String postalCode;

        @JapaneseFormat(Format.PHONE)
        String fax;

        @JapaneseFormat(Format.KATAKANA)
        String kana;

        @JapaneseFormat(Format.REGISTRATION_NUMBER)
        String registrationNumber;

        @JapaneseFormat(Format.LOGIN_ID)
        String loginId;

        static Form valid() {
            Form f = new Form();
            f.postalCode = "113-8621";
            f.fax = "03-1234-5678";
            f.kana = "ニチイ";
            f.registrationNumber = "200001";
            f.loginId = "taro.nichii";
            return f;
        }
    }

    /** Interpolates every message in one fixed locale, as the web layer does per request. */
    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }

    private static ValidatorFactory factory;
    private static Validator japanese;
    private static Validator english;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        japanese = factory.usingContext().messageInterpolator(new FixedLocale(interpolator, Locale.JAPANESE)).getValidator();
        english = factory.usingContext().messageInterpolator(new FixedLocale(interpolator, Locale.ENGLISH)).getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    @DisplayName("a valid form has no violation")
    void validForm() {
        assertTrue(japanese.validate(Form.valid()).isEmpty());
    }

    @Test
    @DisplayName("values the format normalises (full-width, hiragana, no hyphen) pass")
    void normalisedValuesPass() {
        Form f = new Form();
        f.postalCode = "１１３８６２１";
        f.fax = "０３－１２３４－５６７８";
        f.kana = "にちい";
        f.registrationNumber = "２００００１";
        f.loginId = "ｔａｒｏ０１";
        assertTrue(japanese.validate(f).isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" passes (optional fields)")
    @NullSource
    @ValueSource(strings = {"", " ", "\u3000", "\t"})
    @DisplayName("null and blank pass: @JapaneseFormat alone does not make a field required")
    void blankPasses(String blank) {
        Form f = new Form();
        f.postalCode = blank;
        f.fax = blank;
        f.kana = blank;
        f.registrationNumber = blank;
        f.loginId = blank;
        assertTrue(japanese.validate(f).isEmpty());
    }

    @Test
    @DisplayName("a bad postal code yields exactly one violation, with the postal code's own message")
    void badPostalCode() {
        Form f = Form.valid();
        f.postalCode = "113862";
        Set<ConstraintViolation<Form>> violations = japanese.validate(f);
        assertEquals(1, violations.size());
        ConstraintViolation<Form> v = violations.iterator().next();
        assertEquals("postalCode", v.getPropertyPath().toString());
        assertEquals("{jp.mamis.validation.format.POSTAL_CODE}", v.getMessageTemplate());
        assertEquals("郵便番号は7桁の数字（例：113-8621）で入力してください。", v.getMessage());
        assertEquals("113862", v.getInvalidValue());
    }

    @Test
    @DisplayName("the same violation in English")
    void badPostalCodeInEnglish() {
        Form f = Form.valid();
        f.postalCode = "113862";
        Set<ConstraintViolation<Form>> violations = english.validate(f);
        assertEquals(1, violations.size());
        assertEquals("Enter the postal code as 7 digits (e.g. 113-8621).", violations.iterator().next().getMessage());
    }

    @Test
    @DisplayName("each bad field gets its own format's message")
    void everyFieldItsOwnMessage() {
        Form f = new Form();
        f.postalCode = "abc";
        f.fax = "123";
        f.kana = "日医";
        f.registrationNumber = "0123";
        f.loginId = "abc";
        Set<ConstraintViolation<Form>> violations = japanese.validate(f);
        assertEquals(5, violations.size());
        ResourceBundle ja = ResourceBundle.getBundle("ValidationMessages", Locale.JAPANESE);
        for (ConstraintViolation<Form> v : violations) {
            String field = v.getPropertyPath().toString();
            Format format = switch (field) {
                case "postalCode" -> Format.POSTAL_CODE;
                case "fax" -> Format.PHONE;
                case "kana" -> Format.KATAKANA;
                case "registrationNumber" -> Format.REGISTRATION_NUMBER;
                case "loginId" -> Format.LOGIN_ID;
                default -> throw new AssertionError(field);
            };
            assertEquals("{" + format.messageKey() + "}", v.getMessageTemplate(), field);
            assertEquals(ja.getString(format.messageKey()), v.getMessage(), field);
            assertFalse(v.getMessage().contains("{"), "interpolated: " + v.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    @DisplayName("both bundles have a message for every format, the Japanese one in Japanese")
    void bundlesComplete(Format format) {
        ResourceBundle ja = ResourceBundle.getBundle("ValidationMessages", Locale.JAPANESE);
        ResourceBundle en = ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH);
        assertEquals(Locale.JAPANESE, ja.getLocale());
        assertEquals(Locale.ENGLISH, en.getLocale());
        String jaText = ja.getString(format.messageKey());
        String enText = en.getString(format.messageKey());
        assertFalse(jaText.isBlank());
        assertFalse(enText.isBlank());
        assertTrue(jaText.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA),
                "Japanese message is readable (not mojibake): " + jaText);
        assertTrue(enText.chars().allMatch(c -> c < 0x2000 || c == '–'), "English message: " + enText);
    }

    @Test
    @DisplayName("the annotation's default template points at the generic message, which exists in both languages")
    void defaultTemplate() throws NoSuchFieldException {
        JapaneseFormat a = Form.class.getDeclaredField("postalCode").getAnnotation(JapaneseFormat.class);
        assertEquals("{jp.mamis.validation.format}", a.message());
        assertEquals("形式が正しくありません。",
                ResourceBundle.getBundle("ValidationMessages", Locale.JAPANESE).getString("jp.mamis.validation.format"));
        assertEquals("Invalid format.",
                ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH).getString("jp.mamis.validation.format"));
    }
}
