package jp.mamis.domain.account;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.doctor.TestDoctors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("PasswordResetToken: works once, for 30 minutes")
class PasswordResetTokenTest {

    private static final Instant CREATED = Instant.parse("2025-04-01T00:00:00Z");
    private static final String HASH = "0".repeat(64);

    private UserAccount account;
    private PasswordResetToken token;

    @BeforeEach
    void setUp() {
        account = UserAccount.forMember(TestDoctors.doctor(), "taro.nichii", "pbkdf2-hash", CREATED);
        token = new PasswordResetToken(account, HASH, CREATED);
    }

    private static void invalidLink(Executable redeem) {
        MamisException e = assertThrows(MamisException.class, redeem);
        assertEquals("passwordReset.invalidLink", e.getKey());
    }

    @Test
    @DisplayName("the lifetime is 30 minutes and expiresAt is creation + 30 minutes")
    void lifetime() {
        assertEquals(Duration.ofMinutes(30), PasswordResetToken.LIFETIME);
        assertEquals(CREATED.plus(Duration.ofMinutes(30)), token.getExpiresAt());
        assertSame(account, token.getAccount());
    }

    @Test
    @DisplayName("redeem gives the account once; the second redeem is refused")
    void once() {
        Instant now = CREATED.plusSeconds(60);
        assertTrue(token.isUsable(now));
        assertSame(account, token.redeem(now));
        assertFalse(token.isUsable(now));
        invalidLink(() -> token.redeem(now));
        invalidLink(() -> token.redeem(now.plusSeconds(1)));
    }

    @Test
    @DisplayName("usable right at creation")
    void atCreation() {
        assertTrue(token.isUsable(CREATED));
        assertSame(account, token.redeem(CREATED));
    }

    @Test
    @DisplayName("the last nanosecond before expiresAt still works")
    void justBeforeExpiry() {
        Instant last = token.getExpiresAt().minusNanos(1);
        assertTrue(token.isUsable(last));
        assertSame(account, token.redeem(last));
    }

    @Test
    @DisplayName("refused exactly at expiresAt, and isUsable agrees")
    void atExpiry() {
        Instant expiry = CREATED.plus(PasswordResetToken.LIFETIME);
        assertFalse(token.isUsable(expiry));
        invalidLink(() -> token.redeem(expiry));
    }

    @Test
    @DisplayName("refused after expiresAt, and a refused attempt does not use the token up")
    void afterExpiry() {
        Instant late = CREATED.plus(Duration.ofHours(1));
        assertFalse(token.isUsable(late));
        invalidLink(() -> token.redeem(late));
        // the clock of the failed attempt did not mark it used: an earlier clock still sees it usable
        assertTrue(token.isUsable(CREATED.plusSeconds(1)));
    }

    @Test
    @DisplayName("account and hash are required")
    void required() {
        assertThrows(NullPointerException.class, () -> new PasswordResetToken(null, HASH, CREATED));
        assertThrows(NullPointerException.class, () -> new PasswordResetToken(account, null, CREATED));
    }
}
