package jp.mamis.ejb.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.ConsentRecord;
import jp.mamis.domain.account.TermsVersion;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.ejb.account.Accounts;

import java.time.Instant;

/** The terms version in force and each account's consent to it. */
@Stateless
public class ConsentService {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    /** The newest published terms version. */
    public TermsVersion currentTerms() {
        return em.createQuery("select t from TermsVersion t order by t.versionNumber desc", TermsVersion.class)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no terms of use published"));
    }

    public boolean hasConsentedToCurrent(String loginId) {
        TermsVersion current = currentTerms();
        return em.createQuery("select count(c) from ConsentRecord c where lower(c.account.loginId) = lower(:login)"
                        + " and c.termsVersion = :terms", Long.class)
                .setParameter("login", loginId)
                .setParameter("terms", current)
                .getSingleResult() > 0;
    }

    /** Refuses (and rolls back) when the account has not consented to the terms in force. */
    public void requireConsent(String loginId) {
        if (!hasConsentedToCurrent(loginId)) {
            throw new MamisException("consent.required");
        }
    }

    /**
     * Records consent to the given version, which must be the one in force (a page left open
     * while new terms were published must be read again). Consenting twice is harmless.
     */
    public void consent(String loginId, int versionNumber, String remoteAddress) {
        UserAccount account = accounts.getByLoginId(loginId);
        record(account, versionNumber, remoteAddress);
    }

    /** Records consent for an account being created in the same transaction. */
    public void record(UserAccount account, int versionNumber, String remoteAddress) {
        TermsVersion current = currentTerms();
        if (current.getVersionNumber() != versionNumber) {
            throw new MamisException("consent.termsChanged");
        }
        if (account.getId() != null && hasConsentedToCurrent(account.getLoginId())) {
            return;
        }
        em.persist(new ConsentRecord(account, current, Instant.now(), remoteAddress));
    }
}
