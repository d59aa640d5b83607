package jp.mamis.ejb.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.ejb.security.LoginThrottle;
import jp.mamis.ejb.security.PasswordHasher;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a login ID and password for the web tier's identity store. Unknown IDs cost the same
 * hashing work as known ones and get the same empty answer; throttled attempts are refused
 * without looking at the password. A disabled account is refused like a wrong password. Each
 * success is recorded on the account (the previous sign-in is what the dashboard counts from).
 */
@Stateless
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottle throttle;

    public Optional<SignedIn> authenticate(String loginId, String password, String source) {
        if (loginId == null || password == null || loginId.isBlank() || password.isEmpty()) {
            return Optional.empty();
        }
        if (!throttle.allows(loginId, source)) {
            LOG.warning(() -> "Login throttled for an account from " + source);
            hasher.verifyNobody(password);
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.findByLoginId(loginId.strip());
        boolean ok = account.map(a -> hasher.verify(password, a.getPasswordHash()))
                .orElseGet(() -> hasher.verifyNobody(password));
        // a disabled account gets the answer of a wrong password, after the same hashing work
        if (!ok || account.get().isDisabled()) {
            throttle.failed(loginId, source);
            return Optional.empty();
        }
        throttle.succeeded(loginId);
        UserAccount a = account.get();
        accounts.recordLogin(a, java.time.Instant.now());
        return Optional.of(new SignedIn(a.getLoginId(), a.getRole().groups()));
    }
}
