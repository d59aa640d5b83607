package jp.mamis.ejb.it;

import jakarta.inject.Inject;
import jp.mamis.ejb.account.LoginService;
import jp.mamis.ejb.account.SignedIn;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.registration.RegistrationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password login inside Payara Micro: hashing strength, wrong passwords, unknown IDs, throttling. */
@ExtendWith(ArquillianExtension.class)
class LoginServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    LoginService login;

    @Inject
    RegistrationService registration;

    @Inject
    ConsentService consent;

    @Inject
    Fixture fixture;

    private RegistrationForm registered() {
        RegistrationForm form = fixture.validForm();
        registration.register(form, consent.currentTerms().getVersionNumber(), "192.0.2.1", Locale.JAPANESE);
        return form;
    }

    @Test
    void rightPasswordSignsInAsMemberWhateverTheCaseOfTheLoginId() {
        RegistrationForm form = registered();
        SignedIn in = login.authenticate(form.getLoginId().toUpperCase(Locale.ROOT), form.getPassword(), "198.51.100.1")
                .orElseThrow();
        assertEquals(form.getLoginId(), in.loginId());
        assertEquals(Set.of("MEMBER"), in.groups());
    }

    @Test
    void passwordIsStoredAsPbkdf2Sha256With600000IterationsAndSalt() {
        RegistrationForm form = registered();
        String hash = (String) fixture.single("select password_hash from user_account where login_id = ?1", form.getLoginId());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
        assertFalse(hash.contains(form.getPassword()));
        RegistrationForm other = registered();
        String otherHash = (String) fixture.single("select password_hash from user_account where login_id = ?1", other.getLoginId());
        assertFalse(hash.equals(otherHash), "the same password hashes differently for each account");
    }

    @Test
    void wrongPasswordUnknownIdAndBlankInputGetTheSameEmptyAnswer() {
        RegistrationForm form = registered();
        assertTrue(login.authenticate(form.getLoginId(), form.getPassword() + "x", "198.51.100.2").isEmpty());
        assertTrue(login.authenticate("nobody-" + form.getLoginId(), form.getPassword(), "198.51.100.2").isEmpty());
        assertTrue(login.authenticate(form.getLoginId(), "", "198.51.100.2").isEmpty());
        assertTrue(login.authenticate(" ", form.getPassword(), "198.51.100.2").isEmpty());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountOutEvenForTheRightOne() {
        RegistrationForm form = registered();
        for (int i = 0; i < 5; i++) {
            assertTrue(login.authenticate(form.getLoginId(), "wrong password " + i, "198.51.100." + (10 + i)).isEmpty());
        }
        assertTrue(login.authenticate(form.getLoginId(), form.getPassword(), "198.51.100.99").isEmpty(),
                "the sixth attempt is throttled whatever the source");

        RegistrationForm untouched = registered();
        assertTrue(login.authenticate(untouched.getLoginId(), untouched.getPassword(), "198.51.100.99").isPresent(),
                "other accounts are not locked out");
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        RegistrationForm form = registered();
        for (int i = 0; i < 4; i++) {
            login.authenticate(form.getLoginId(), "wrong password " + i, "198.51.100.20");
        }
        assertTrue(login.authenticate(form.getLoginId(), form.getPassword(), "198.51.100.20").isPresent());
        for (int i = 0; i < 4; i++) {
            login.authenticate(form.getLoginId(), "wrong password " + i, "198.51.100.21");
        }
        assertTrue(login.authenticate(form.getLoginId(), form.getPassword(), "198.51.100.21").isPresent());
    }
}
