package jp.mamis.domain.account;

import jp.mamis.domain.account.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Role}: the security groups each kind of account gets — who may file, view and decide
 * applications. (Kept beside the application tests; it belongs to {@code jp.mamis.domain.account}.)
 */
@DisplayName("Role: security groups of members and secretariat staff")
class RoleTest {

    @Test
    @DisplayName("the group names are the ones @RolesAllowed and web.xml use")
    void groupNames() {
        assertEquals("MEMBER", Role.Groups.MEMBER);
        assertEquals("STAFF", Role.Groups.STAFF);
        assertEquals("STAFF_OPERATOR", Role.Groups.OPERATOR);
        assertEquals("STAFF_ADMIN", Role.Groups.ADMIN);
    }

    @Test
    @DisplayName("a member is only MEMBER")
    void member() {
        assertEquals(Set.of("MEMBER"), Role.MEMBER.groups());
        assertFalse(Role.MEMBER.isStaff());
    }

    @Test
    @DisplayName("a viewer (閲覧) is STAFF only: may look, not decide")
    void viewer() {
        assertEquals(Set.of("STAFF"), Role.STAFF_VIEWER.groups());
        assertTrue(Role.STAFF_VIEWER.isStaff());
    }

    @Test
    @DisplayName("an operator (審査・更新) is STAFF and STAFF_OPERATOR")
    void operator() {
        assertEquals(Set.of("STAFF", "STAFF_OPERATOR"), Role.STAFF_OPERATOR.groups());
        assertTrue(Role.STAFF_OPERATOR.isStaff());
    }

    @Test
    @DisplayName("an association admin (医師会管理者) is STAFF, STAFF_OPERATOR and STAFF_ADMIN")
    void admin() {
        assertEquals(Set.of("STAFF", "STAFF_OPERATOR", "STAFF_ADMIN"), Role.STAFF_ADMIN.groups());
        assertTrue(Role.STAFF_ADMIN.isStaff());
    }

    @ParameterizedTest(name = "{0}: staff roles never get MEMBER, members never get a staff group")
    @EnumSource(Role.class)
    void memberAndStaffDisjoint(Role role) {
        assertEquals(!role.isStaff(), role.groups().contains(Role.Groups.MEMBER));
        assertEquals(role.isStaff(), role.groups().contains(Role.Groups.STAFF));
    }

    @ParameterizedTest(name = "{0}: the groups cannot be changed")
    @EnumSource(Role.class)
    void groupsReadOnly(Role role) {
        Set<String> groups = role.groups();
        assertThrows(UnsupportedOperationException.class, () -> groups.add(Role.Groups.ADMIN));
        assertThrows(UnsupportedOperationException.class, groups::clear);
    }

    @Test
    @DisplayName("exactly four roles exist")
    void values() {
        assertEquals(4, Role.values().length);
    }
}
