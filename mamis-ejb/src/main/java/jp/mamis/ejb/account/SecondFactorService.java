package jp.mamis.ejb.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.account.Totp;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.ejb.security.LoginThrottle;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * The staff second factor (TOTP). On a staff account's first sign-in a secret is made and shown
 * once for the authenticator app; every sign-in then needs a current code before any service
 * shows member data ({@link Callers#staff()} checks it).
 */
@Stateless
@RolesAllowed(Role.Groups.STAFF)
public class SecondFactorService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Accounts accounts;

    @Inject
    private SecondFactor session;

    @Inject
    private LoginThrottle throttle;

    /**
     * What the second-factor page shows.
     *
     * @param secret     the Base32 key while the account is being set up; null once confirmed
     * @param otpauthUri the same key as an authenticator URI; null once confirmed
     */
    public record Status(String loginId, boolean verified, String secret, String otpauthUri) implements Serializable {
    }

    /** The caller's state, making a secret first when the account has none. */
    public Status status() {
        String loginId = callers.loginId();
        UserAccount a = em.find(UserAccount.class, accounts.getByLoginId(loginId).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (!a.isSecondFactorConfirmed() && a.findSecretToSetUp().isEmpty()) {
            a.startSecondFactor(Totp.newSecret(RANDOM));
        }
        String secret = a.findSecretToSetUp().orElse(null);
        return new Status(loginId, session.isVerified(loginId), secret,
                secret == null ? null : Totp.otpauthUri("MAMIS", loginId, secret));
    }

    /** Checks a code; on success the rest of this session may see member data. Guessing is throttled. */
    public void verify(String code) {
        String loginId = callers.loginId();
        String key = "totp:" + loginId;
        if (!throttle.allows(key, key)) {
            throw MamisException.forField("code", "totp.throttled");
        }
        UserAccount a = em.find(UserAccount.class, accounts.getByLoginId(loginId).getId(), LockModeType.PESSIMISTIC_WRITE);
        try {
            a.useSecondFactor(code, Instant.now());
        } catch (MamisException e) {
            throttle.failed(key, key);
            throw e;
        }
        throttle.succeeded(key);
        session.verified(loginId);
    }
}
