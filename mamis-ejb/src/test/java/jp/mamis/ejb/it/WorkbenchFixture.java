package jp.mamis.ejb.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Address;
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.Origin;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.security.PasswordHasher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A prefecture of its own under JMA (so its block of JMA's statistics holds only this test's
 * members) with two cities, members with chosen sex, category and dates, and staff accounts.
 */
@Stateless
public class WorkbenchFixture {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Fixture fixture;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ConsentService consent;

    public record Region(long jma, long prefecture, String prefectureName, long cityX, long cityY, long facility, long otherFacility,
                         String officeX) {
    }

    public Region region() {
        int n = fixture.next();
        Association jma = em.createQuery("select a from Association a where a.code = '00'", Association.class).getSingleResult();
        Association p = Association.under(jma, "P" + n, "IT県医師会" + n, null);
        em.persist(p);
        Association x = Association.under(p, "P" + n + "X", "IT県X市医師会" + n, null);
        Association y = Association.under(p, "P" + n + "Y", "IT県Y市医師会" + n, null);
        em.persist(x);
        em.persist(y);
        x.changeEmail("office-x-" + n + "@mamis.test");
        Facility f = new Facility("IT県病院" + n, null);
        Facility g = new Facility("IT県別院" + n, null);
        em.persist(f);
        em.persist(g);
        em.flush();
        return new Region(jma.getId(), p.getId(), p.getName(), x.getId(), y.getId(), f.getId(), g.getId(), x.findEmail().orElseThrow());
    }

    /** A staff account of the association with the fixture's TOTP key; returns its login ID. */
    public String staff(long associationId, Role role) {
        String login = "wb" + fixture.next() + "-" + role.name().toLowerCase().replace("staff_", "");
        UserAccount a = UserAccount.forStaff(em.find(Association.class, associationId), login, "職員" + login, role,
                hasher.hash(Fixture.PASSWORD), Instant.now());
        a.presetSecondFactor(Fixture.STAFF_SECRET);
        em.persist(a);
        return login;
    }

    /** A member; returns doctor id, login ID and the membership ids in the order of {@code lowestFirst}. */
    public record Member(long doctorId, String loginId, String email, List<Long> memberships) {
    }

    /** A consented member of the associations (lowest first) through the facility, joined on {@code joined} (null = unknown). */
    public Member member(Sex sex, MemberCategory category, LocalDate joined, long facilityId, long... lowestFirst) {
        int n = fixture.next();
        Doctor d = Doctor.register(new Doctor.Registration(String.valueOf(n), LocalDate.of(2010, 4, 20),
                new PersonName("統計", "試験" + n, "トウケイ", "シケン"), null, false, sex, LocalDate.of(1984, 5, 5), "IT大学",
                LocalDate.of(2010, 3, 25),
                new Contact(new Address("231-0023", Prefecture.getByCode("14"), "横浜市中区", "山下町1-1"), null, null, null,
                        "wb" + n + "@example.jp")), LocalDate.of(2100, 1, 1));
        em.persist(d);
        Facility f = em.find(Facility.class, facilityId);
        List<Membership> made = new ArrayList<>();
        for (long a : lowestFirst) {
            made.add(d.join(em.find(Association.class, a), f, category, joined));
        }
        String login = "wb" + n;
        UserAccount account = UserAccount.forMember(d, login, hasher.hash(Fixture.PASSWORD), Instant.now());
        em.persist(account);
        consent.record(account, consent.currentTerms().getVersionNumber(), "it");
        em.flush();
        return new Member(d.getId(), login, d.getEmail(), made.stream().map(Membership::getId).toList());
    }

    /** Ends the memberships on {@code on} (the leave date), as a withdrawal would. */
    public void leave(Member m, LocalDate on) {
        for (long id : m.memberships()) {
            em.find(Membership.class, id).withdraw(on, Origin.record(Instant.now()));
        }
    }

    /** Changes the category of every membership of the member from {@code on}. */
    public void changeCategory(Member m, MemberCategory to, LocalDate on) {
        for (long id : m.memberships()) {
            em.find(Membership.class, id).changeCategory(to, on, Origin.record(Instant.now()));
        }
    }

    /** Moves one membership to another facility behind the domain's back, as migrated records may have it. */
    public void moveFacility(long membershipId, long facilityId) {
        em.createNativeQuery("update membership set facility_id = ?1 where id = ?2").setParameter(1, facilityId)
                .setParameter(2, membershipId).executeUpdate();
    }
}
