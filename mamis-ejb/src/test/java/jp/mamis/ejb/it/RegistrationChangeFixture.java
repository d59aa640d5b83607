package jp.mamis.ejb.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.rules.AssociationRules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

/** Test data of the registration-change tests: memberships and the name-change rule set directly. */
@Stateless
public class RegistrationChangeFixture {

    static final LocalDate JMA_JOIN = LocalDate.of(2020, 6, 1);

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    /** Makes the doctor a member of ward A → city → 神奈川県 → JMA through the world's facility (ward A's join date unknown). */
    public void joinWardAChain(Fixture.World w, String registrationNumber) {
        Doctor d = em.createQuery("select d from Doctor d where d.registrationNumber = :r", Doctor.class)
                .setParameter("r", registrationNumber).getSingleResult();
        Facility f = em.find(Facility.class, w.facility());
        d.join(em.find(Association.class, w.wardA()), f, MemberCategory.A1, null);
        d.join(em.find(Association.class, w.city()), f, MemberCategory.A1, LocalDate.of(2015, 4, 1));
        d.join(em.find(Association.class, w.prefecture()), f, MemberCategory.A1, LocalDate.of(2015, 4, 1));
        d.join(em.find(Association.class, w.jma()), f, MemberCategory.A1, JMA_JOIN);
        d.getMemberships().forEach(em::persist);
    }

    /** Sets whether the association approves name changes, keeping its other rules at their defaults. */
    public void approvesNameChanges(long associationId) {
        Association a = em.find(Association.class, associationId);
        AssociationRules r = em.createQuery("select r from AssociationRules r where r.association = :a", AssociationRules.class)
                .setParameter("a", a).getResultStream().findFirst()
                .orElseGet(() -> {
                    AssociationRules d = AssociationRules.defaults(a);
                    em.persist(d);
                    return d;
                });
        r.change(new AssociationRules.Settings(null, true, EnumSet.allOf(MemberCategory.class), Map.of(), false, true));
    }
}
