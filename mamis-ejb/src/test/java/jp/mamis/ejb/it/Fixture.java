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

/** Test data and direct looks at the tables, each call in its own transaction. */
@Stateless
public class Fixture {


    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    /**
     * A number no other test of this run has had: from a database sequence, because every test
     * class runs in its own Payara Micro but they all share the database.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int next() {
        em.createNativeQuery("create sequence if not exists it_fixture_seq start 100000").executeUpdate();
        return ((Number) em.createNativeQuery("select nextval('it_fixture_seq')").getSingleResult()).intValue();
    }

    /** A complete, valid registration with a 医籍登録番号, login ID and email no other test uses. */
    public RegistrationForm validForm() {
        int n = next();
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

    @jakarta.inject.Inject
    private jp.mamis.ejb.security.PasswordHasher hasher;

    @jakarta.inject.Inject
    private jp.mamis.ejb.registration.RegistrationService registration;

    @jakarta.inject.Inject
    private jp.mamis.ejb.consent.ConsentService consent;

    /** The TOTP key of every staff account the fixture makes. */
    public static final String STAFF_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /** The password of every account the fixture makes. */
    public static final String PASSWORD = "correct horse battery 7";

    /**
     * A fresh part of the hierarchy under 神奈川県医師会: a city association with two ward
     * associations, a facility, and staff for every association involved (JMA and 神奈川県 too).
     *
     * @param staff login IDs by association id: {@code op} operators, {@code viewer} for ward A, {@code admin} for the city
     */
    public record World(long jma, long prefecture, long city, long wardA, long wardB, long facility,
                        java.util.Map<Long, String> op, java.util.Map<Long, String> office, String viewerWardA,
                        String adminCity) {
    }

    public World world() {
        int n = next();
        var kanagawa = association("14");
        var jma = association("00");
        var city = jp.mamis.domain.association.Association.under(kanagawa, "IT" + n, "IT市医師会" + n, null);
        em.persist(city);
        var wardA = jp.mamis.domain.association.Association.under(city, "IT" + n + "A", "IT市A区医師会" + n, null);
        var wardB = jp.mamis.domain.association.Association.under(city, "IT" + n + "B", "IT市B区医師会" + n, null);
        em.persist(wardA);
        em.persist(wardB);
        var facility = new jp.mamis.domain.membership.Facility("IT病院" + n, "14");
        em.persist(facility);
        em.flush(); // identity ids are assigned on flush
        String hash = hasher.hash(PASSWORD);
        Instant now = Instant.now();
        java.util.Map<Long, String> ops = new java.util.HashMap<>();
        java.util.Map<Long, String> offices = new java.util.HashMap<>();
        for (var a : java.util.List.of(jma, kanagawa, city, wardA, wardB)) {
            a.changeEmail("office-" + a.getCode().toLowerCase(java.util.Locale.ROOT) + "-" + n + "@mamis.test");
            offices.put(a.getId(), a.findEmail().orElseThrow());
            String login = "op" + n + "-" + a.getCode().toLowerCase(java.util.Locale.ROOT);
            var op = jp.mamis.domain.account.UserAccount.forStaff(a, login, a.getName() + " 担当",
                    jp.mamis.domain.account.Role.STAFF_OPERATOR, hash, now);
            op.presetSecondFactor(STAFF_SECRET);
            em.persist(op);
            ops.put(a.getId(), login);
        }
        String viewer = "view" + n + "-a";
        var viewerAccount = jp.mamis.domain.account.UserAccount.forStaff(wardA, viewer, "閲覧者",
                jp.mamis.domain.account.Role.STAFF_VIEWER, hash, now);
        viewerAccount.presetSecondFactor(STAFF_SECRET);
        em.persist(viewerAccount);
        String admin = "admin" + n + "-city";
        var adminAccount = jp.mamis.domain.account.UserAccount.forStaff(city, admin, "管理者",
                jp.mamis.domain.account.Role.STAFF_ADMIN, hash, now);
        adminAccount.presetSecondFactor(STAFF_SECRET);
        em.persist(adminAccount);
        em.flush();
        return new World(jma.getId(), kanagawa.getId(), city.getId(), wardA.getId(), wardB.getId(), facility.getId(), ops,
                offices, viewer, admin);
    }

    /** A staff account of the association with no second factor set up yet; returns its login ID. */
    public String staffWithoutSecondFactor(long associationId) {
        String login = "new" + next() + "-staff";
        em.persist(jp.mamis.domain.account.UserAccount.forStaff(em.find(jp.mamis.domain.association.Association.class,
                associationId), login, "新任", jp.mamis.domain.account.Role.STAFF_OPERATOR, hasher.hash(PASSWORD), Instant.now()));
        return login;
    }

    /** Registers a new doctor with no membership and returns the registration (login ID, email, password). */
    public RegistrationForm newMember() {
        RegistrationForm form = validForm();
        registration.register(form, consent.currentTerms().getVersionNumber(), "192.0.2.1", java.util.Locale.JAPANESE);
        return form;
    }

    /** Sets an association's rules directly (the admin screen's service is tested on its own). */
    public void rules(long associationId, jp.mamis.domain.association.Tier scope, boolean multiple,
                      java.util.Map<jp.mamis.domain.attachment.DocumentKind, Boolean> documents) {
        var a = em.find(jp.mamis.domain.association.Association.class, associationId);
        var r = em.createQuery("select r from AssociationRules r where r.association = :a",
                        jp.mamis.domain.rules.AssociationRules.class)
                .setParameter("a", a).getResultStream().findFirst()
                .orElseGet(() -> {
                    var d = jp.mamis.domain.rules.AssociationRules.defaults(a);
                    em.persist(d);
                    return d;
                });
        r.change(new jp.mamis.domain.rules.AssociationRules.Settings(scope, multiple,
                java.util.EnumSet.allOf(jp.mamis.domain.membership.MemberCategory.class), documents));
    }

    /** Makes the doctor an active member of 川崎市医師会-like association of its own (tier 3 under 神奈川県). */
    public void joinElsewhere(String registrationNumber) {
        int n = next();
        var other = jp.mamis.domain.association.Association.under(association("14"), "EL" + n, "IT他市医師会" + n, null);
        em.persist(other);
        var f = new jp.mamis.domain.membership.Facility("IT他院" + n, "14");
        em.persist(f);
        var d = em.createQuery("select d from Doctor d where d.registrationNumber = :r", jp.mamis.domain.doctor.Doctor.class)
                .setParameter("r", registrationNumber).getSingleResult();
        em.persist(d.join(other, f, jp.mamis.domain.membership.MemberCategory.A1, java.time.LocalDate.now()));
    }

    /**
     * Makes the doctor an active member of the given associations (lowest first) through the
     * facility, all joined on {@code joined}, as migrated records would be.
     */
    public void memberOf(String registrationNumber, long facilityId, java.time.LocalDate joined, long... lowestFirst) {
        var d = em.createQuery("select d from Doctor d where d.registrationNumber = :r", jp.mamis.domain.doctor.Doctor.class)
                .setParameter("r", registrationNumber).getSingleResult();
        var f = em.find(jp.mamis.domain.membership.Facility.class, facilityId);
        for (long id : lowestFirst) {
            em.persist(d.join(em.find(jp.mamis.domain.association.Association.class, id), f,
                    jp.mamis.domain.membership.MemberCategory.A2_B, joined));
        }
    }

    /** An announcement the association shows to every member who withdraws from it. */
    public void announce(long associationId, String text) {
        em.persist(jp.mamis.domain.fee.WithdrawalAnnouncement.of(em.find(jp.mamis.domain.association.Association.class, associationId),
                new jp.mamis.domain.fee.WithdrawalAnnouncement.Settings(jp.mamis.domain.fee.AnnouncementCondition.ALWAYS, null, text)));
    }

    private jp.mamis.domain.association.Association association(String code) {
        return em.createQuery("select a from Association a where a.code = :c", jp.mamis.domain.association.Association.class)
                .setParameter("c", code).getSingleResult();
    }

    public long count(String table, String where, Object value) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + where)
                .setParameter(1, value).getSingleResult()).longValue();
    }

    /** Runs a statement in a transaction of its own. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int execute(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
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
