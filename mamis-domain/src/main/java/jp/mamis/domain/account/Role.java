package jp.mamis.domain.account;

import java.util.Set;

/**
 * What an account may do. Members act on their own data; staff act for one association, with
 * three levels: viewer (閲覧), operator (審査・更新) and association admin (医師会管理者).
 * {@link #groups()} are the Jakarta Security groups (= roles) the caller gets.
 */
public enum Role {
    MEMBER(Set.of(Groups.MEMBER)),
    STAFF_VIEWER(Set.of(Groups.STAFF)),
    STAFF_OPERATOR(Set.of(Groups.STAFF, Groups.OPERATOR)),
    STAFF_ADMIN(Set.of(Groups.STAFF, Groups.OPERATOR, Groups.ADMIN));

    /** The role names used in {@code @RolesAllowed} and web.xml. */
    public static final class Groups {
        public static final String MEMBER = "MEMBER";
        public static final String STAFF = "STAFF";
        public static final String OPERATOR = "STAFF_OPERATOR";
        public static final String ADMIN = "STAFF_ADMIN";

        private Groups() {
        }
    }

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    public Set<String> groups() {
        return groups;
    }

    public boolean isStaff() {
        return this != MEMBER;
    }
}
