package jp.mamis.domain.account;

import jp.mamis.domain.MamisException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Totp: RFC 6238 codes, one step of drift, each code once")
class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 key is the ASCII of "12345678901234567890". */
    private static final String RFC_KEY = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    @DisplayName("codes match the RFC 6238 SHA-1 test vectors (last six digits)")
    void rfcVectors() {
        assertEquals("287082", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    @DisplayName("Base32 round trip and a 32-character random secret")
    void base32() {
        byte[] data = {0, 1, 2, (byte) 0xfe, (byte) 0xff, 42, 7, 99, 100, (byte) 0x80};
        assertArrayEquals(data, Totp.decodeBase32(Totp.base32(data)));
        String secret = Totp.newSecret(new SecureRandom());
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]{32}"));
        assertThrows(MamisException.class, () -> Totp.decodeBase32("NOT-BASE32!"));
    }

    @Test
    @DisplayName("now and one step either side match; two steps away, wrong codes and junk do not")
    void window() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.match(RFC_KEY, Totp.code(RFC_KEY, step), now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.match(RFC_KEY, " " + Totp.code(RFC_KEY, step + 1) + " ", now, 0));
        assertFalse(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, 0).isPresent());
        assertFalse(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step + 2), now, 0).isPresent());
        assertFalse(Totp.match(RFC_KEY, "12345", now, 0).isPresent());
        assertFalse(Totp.match(RFC_KEY, "abcdef", now, 0).isPresent());
        assertFalse(Totp.match(RFC_KEY, null, now, 0).isPresent());
    }

    @Test
    @DisplayName("a code already used (or an older one) is refused")
    void replay() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertFalse(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step), now, step).isPresent());
        assertFalse(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, step).isPresent());
    }

    @Test
    @DisplayName("a staff account confirms its secret with a first code, and each code works once")
    void staffAccount() {
        UserAccount staff = UserAccount.forStaff(jp.mamis.domain.association.Association.national("00", "日本医師会"),
                "s00.op", "担当", Role.STAFF_OPERATOR, "hash", Instant.EPOCH);
        assertThrows(MamisException.class, () -> staff.useSecondFactor("123456", Instant.now()));
        staff.startSecondFactor(RFC_KEY);
        assertEquals(RFC_KEY, staff.findSecretToSetUp().orElseThrow());
        Instant now = Instant.now();
        MamisException wrong = assertThrows(MamisException.class, () -> staff.useSecondFactor("000000".equals(
                Totp.code(RFC_KEY, Totp.step(now))) ? "111111" : "000000", now));
        assertEquals("code", wrong.findField().orElseThrow());
        assertFalse(staff.isSecondFactorConfirmed());

        String code = Totp.code(RFC_KEY, Totp.step(now));
        staff.useSecondFactor(code, now);
        assertTrue(staff.isSecondFactorConfirmed());
        assertTrue(staff.findSecretToSetUp().isEmpty(), "the secret is not shown again");
        assertEquals("totp.invalid", assertThrows(MamisException.class, () -> staff.useSecondFactor(code, now)).getKey());
        assertThrows(MamisException.class, () -> staff.startSecondFactor("AAAAAAAA"), "no silent re-enrolment");

        UserAccount member = UserAccount.forMember(jp.mamis.domain.doctor.TestDoctors.doctor(), "member1", "hash", Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> member.startSecondFactor(RFC_KEY));
    }
}
