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

    /**
     * {@code n} active members of the association through the facility, written by SQL in one go
     * (a few thousand, for paging): ten kana and kanji names so that sort keys tie, every fifth
     * member in each category, birth dates over 40 years, every 13th without a join date; then
     * ANALYZE, so the planner's doctor estimate counts them.
     */
    public void bulk(long associationId, long facilityId, int n) {
        int base = 5_000_000 + (fixture.next() % 400) * 5_000;
        em.createNativeQuery("insert into doctor (registration_number, registration_date, family_name, given_name, family_kana,"
                + " given_kana, birth_date, postal_code, prefecture_code, city, street, email, graduation_date, search_name, search_kana)"
                + " select cast(?1 + i as varchar), date '2010-04-01', substr('青井宇江尾加木久毛古', i % 10 + 1, 1), '一', "
                + " substr('アイウエオカキクケコ', i % 10 + 1, 1), 'イチ', date '1950-01-01' + (i * 37) % 14600, '231-0001', '14',"
                + " '横浜市', '1-1', 'bulk' || (?1 + i) || '@example.jp', date '1975-03-20' + ((i * 37) % 14600),"
                + " substr('青井宇江尾加木久毛古', i % 10 + 1, 1) || '一', substr('アイウエオカキクケコ', i % 10 + 1, 1) || 'イチ'"
                + " from generate_series(1, ?2) i").setParameter(1, base).setParameter(2, n).executeUpdate();
        em.createNativeQuery("insert into membership (doctor_id, association_id, facility_id, category, status, join_date)"
                + " select d.id, ?2, ?3, (array['A1', 'A2_B', 'A2_C', 'B', 'C'])[cast(d.registration_number as int) % 5 + 1],"
                + " 'ACTIVE', case when cast(d.registration_number as int) % 13 = 0 then null"
                + " else date '2000-01-01' + cast(d.registration_number as int) % 9000 end"
                + " from doctor d where cast(d.registration_number as int) between ?1 + 1 and ?1 + ?4")
                .setParameter(1, base).setParameter(2, associationId).setParameter(3, facilityId).setParameter(4, n).executeUpdate();
        em.createNativeQuery("analyze doctor").executeUpdate();
    }

    /** Membership ids of the association's active members matching {@code condition}, ordered by SQL as given. */
    @SuppressWarnings("unchecked")
    public List<Long> orderedIds(long associationId, String condition, String orderBy) {
        return ((List<Number>) em.createNativeQuery("select m.id from membership m join doctor d on d.id = m.doctor_id"
                        + " join facility f on f.id = m.facility_id where m.association_id = ?1 and m.status = 'ACTIVE'"
                        + condition + " order by " + orderBy).setParameter(1, associationId).getResultList())
                .stream().map(Number::longValue).toList();
    }

    public Association association(long id) {
        return em.find(Association.class, id);
    }
}
