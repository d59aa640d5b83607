package jp.mamis.ejb.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.domain.association.Association;
import jp.mamis.ejb.security.PasswordHasher;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What {@link ServiceBenchmark} needs in a generated nation besides its rows: the associations it
 * measures (the largest tier-3 association and prefecture by active members, and JMA) and an
 * operator account for each ({@code bench-<code>}, {@link Fixture#PASSWORD}, TOTP key
 * {@link Fixture#STAFF_SECRET}), made at the first run and reused after.
 */
@Stateless
public class BenchmarkStaff {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    /** An association the benchmark runs for, its operator and its number of active members. */
    public record Target(String label, long associationId, String name, String loginId, long members) {
    }

    /** The mail domain of every doctor the nation generator makes (jp.mamis.nation.NationGenerator). */
    static final String NATION_MAIL = "@nation.example.jp";

    /**
     * The three targets, with their operators (created when missing). Refused unless the database
     * is a generated nation — its doctors are the generator's, or the demo's — since the accounts
     * it creates have the test fixtures' published password and TOTP key.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Target> targets() {
        long generated = ((Number) em.createNativeQuery("select count(*) from doctor where email like ?1")
                .setParameter(1, "%" + NATION_MAIL).getSingleResult()).longValue();
        long others = ((Number) em.createNativeQuery("select count(*) from doctor where email not like ?1"
                        + " and registration_number not in ('200001', '200002', '200003', '200004')")
                .setParameter(1, "%" + NATION_MAIL).getSingleResult()).longValue();
        if (generated < 10_000 || others > 0) {
            throw new IllegalStateException("Not a generated nation (" + generated + " generated doctors, " + others
                    + " others): run ./scripts/generate-nation.sh first; the benchmark creates staff accounts with"
                    + " published credentials and never runs on real data");
        }
        return List.of(target("tier 3", 3), target("prefecture", 2), target("JMA", 1));
    }

    private Target target(String label, int tier) {
        Object[] r = (Object[]) em.createNativeQuery("select a.id, count(*) from membership m join association a"
                + " on a.id = m.association_id where a.tier = ?1 and m.status = 'ACTIVE' group by a.id order by count(*) desc, a.id limit 1")
                .setParameter(1, tier).getSingleResult();
        Association a = em.find(Association.class, ((Number) r[0]).longValue());
        String login = "bench-" + a.getCode().toLowerCase(Locale.ROOT);
        boolean exists = !em.createQuery("select u.id from UserAccount u where u.loginId = :l").setParameter("l", login)
                .getResultList().isEmpty();
        if (!exists) {
            UserAccount u = UserAccount.forStaff(a, login, a.getName() + " ベンチマーク", Role.STAFF_OPERATOR,
                    hasher.hash(Fixture.PASSWORD), Instant.now());
            u.presetSecondFactor(Fixture.STAFF_SECRET);
            em.persist(u);
        }
        return new Target(label, a.getId(), a.getName(), login, ((Number) r[1]).longValue());
    }

    /** A 医籍登録番号 of an active member of the association (the 101st by membership id). */
    public String someRegistrationNumber(long associationId) {
        return (String) em.createNativeQuery("select d.registration_number from membership m join doctor d on d.id = m.doctor_id"
                        + " where m.association_id = ?1 and m.status = 'ACTIVE' order by m.id limit 1 offset 100")
                .setParameter(1, associationId).getSingleResult();
    }
}
