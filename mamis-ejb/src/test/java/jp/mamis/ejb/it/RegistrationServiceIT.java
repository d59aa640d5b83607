package jp.mamis.ejb.it;

import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.account.LoginService;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.registration.RegistrationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Locale;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 利用者登録 inside Payara Micro against PostgreSQL: all of it is stored, or none of it. */
@ExtendWith(ArquillianExtension.class)
class RegistrationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    RegistrationService registration;

    @Inject
    ConsentService consent;

    @Inject
    LoginService login;

    @Inject
    Fixture fixture;

    private int terms() {
        return consent.currentTerms().getVersionNumber();
    }

    @Test
    void storesDoctorAccountAndConsentNormalisedAndMailsTheApplicant() throws Exception {
        RegistrationForm form = fixture.validForm();
        String number = form.getRegistrationNumber();
        form.setFamilyKana("ｼｹﾝ");                 // half-width input is stored full-width
        form.setGivenKana("はなこ");                 // hiragana is stored as katakana
        form.getContact().setPostalCode("２３１００２３");
        form.setFormerFamilyName("山田");
        form.setFormerFamilyKana("ヤマダ");
        form.setUseFormerNameOnMail(true);

        String loginId = registration.register(form, terms(), "192.0.2.10", Locale.JAPANESE);

        assertEquals(form.getLoginId(), loginId);
        assertEquals("シケン", fixture.single("select family_kana from doctor where registration_number = ?1", number));
        assertEquals("ハナコ", fixture.single("select given_kana from doctor where registration_number = ?1", number));
        assertEquals("231-0023", fixture.single("select postal_code from doctor where registration_number = ?1", number));
        assertEquals("山田", fixture.single("select former_family_name from doctor where registration_number = ?1", number));
        assertEquals(Boolean.TRUE, fixture.single("select use_former_name_on_mail from doctor where registration_number = ?1", number));
        assertEquals("MEMBER", fixture.single("select role from user_account where login_id = ?1", loginId));
        assertTrue(consent.hasConsentedToCurrent(loginId), "consent to the terms shown is recorded");
        assertEquals("192.0.2.10", fixture.single("select remote_address from consent_record c join user_account a"
                + " on a.id = c.account_id where a.login_id = ?1", loginId));
        assertTrue(login.authenticate(loginId, form.getPassword(), "test").isPresent(), "the new account can log in");

        var mails = MailBox.of(form.getContact().getEmail(), 1);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().contains("登録"), mails.get(0).subject());
        assertTrue(mails.get(0).body().contains(loginId), mails.get(0).body());
    }

    @Test
    void duplicateRegistrationNumberIsRefusedNamingTheFieldAndNothingIsWritten() {
        RegistrationForm first = fixture.validForm();
        registration.register(first, terms(), "192.0.2.1", Locale.JAPANESE);
        RegistrationForm second = fixture.validForm();
        second.setRegistrationNumber(first.getRegistrationNumber());

        refused(second, "registrationNumber", "registration.duplicate.registrationNumber");
    }

    @Test
    void duplicateLoginIdIsRefusedWhateverItsCase() {
        RegistrationForm first = fixture.validForm();
        registration.register(first, terms(), "192.0.2.1", Locale.JAPANESE);
        RegistrationForm second = fixture.validForm();
        second.setLoginId(first.getLoginId().toUpperCase(Locale.ROOT));

        refused(second, "loginId", "registration.duplicate.loginId");
    }

    @Test
    void duplicateEmailIsRefusedWhateverItsCase() {
        RegistrationForm first = fixture.validForm();
        registration.register(first, terms(), "192.0.2.1", Locale.JAPANESE);
        RegistrationForm second = fixture.validForm();
        second.getContact().setEmail(first.getContact().getEmail().toUpperCase(Locale.ROOT));

        refused(second, "email", "registration.duplicate.email");
    }

    @Test
    void invalidFieldsAreRefusedByTheServiceItselfNamingTheField() {
        assertInvalid(f -> f.setRegistrationNumber("012345"), "registrationNumber");
        assertInvalid(f -> f.setFamilyKana("Shiken"), "familyKana");
        assertInvalid(f -> f.setGivenKana("花子"), "givenKana");
        assertInvalid(f -> f.getContact().setPostalCode("23-1"), "postalCode");
        assertInvalid(f -> f.getContact().setTel("phone"), "tel");
        assertInvalid(f -> f.getContact().setEmail("not-an-address"), "email");
        assertInvalid(f -> f.setBirthDate(java.time.LocalDate.now().plusDays(1)), "birthDate");
        assertInvalid(f -> f.setPassword("short"), "password");
    }

    @Test
    void formerNameWithoutItsKanaIsRefused() {
        RegistrationForm form = fixture.validForm();
        form.setFormerFamilyName("山田");
        refused(form, "formerFamilyKana", "registration.formerName.incomplete");
    }

    @Test
    void consentToTermsThatAreNoLongerCurrentStoresNothing() {
        RegistrationForm form = fixture.validForm();
        MamisException e = assertThrows(MamisException.class,
                () -> registration.register(form, terms() - 1, "192.0.2.1", Locale.JAPANESE));
        assertEquals("consent.termsChanged", e.getKey());
        assertNothingStoredFor(form);
    }

    private void assertInvalid(Consumer<RegistrationForm> change, String field) {
        RegistrationForm form = fixture.validForm();
        change.accept(form);
        MamisException e = assertThrows(MamisException.class,
                () -> registration.register(form, terms(), "192.0.2.1", Locale.JAPANESE));
        assertEquals(field, e.findField().orElse(null), () -> "refused as " + e.getKey() + " " + e.findField());
        assertNothingStoredFor(form);
    }

    private void refused(RegistrationForm form, String field, String key) {
        MamisException e = assertThrows(MamisException.class,
                () -> registration.register(form, terms(), "192.0.2.1", Locale.JAPANESE));
        assertEquals(key, e.getKey());
        assertEquals(field, e.findField().orElse(null));
        assertEquals(0, fixture.count("user_account", "login_id = ?1", form.getLoginId()));
    }

    private void assertNothingStoredFor(RegistrationForm form) {
        assertEquals(0, fixture.count("doctor", "registration_number = ?1", form.getRegistrationNumber()));
        assertEquals(0, fixture.count("user_account", "lower(login_id) = lower(?1)", form.getLoginId()));
    }
}
