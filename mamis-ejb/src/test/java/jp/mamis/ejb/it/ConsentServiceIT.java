package jp.mamis.ejb.it;

import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.registration.RegistrationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consent to the terms in force, asked again when a new version is published. */
@ExtendWith(ArquillianExtension.class)
class ConsentServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    ConsentService consent;

    @Inject
    RegistrationService registration;

    @Inject
    Fixture fixture;

    @Test
    void newTermsVersionAsksEveryAccountAgainUntilItConsentsToThatVersion() {
        RegistrationForm form = fixture.validForm();
        int before = consent.currentTerms().getVersionNumber();
        String loginId = registration.register(form, before, "192.0.2.1", Locale.JAPANESE);
        assertTrue(consent.hasConsentedToCurrent(loginId));
        assertDoesNotThrow(() -> consent.requireConsent(loginId));

        int published = fixture.publishNewTerms();

        assertEquals(published, consent.currentTerms().getVersionNumber());
        assertFalse(consent.hasConsentedToCurrent(loginId), "consent to the old version no longer counts");
        MamisException required = assertThrows(MamisException.class, () -> consent.requireConsent(loginId));
        assertEquals("consent.required", required.getKey());

        MamisException stale = assertThrows(MamisException.class, () -> consent.consent(loginId, before, "192.0.2.2"),
                "a page left open with the old terms cannot consent to them");
        assertEquals("consent.termsChanged", stale.getKey());
        assertFalse(consent.hasConsentedToCurrent(loginId));

        consent.consent(loginId, published, "192.0.2.3");
        assertTrue(consent.hasConsentedToCurrent(loginId));
        consent.consent(loginId.toUpperCase(Locale.ROOT), published, "192.0.2.4");
        assertEquals(2, fixture.count("consent_record c join user_account a on a.id = c.account_id", "a.login_id = ?1",
                loginId), "one record per version; consenting twice adds nothing");
    }

    @Test
    void consentForAnUnknownAccountIsRefused() {
        MamisException e = assertThrows(MamisException.class,
                () -> consent.consent("no-such-account", consent.currentTerms().getVersionNumber(), "192.0.2.1"));
        assertEquals("account.notFound", e.getKey());
    }
}
