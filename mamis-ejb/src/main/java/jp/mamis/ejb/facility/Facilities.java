package jp.mamis.ejb.facility;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.region.Prefecture;

/**
 * Finds a registered facility, or the one a member names: the same name in the same prefecture
 * is the same facility, so typing a hospital already registered does not make a second one.
 * Callers check who may use it; refusals name the form field the member filled in.
 */
@Stateless
public class Facilities {

    /** Longest facility name (the column's size). */
    public static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    /** A registered facility, or a refusal with {@code missingKey} on the field {@code facility}. */
    public Facility get(long id, String missingKey) {
        Facility f = em.find(Facility.class, id);
        if (f == null) {
            throw MamisException.forField("facility", missingKey);
        }
        return f;
    }

    /** The facility of that name in that prefecture, registered now when there is none. */
    public Facility named(String name, String prefectureCode, String missingKey) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw MamisException.forField("facility", missingKey);
        }
        String pref = Prefecture.findByCode(prefectureCode)
                .orElseThrow(() -> MamisException.forField("facilityPrefecture", "admission.facility.prefecture")).code();
        return em.createQuery("select f from Facility f where f.name = :n and f.prefectureCode = :p", Facility.class)
                .setParameter("n", n).setParameter("p", pref).getResultStream().findFirst()
                .orElseGet(() -> {
                    Facility f = new Facility(n, pref);
                    em.persist(f);
                    return f;
                });
    }
}
