package jp.mamis.domain.account;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an association admin may do to a staff account: the association always keeps an active admin. */
class StaffAccountTest {

    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
    final Association jma = Association.national("00", "日本医師会");

    UserAccount staff(Role role) {
        return UserAccount.forStaff(jma, "s" + role.name().toLowerCase(), "担当", role, "hash", NOW);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDisabled() {
        UserAccount admin = staff(Role.STAFF_ADMIN);
        MamisException e = assertThrows(MamisException.class, () -> admin.changeRole(Role.STAFF_OPERATOR, 0));
        assertEquals("staff.lastAdmin", e.getKey());
        assertEquals("staff.lastAdmin", assertThrows(MamisException.class, () -> admin.disable(0)).getKey());
        assertEquals(Role.STAFF_ADMIN, admin.getRole());
        assertFalse(admin.isDisabled());

        admin.changeRole(Role.STAFF_ADMIN, 0); // unchanged: nothing to refuse
        admin.changeRole(Role.STAFF_VIEWER, 1);
        assertEquals(Role.STAFF_VIEWER, admin.getRole());
    }

    @Test
    void withAnotherAdminAnAdminMayBeDisabledAndEnabledAgain() {
        UserAccount admin = staff(Role.STAFF_ADMIN);
        admin.disable(1);
        assertTrue(admin.isDisabled());
        assertFalse(admin.isActiveAdmin());
        admin.changeRole(Role.STAFF_OPERATOR, 0); // a disabled admin is not one the association relies on
        admin.enable();
        assertFalse(admin.isDisabled());
    }

    @Test
    void operatorsAndViewersNeedNoOtherAdmin() {
        UserAccount op = staff(Role.STAFF_OPERATOR);
        op.disable(0);
        assertTrue(op.isDisabled());
        op.enable();
        op.changeRole(Role.STAFF_ADMIN, 0);
        assertTrue(op.isActiveAdmin());
    }

    @Test
    void onlyStaffRoles() {
        UserAccount op = staff(Role.STAFF_OPERATOR);
        assertEquals("staff.role.invalid", assertThrows(MamisException.class, () -> op.changeRole(Role.MEMBER, 5)).getKey());
        assertEquals("staff.role.invalid", assertThrows(MamisException.class, () -> op.changeRole(null, 5)).getKey());
        UserAccount member = UserAccount.forMember(jp.mamis.domain.doctor.TestDoctors.doctor(), "idx", "hash", NOW);
        assertThrows(IllegalStateException.class, () -> member.disable(1));
        assertThrows(IllegalStateException.class, member::resetSecondFactor);
    }

    @Test
    void resettingTheSecondFactorMakesTheAccountSetUpANewKey() {
        UserAccount op = staff(Role.STAFF_OPERATOR);
        op.presetSecondFactor("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertTrue(op.isSecondFactorConfirmed());
        op.resetSecondFactor();
        assertFalse(op.isSecondFactorConfirmed());
        assertTrue(op.findSecretToSetUp().isEmpty(), "no key until the next sign-in makes one");
        op.startSecondFactor("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");
        assertEquals("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", op.findSecretToSetUp().orElseThrow());
    }
}
