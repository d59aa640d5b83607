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

    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("select a from UserAccount a where lower(a.doctor.email) = lower(:email)", UserAccount.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }
}
