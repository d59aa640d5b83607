package jp.mamis.ejb.it;

import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.account.LoginService;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.password.PasswordResetService;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.registration.RegistrationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** パスワードの再設定 by a mailed one-time link, inside Payara Micro with a real SMTP/IMAP server. */
@ExtendWith(ArquillianExtension.class)
class PasswordResetServiceIT {

    private static final Pattern LINK = Pattern.compile("/password-reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    PasswordResetService reset;

    @Inject
    RegistrationService registration;

    @Inject
    ConsentService consent;

    @Inject
    LoginService login;

    @Inject
    Fixture fixture;

    private RegistrationForm registered() {
        RegistrationForm form = fixture.validForm();
        registration.register(form, consent.currentTerms().getVersionNumber(), "192.0.2.1", Locale.JAPANESE);
        return form;
    }

    /** Asks for a link and returns the token from the mail (the registration mail is the first). */
    private String requestLink(RegistrationForm form, int mailsBefore) throws Exception {
        reset.requestReset(form.getContact().getEmail().toUpperCase(Locale.ROOT), Locale.JAPANESE);
        List<MailBox.Received> mails = MailBox.of(form.getContact().getEmail(), mailsBefore + 1);
        assertEquals(mailsBefore + 1, mails.size());
        MailBox.Received mail = mails.get(mailsBefore);
        assertTrue(mail.subject().contains("パスワード再設定"), mail.subject());
        Matcher m = LINK.matcher(mail.body());
        assertTrue(m.find(), mail.body());
        return m.group(1);
    }

    @Test
    void mailedLinkSetsANewPasswordOnceAndOnlyItsHashIsStored() throws Exception {
        RegistrationForm form = registered();
        String token = requestLink(form, 1);
        assertEquals(0, fixture.count("password_reset_token", "token_hash = ?1", token), "the raw token is never stored");
        assertTrue(reset.isUsable(token));

        reset.resetPassword(token, "a brand new passphrase 2026");

        assertTrue(login.authenticate(form.getLoginId(), "a brand new passphrase 2026", "203.0.113.1").isPresent());
        assertTrue(login.authenticate(form.getLoginId(), form.getPassword(), "203.0.113.1").isEmpty());
        assertFalse(reset.isUsable(token));
        MamisException again = assertThrows(MamisException.class, () -> reset.resetPassword(token, "yet another passphrase 1"));
        assertTrue(again.getKey().startsWith("passwordReset."), again.getKey());
        assertTrue(login.authenticate(form.getLoginId(), "a brand new passphrase 2026", "203.0.113.1").isPresent(),
                "a used link changes nothing");
    }

    @Test
    void usingOneLinkVoidsTheOthers() throws Exception {
        RegistrationForm form = registered();
        String first = requestLink(form, 1);
        String second = requestLink(form, 2);
        reset.resetPassword(second, "the second link wins 42");
        assertFalse(reset.isUsable(first));
        assertThrows(MamisException.class, () -> reset.resetPassword(first, "the first link is void 42"));
    }

    @Test
    void linkOlderThanThirtyMinutesIsRefused() throws Exception {
        RegistrationForm form = registered();
        String token = requestLink(form, 1);
        fixture.ageResetTokens(form.getLoginId(), 31);
        assertFalse(reset.isUsable(token));
        assertThrows(MamisException.class, () -> reset.resetPassword(token, "too late for this one 1"));
        assertTrue(login.authenticate(form.getLoginId(), form.getPassword(), "203.0.113.2").isPresent());
    }

    @Test
    void weakNewPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
        RegistrationForm form = registered();
        String token = requestLink(form, 1);
        MamisException e = assertThrows(MamisException.class, () -> reset.resetPassword(token, "short"));
        assertEquals("password", e.findField().orElse(null));
        assertTrue(reset.isUsable(token), "nothing half-done: the refused attempt did not use the link up");
    }

    @Test
    void unknownAddressOrForgedTokenRevealsAndChangesNothing() throws Exception {
        long tokensBefore = fixture.count("password_reset_token", "1 = ?1", 1);
        reset.requestReset("nobody-at-all@example.jp", Locale.JAPANESE);
        assertEquals(tokensBefore, fixture.count("password_reset_token", "1 = ?1", 1));
        assertTrue(MailBox.of("nobody-at-all@example.jp", 0).isEmpty());
        assertFalse(reset.isUsable("forged-token"));
        assertThrows(MamisException.class, () -> reset.resetPassword("forged-token", "whatever it is now 1"));
    }
}
