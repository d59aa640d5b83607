package jp.mamis.ejb.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.account.TermsVersion;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.registration.RegistrationForm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data and direct looks at the tables, each call in its own transaction. */
@Stateless
public class Fixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    /** A complete, valid registration with a 医籍登録番号, login ID and email no other test uses. */
    public static RegistrationForm validForm() {
        int n = 100_000 + SEQUENCE.incrementAndGet() % 900_000;
        RegistrationForm f = new RegistrationForm();
        f.setRegistrationNumber(String.valueOf(n));
        f.setRegistrationDate(LocalDate.of(2010, 4, 20));
        f.setFamilyName("試験");
        f.setGivenName("花子");
        f.setFamilyKana("シケン");
        f.setGivenKana("ハナコ");
        f.setSex(Sex.FEMALE);
        f.setBirthDate(LocalDate.of(1985, 5, 5));
        f.getContact().setPostalCode("231-0023");
        f.getContact().setPrefecture(Prefecture.getByCode("14"));
        f.getContact().setCity("横浜市中区");
        f.getContact().setStreet("山下町1-1");
        f.getContact().setTel("045-000-0000");
        f.getContact().setEmail("hanako" + n + "@example.jp");
        f.setGraduationUniversity("横浜市立大学");
        f.setGraduationDate(LocalDate.of(2010, 3, 25));
        f.setLoginId("hanako" + n);
        f.setPassword("correct horse battery 7");
        return f;
    }

    public long count(String table, String where, Object value) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + where)
                .setParameter(1, value).getSingleResult()).longValue();
    }

    public Object single(String sql, Object value) {
        return em.createNativeQuery(sql).setParameter(1, value).getSingleResult();
    }

    /** Publishes a new terms version after the newest one and returns its number. */
    public int publishNewTerms() {
        int next = ((Number) em.createNativeQuery("select max(version_number) + 1 from terms_version")
                .getSingleResult()).intValue();
        em.persist(new TermsVersion(next, "第1条 改定後の利用規約 v" + next, "改定後の個人情報の取り扱い v" + next, Instant.now()));
        return next;
    }

    /** Moves every reset token of an account into the past, as if it had been asked for that long ago. */
    public void ageResetTokens(String loginId, int minutes) {
        em.createNativeQuery("update password_reset_token set created_at = created_at - make_interval(mins => ?1),"
                        + " expires_at = expires_at - make_interval(mins => ?1)"
                        + " where account_id = (select id from user_account where login_id = ?2)")
                .setParameter(1, minutes).setParameter(2, loginId).executeUpdate();
    }
}
