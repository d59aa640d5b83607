package jp.mamis.ejb.account;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * Which staff login IDs passed their second factor in this browser session. The session ends
 * (and with it this) at logout or after 30 idle minutes, so every new sign-in asks for a code.
 */
@SessionScoped
public class SecondFactor implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Set<String> verified = new HashSet<>();

    public synchronized boolean isVerified(String loginId) {
        return verified.contains(loginId.toLowerCase(java.util.Locale.ROOT));
    }

    synchronized void verified(String loginId) {
        verified.add(loginId.toLowerCase(java.util.Locale.ROOT));
    }
}
