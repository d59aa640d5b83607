package jp.mamis.domain.account;

import jp.mamis.domain.MamisException;

/**
 * Passwords: at least 13 characters, up to 128, any characters (spaces and Japanese included),
 * not the login ID. No composition rules and no forced rotation (ASVS 6.2).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 13;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String loginId) {
        if (password == null || password.isEmpty()) {
            throw MamisException.forField("password", "password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw MamisException.forField("password", "password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw MamisException.forField("password", "password.tooLong", MAX_LENGTH);
        }
        if (loginId != null && password.equalsIgnoreCase(loginId)) {
            throw MamisException.forField("password", "password.sameAsLoginId");
        }
    }
}
