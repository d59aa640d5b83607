package jp.mamis.ejb.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Doctors with chosen names, sex, dates and categories as members of one association, for the member search tests. */
@Stateless
public class MemberSearchFixture {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Fixture fixture;

    /** What a generated member is made of. */
    public record Spec(String family, String given, String familyKana, String givenKana, Sex sex, LocalDate birth,
                       LocalDate graduation, MemberCategory category, LocalDate joined, PersonName former, boolean useFormer,
                       String street) {
        public static Spec of(String family, String given, String familyKana, String givenKana) {
            return new Spec(family, given, familyKana, givenKana, Sex.MALE, LocalDate.of(1980, 6, 1), LocalDate.of(2006, 3, 20),
                    MemberCategory.A2_B, LocalDate.of(2015, 4, 1), null, false, "山下町1-1");
        }

        public Spec sex(Sex s) { return new Spec(family, given, familyKana, givenKana, s, birth, graduation, category, joined, former, useFormer, street); }
        public Spec born(LocalDate b, LocalDate g) { return new Spec(family, given, familyKana, givenKana, sex, b, g, category, joined, former, useFormer, street); }
        public Spec category(MemberCategory c) { return new Spec(family, given, familyKana, givenKana, sex, birth, graduation, c, joined, former, useFormer, street); }
        public Spec joined(LocalDate j) { return new Spec(family, given, familyKana, givenKana, sex, birth, graduation, category, j, former, useFormer, street); }
        public Spec former(PersonName f, boolean use) { return new Spec(family, given, familyKana, givenKana, sex, birth, graduation, category, joined, f, use, street); }
        public Spec street(String s) { return new Spec(family, given, familyKana, givenKana, sex, birth, graduation, category, joined, former, useFormer, s); }
    }

    /** A made member: its doctor, membership and 医籍登録番号. */
    public record Made(long doctorId, long membershipId, String registrationNumber) {
    }

    /** Makes each spec a doctor and a member of the association through the facility; in order. */
    public List<Made> members(long associationId, long facilityId, List<Spec> specs) {
        Association a = em.find(Association.class, associationId);
        Facility f = em.find(Facility.class, facilityId);
        List<Doctor> doctors = new ArrayList<>();
        List<Membership> ms = new ArrayList<>();
        int base = fixture.next() * 10000; // room for many numbers
        int i = 0;
        for (Spec s : specs) {
            String no = String.valueOf(base % 9000000 + 1000000 + i++);
            Doctor d = Doctor.register(new Doctor.Registration(no, s.graduation() == null ? s.birth().plusYears(25) : s.graduation().plusMonths(1),
                    new PersonName(s.family(), s.given(), s.familyKana(), s.givenKana()), s.former(), s.useFormer(), s.sex(),
                    s.birth(), "IT大学", s.graduation(),
                    new Contact(new Address("231-0023", Prefecture.getByCode("14"), "横浜市中区", s.street()), "045-000-0000", null,
                            null, "ms" + no + "@example.jp")), LocalDate.of(2100, 1, 1));
            em.persist(d);
            Membership m = d.join(a, f, s.category(), s.joined());
            doctors.add(d);
            ms.add(m);
            if (i % 200 == 0) {
                em.flush();
            }
        }
        em.flush();
        List<Made> made = new ArrayList<>();
        for (int k = 0; k < doctors.size(); k++) {
            made.add(new Made(doctors.get(k).getId(), ms.get(k).getId(), doctors.get(k).getRegistrationNumber()));
        }
        return made;
    }

    /** Ends the membership on the day. */
    public void withdraw(long membershipId, LocalDate on) {
        Membership m = em.find(Membership.class, membershipId);
        m.getDoctor().leave(List.of(m), on, Origin.record(Instant.now()));
    }
}
