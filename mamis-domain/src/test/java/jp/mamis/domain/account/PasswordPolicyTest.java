package jp.mamis.domain.account;

import jp.mamis.domain.MamisException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("PasswordPolicy: 13 to 128 characters, not the login ID")
class PasswordPolicyTest {

    private static final String LOGIN = "taro.nichii";

    private static MamisException refused(String password, String loginId, String key) {
        MamisException e = assertThrows(MamisException.class, () -> PasswordPolicy.check(password, loginId));
        assertEquals(key, e.getKey());
        assertEquals("password", e.findField().orElseThrow());
        return e;
    }

    @ParameterizedTest(name = "\"{0}\" is required")
    @NullAndEmptySource
    void required(String password) {
        refused(password, LOGIN, "password.required");
    }

    @Test
    @DisplayName("12 characters are too short, and the message gets the minimum")
    void twelve() {
        MamisException e = refused("a".repeat(12), LOGIN, "password.tooShort");
        assertArrayEquals(new Object[] {13}, e.getArgs());
    }

    @Test
    @DisplayName("13 characters are enough")
    void thirteen() {
        assertDoesNotThrow(() -> PasswordPolicy.check("a".repeat(13), LOGIN));
        assertEquals(13, PasswordPolicy.MIN_LENGTH);
    }

    @Test
    @DisplayName("128 characters are accepted")
    void max() {
        assertDoesNotThrow(() -> PasswordPolicy.check("a".repeat(128), LOGIN));
        assertEquals(128, PasswordPolicy.MAX_LENGTH);
    }

    @Test
    @DisplayName("129 characters are too long, and the message gets the maximum")
    void tooLong() {
        MamisException e = refused("a".repeat(129), LOGIN, "password.tooLong");
        assertArrayEquals(new Object[] {128}, e.getArgs());
    }

    @ParameterizedTest(name = "\"{0}\" equals the login ID")
    @ValueSource(strings = {"taro.nichii.2025", "TARO.NICHII.2025", "Taro.Nichii.2025"})
    @DisplayName("the login ID itself is refused, whatever the case")
    void sameAsLogin(String password) {
        refused(password, "taro.nichii.2025", "password.sameAsLoginId");
    }

    @Test
    @DisplayName("containing the login ID is allowed (only equality is refused); no login ID is fine too")
    void containsLogin() {
        assertDoesNotThrow(() -> PasswordPolicy.check("taro.nichii.2025!", "taro.nichii.2025"));
        assertDoesNotThrow(() -> PasswordPolicy.check("taro.nichii.2025", null));
    }

    @Test
    @DisplayName("spaces and any characters count; no composition rules")
    void anyCharacters() {
        assertDoesNotThrow(() -> PasswordPolicy.check("correct horse battery", LOGIN));
        assertDoesNotThrow(() -> PasswordPolicy.check(" ".repeat(13), LOGIN));
        assertDoesNotThrow(() -> PasswordPolicy.check("aaaaaaaaaaaaa", LOGIN));
    }

    @Test
    @DisplayName("13 Japanese characters are accepted, 12 are not")
    void japanese() {
        String thirteen = "日本医師会の会員情報システ";
        assertEquals(13, thirteen.codePointCount(0, thirteen.length()));
        assertDoesNotThrow(() -> PasswordPolicy.check(thirteen, LOGIN));
        assertDoesNotThrow(() -> PasswordPolicy.check("にほんいしかいのかいいんで", LOGIN));
        refused(thirteen.substring(0, 12), LOGIN, "password.tooShort");
        assertDoesNotThrow(() -> PasswordPolicy.check("パスワード　は　長い　文です", LOGIN));
    }

    @Test
    @DisplayName("characters outside the BMP count once: 13 emoji pass, 12 do not, 128 pass, 129 do not")
    void codePoints() {
        String emoji = "\uD83D\uDE00"; // 😀, two UTF-16 units
        assertEquals(2, emoji.length());
        assertDoesNotThrow(() -> PasswordPolicy.check(emoji.repeat(13), LOGIN));
        refused(emoji.repeat(12), LOGIN, "password.tooShort"); // 24 chars, but 12 characters
        assertDoesNotThrow(() -> PasswordPolicy.check(emoji.repeat(128), LOGIN)); // 256 chars
        refused(emoji.repeat(129), LOGIN, "password.tooLong");
        assertDoesNotThrow(() -> PasswordPolicy.check("𠮷".repeat(13), LOGIN));
    }
}
