package jp.mamis.ejb.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Address;
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.fee.WithdrawalAnnouncement;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.security.PasswordHasher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Members with chosen dates and categories, and relief rules set directly, for the relief and category review tests. */
@Stateless
public class ReliefFixture {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Fixture fixture;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ConsentService consent;

    /** A member and their memberships by association id. */
    public record Member(String loginId, long doctorId, String email, Map<Long, Long> memberships) {
        public long at(long associationId) {
            return memberships.get(associationId);
        }
    }

    /**
     * A consented member with the given dates, in the world's chain ward A → city → 神奈川県
     * (and JMA when {@code upToJma}) with one category, joined on 2015-04-01 unless licensed later.
     */
    public Member member(Fixture.World w, LocalDate birth, LocalDate graduation, LocalDate licensed, MemberCategory category,
                         boolean upToJma) {
        int n = fixture.next();
        Doctor d = Doctor.register(new Doctor.Registration(String.valueOf(n), licensed,
                new PersonName("減免", "試験" + n, "ゲンメン", "シケン"), null, false, Sex.MALE, birth, "IT大学", graduation,
                new Contact(new Address("231-0023", Prefecture.getByCode("14"), "横浜市中区", "山下町1-1"), null, null, null,
                        "relief" + n + "@example.jp")), LocalDate.of(2100, 1, 1));
        em.persist(d);
        Facility f = em.find(Facility.class, w.facility());
        LocalDate joined = licensed.isAfter(LocalDate.of(2015, 4, 1)) ? licensed : LocalDate.of(2015, 4, 1);
        Map<Long, Long> ids = new LinkedHashMap<>();
        List<Long> chain = upToJma ? List.of(w.wardA(), w.city(), w.prefecture(), w.jma()) : List.of(w.wardA(), w.city(), w.prefecture());
        List<Membership> made = chain.stream().map(a -> d.join(em.find(Association.class, a), f, category, joined)).toList();
        String login = "relief" + n;
        UserAccount account = UserAccount.forMember(d, login, hasher.hash(Fixture.PASSWORD), Instant.now());
        em.persist(account);
        consent.record(account, consent.currentTerms().getVersionNumber(), "it");
        em.flush();
        for (int i = 0; i < chain.size(); i++) {
            ids.put(chain.get(i), made.get(i).getId());
        }
        return new Member(login, d.getId(), d.getEmail(), ids);
    }

    public long rule(long associationId, ReliefRule.Settings s) {
        ReliefRule r = ReliefRule.of(em.find(Association.class, associationId), s);
        em.persist(r);
        em.flush();
        return r.getId();
    }

    public long announcement(long associationId, WithdrawalAnnouncement.Settings s) {
        WithdrawalAnnouncement a = WithdrawalAnnouncement.of(em.find(Association.class, associationId), s);
        em.persist(a);
        em.flush();
        return a.getId();
    }

    public Doctor doctor(long id) {
        Doctor d = em.find(Doctor.class, id);
        d.getMemberships().size();
        return d;
    }

    public Association association(long id) {
        return em.find(Association.class, id);
    }

    public String category(long membershipId) {
        return em.find(Membership.class, membershipId).getCategory().name();
    }

    /** The membership's newest history entry as "KIND CAUSE before→after effective actor". */
    public String lastEvent(long membershipId) {
        var events = em.find(Membership.class, membershipId).getEvents();
        var e = events.get(events.size() - 1);
        return e.getKind() + " " + e.getCause() + " " + e.findCategoryBefore().map(MemberCategory::name).orElse("-") + "→"
                + e.findCategoryAfter().map(MemberCategory::name).orElse("-") + " " + e.findEffectiveDate().orElse(null)
                + " " + e.findActor().orElse("-");
    }

    /** Membership ends, as a withdrawal would. */
    public void withdraw(long membershipId, LocalDate on) {
        Membership m = em.find(Membership.class, membershipId);
        m.withdraw(on, jp.mamis.domain.membership.Origin.record(Instant.now()));
    }
}
