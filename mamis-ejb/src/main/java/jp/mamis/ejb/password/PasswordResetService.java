package jp.mamis.ejb.password;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.PasswordPolicy;
import jp.mamis.domain.account.PasswordResetToken;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.ejb.account.Accounts;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.mail.Mail;
import jp.mamis.ejb.security.PasswordHasher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * パスワードの再設定. A request mails a random 256-bit token inside a link; only its SHA-256 is
 * stored. Redeeming it sets the new password, uses the token up and voids every other open
 * token of the account.
 */
@Stateless
public class PasswordResetService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private MamisConfig config;

    @Inject
    private Event<Mail> mail;

    /**
     * Mails a reset link when the address belongs to an account. The caller always shows the same
     * answer, and an unknown address costs about the same time (one hash), so nothing is revealed.
     */
    public void requestReset(String email, Locale locale) {
        Optional<UserAccount> account = email == null ? Optional.empty() : accounts.findByEmail(email.strip());
        if (account.isEmpty()) {
            hasher.verifyNobody(email == null ? "" : email);
            return;
        }
        UserAccount a = account.get();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        em.persist(new PasswordResetToken(a, sha256(token), Instant.now()));
        mail.fire(new Mail(a.getDoctor().getEmail(), "passwordReset", locale, a.getDoctor().getName().getFull(),
                config.baseUrl() + "/password-reset.xhtml?token=" + token));
    }

    /** True while the link can still be used (for the page to say so before asking for a password). */
    public boolean isUsable(String token) {
        return findToken(token).map(t -> t.isUsable(Instant.now())).orElse(false);
    }

    /** Sets a new password with a link's token; refuses a used, expired or unknown token. */
    public void resetPassword(String token, String newPassword) {
        PasswordResetToken t = findToken(token).orElseThrow(() -> new MamisException("passwordReset.invalidLink"));
        Instant now = Instant.now();
        UserAccount account = t.redeem(now);
        PasswordPolicy.check(newPassword, account.getLoginId());
        account.changePasswordHash(hasher.hash(newPassword), now);
        em.createQuery("select p from PasswordResetToken p where p.account = :a", PasswordResetToken.class)
                .setParameter("a", account)
                .getResultList().stream()
                .filter(p -> p != t && p.isUsable(now))
                .forEach(p -> p.redeem(now));
    }

    private Optional<PasswordResetToken> findToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select p from PasswordResetToken p where p.tokenHash = :h", PasswordResetToken.class)
                .setParameter("h", sha256(token))
                .getResultStream().findFirst();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
