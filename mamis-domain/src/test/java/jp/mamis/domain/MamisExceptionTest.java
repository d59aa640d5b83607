package jp.mamis.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("MamisException carries a key, optional field and arguments")
class MamisExceptionTest {

    @Test
    @DisplayName("a plain exception has a key and no field")
    void plain() {
        MamisException e = new MamisException("membership.duplicate", "横浜市医師会");
        assertEquals("membership.duplicate", e.getKey());
        assertTrue(e.findField().isEmpty());
        assertArrayEquals(new Object[] {"横浜市医師会"}, e.getArgs());
        assertEquals("membership.duplicate [横浜市医師会]", e.getMessage());
    }

    @Test
    @DisplayName("a field exception names its field; without arguments the message is the key")
    void forField() {
        MamisException e = MamisException.forField("birthDate", "doctor.birthDate.outOfRange");
        assertEquals("birthDate", e.findField().orElseThrow());
        assertEquals("doctor.birthDate.outOfRange", e.getMessage());
        assertEquals(0, e.getArgs().length);
    }

    @Test
    @DisplayName("the arguments cannot be changed from outside")
    void argsAreCopied() {
        Object[] args = {13};
        MamisException e = MamisException.forField("password", "password.tooShort", args);
        args[0] = 99;
        e.getArgs()[0] = 42;
        assertArrayEquals(new Object[] {13}, e.getArgs());
    }
}
