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

/** Memberships and rules for the certificate tests, each call in its own transaction. */
@Stateless
public class CertificateFixture {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    /** Makes the doctor an active member (the association's lower tier must be joined first, as the rules say). */
    public void join(String registrationNumber, long associationId, long facilityId, MemberCategory category, LocalDate joinDate) {
        em.persist(doctor(registrationNumber).join(em.find(Association.class, associationId), em.find(Facility.class, facilityId),
                category, joinDate));
    }

    /** Marks the doctor's membership of the association withdrawn (退会), as migrated records are. */
    public void withdraw(String registrationNumber, long associationId, LocalDate leaveDate) {
        em.createNativeQuery("update membership set status = 'WITHDRAWN', leave_date = ?1 where association_id = ?2"
                        + " and doctor_id = (select id from doctor where registration_number = ?3)")
                .setParameter(1, leaveDate).setParameter(2, associationId).setParameter(3, registrationNumber).executeUpdate();
    }

    /** Sets whether the association approves its active members' certificates first. */
    public void certificateApproval(long associationId, boolean required) {
        Association a = em.find(Association.class, associationId);
        AssociationRules r = em.createQuery("select r from AssociationRules r where r.association = :a", AssociationRules.class)
                .setParameter("a", a).getResultStream().findFirst()
                .orElseGet(() -> {
                    AssociationRules d = AssociationRules.defaults(a);
                    em.persist(d);
                    return d;
                });
        AssociationRules.Settings s = r.settings();
        r.change(new AssociationRules.Settings(s.admissionScope(), s.multipleMembershipAllowed(), s.offeredCategories(),
                s.documents(), required, s.nameChangeApprovalRequired()));
    }

    public String associationName(long associationId) {
        return em.find(Association.class, associationId).getName();
    }

    private Doctor doctor(String registrationNumber) {
        return em.createQuery("select d from Doctor d where d.registrationNumber = :r", Doctor.class)
                .setParameter("r", registrationNumber).getSingleResult();
    }
}
