package jp.mamis.ejb.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.UserAccount;

import java.util.Optional;

/** The JPQL for accounts. Login IDs and mail addresses are matched without regard to case. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    public Optional<UserAccount> findByLoginId(String loginId) {
        return em.createQuery("select a from UserAccount a where lower(a.loginId) = lower(:id)", UserAccount.class)
                .setParameter("id", loginId)
                .getResultStream().findFirst();
    }

    public UserAccount getByLoginId(String loginId) {
        return findByLoginId(loginId).orElseThrow(() -> new MamisException("account.notFound"));
    }

    /**
     * Records a successful sign-in: the newest becomes the previous one. A bulk update, so it does
     * not move the account's version — parallel sign-ins of one account never conflict with each
     * other or with an edit of the account.
     */
    public void recordLogin(UserAccount a, java.time.Instant now) {
        em.createQuery("update UserAccount a set a.previousLoginAt = a.lastLoginAt, a.lastLoginAt = :now where a.id = :id")
                .setParameter("now", now).setParameter("id", a.getId()).executeUpdate();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("select a from UserAccount a where lower(a.doctor.email) = lower(:email)", UserAccount.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }
}
