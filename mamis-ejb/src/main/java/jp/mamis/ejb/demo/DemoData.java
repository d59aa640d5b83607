package jp.mamis.ejb.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.rules.AssociationRules;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Address;
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.account.Accounts;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.security.PasswordHasher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the demo data once (it is skipped when the demo doctor already exists). Never runs
 * unless {@code MAMIS_DEMO=true}. Every demo account's password is {@value #PASSWORD}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String PASSWORD = "Mamis-Demo-2026";
    public static final String DEMO_LOGIN = "idsample";
    /** A demo doctor with no membership, for trying an admission. */
    public static final String NEW_DOCTOR_LOGIN = "idnew";
    /** A demo doctor of the seed's transfer screen: 港区 → 東京都 → 日本医師会 through 東京都済生会中央病院. */
    public static final String TRANSFER_DOCTOR_LOGIN = "idtransfer";
    /** Demo staff log in as s{association code}.admin / .op / .view, e.g. s14100.op for 横浜市医師会. */
    public static final String STAFF_PREFIX = "s";
    /**
     * The TOTP key of every demo staff account (Base32), stated in the README so an authenticator
     * app can be set up for the demo. Real staff accounts get a random key at first sign-in.
     */
    public static final String STAFF_TOTP_SECRET = "MAMISDEMOSTAFFTOTPKEY2345672345A";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** 横浜市の18区 (tier-4 district associations under 横浜市医師会). */
    private static final List<String> YOKOHAMA_WARDS = List.of("鶴見区", "神奈川区", "西区", "中区", "南区", "港南区",
            "保土ケ谷区", "旭区", "磯子区", "金沢区", "港北区", "緑区", "青葉区", "都筑区", "戸塚区", "栄区", "泉区", "瀬谷区");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private MamisConfig config;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ConsentService consent;

    @PostConstruct
    void load() {
        if (!config.demoMode()) {
            return;
        }
        // one hash for every demo account: 600,000 PBKDF2 iterations per account would make start-up crawl
        String passwordHash = hasher.hash(PASSWORD);
        if (accounts.findByLoginId(DEMO_LOGIN).isEmpty()) {
            loadDoctorAndAssociations(passwordHash);
        }
        if (accounts.findByLoginId(STAFF_PREFIX + "00.admin").isEmpty()) {
            loadStaffAndRules(passwordHash);
        }
        if (accounts.findByLoginId(TRANSFER_DOCTOR_LOGIN).isEmpty()) {
            loadTransferDoctor(passwordHash);
        }
        loadReliefAndResident(passwordHash);
        LOG.info("Demo data loaded");
    }

    private void loadDoctorAndAssociations(String passwordHash) {
        Map<String, Association> created = associations();
        Facility yokohamaHospital = facility("横浜市立市民病院", Prefecture.KANAGAWA);
        Facility sapporoHospital = facility("市立札幌市民病院", Prefecture.HOKKAIDO);
        facility("東京都済生会中央病院", Prefecture.TOKYO);
        facility("医療法人〇〇会 横浜総合病院", Prefecture.KANAGAWA);

        Doctor taro = Doctor.register(new Doctor.Registration("200001", LocalDate.of(2006, 3, 31),
                new PersonName("日医", "太郎", "ニチイ", "タロウ"),
                new PersonName("山田", "多郎", "ヤマダ", "タロウ"), true, Sex.MALE, LocalDate.of(1984, 10, 10),
                "東京大学", LocalDate.of(2006, 3, 24),
                new Contact(new Address("113-8621", Prefecture.TOKYO, "文京区", "本駒込2-28-16"),
                        "00-0000-0000", "090-0000-0000", "00-0000-0000", "example@mail.com")),
                LocalDate.now());
        em.persist(taro);
        MemberCategory a1 = MemberCategory.A1;
        taro.join(created.get("横浜市青葉区医師会"), yokohamaHospital, a1, null);
        taro.join(created.get("横浜市医師会"), yokohamaHospital, a1, null);
        taro.join(prefectural(Prefecture.KANAGAWA), yokohamaHospital, a1, null);
        taro.join(national(), yokohamaHospital, a1, LocalDate.of(2020, 6, 1));
        LocalDate sapporoJoin = LocalDate.of(1999, 6, 1);
        Association sapporo = created.get("札幌市医師会");
        // in a generated nation (scripts/generate-nation.sh) 札幌市 has ward associations, and a member
        // of a city with wards is a member of one of them: the first by code
        em.createQuery("select a from Association a where a.parent = :city order by a.code", Association.class)
                .setParameter("city", sapporo).setMaxResults(1).getResultList()
                .forEach(ward -> taro.join(ward, sapporoHospital, MemberCategory.A2_B, sapporoJoin));
        taro.join(sapporo, sapporoHospital, MemberCategory.A2_B, sapporoJoin);
        taro.join(prefectural(Prefecture.HOKKAIDO), sapporoHospital, MemberCategory.A2_B, sapporoJoin);
        member(taro, DEMO_LOGIN, passwordHash);
        LOG.info(() -> "Demo associations (" + created.size() + " of tier 3/4) and doctor " + DEMO_LOGIN + " loaded");
    }

    /**
     * A doctor with no membership yet (for trying 入会届), staff accounts for every demo
     * association and for JMA and the three demo prefectures, secretariat mail addresses, and
     * some association rules to see them at work.
     */
    private void loadStaffAndRules(String passwordHash) {
        Doctor hanako = Doctor.register(new Doctor.Registration("200002", LocalDate.of(2016, 4, 20),
                new PersonName("日医", "花子", "ニチイ", "ハナコ"), null, false, Sex.FEMALE, LocalDate.of(1990, 5, 5),
                "横浜市立大学", LocalDate.of(2016, 3, 25),
                new Contact(new Address("231-0023", Prefecture.KANAGAWA, "横浜市中区", "山下町1-1"),
                        "045-000-0000", "090-1111-1111", null, "example2@mail.com")),
                LocalDate.now());
        em.persist(hanako);
        member(hanako, NEW_DOCTOR_LOGIN, passwordHash);

        List<Association> staffed = em.createQuery("select a from Association a where a.tier in :lower or a.code in :codes"
                        + " order by a.code", Association.class)
                .setParameter("lower", List.of(jp.mamis.domain.association.Tier.MUNICIPAL, jp.mamis.domain.association.Tier.DISTRICT))
                .setParameter("codes", List.of("00", Prefecture.HOKKAIDO.code(), Prefecture.TOKYO.code(),
                        Prefecture.KANAGAWA.code()))
                .getResultList();
        Instant now = Instant.now();
        for (Association a : staffed) {
            a.changeEmail("office" + a.getCode() + "@mamis.localhost");
            String base = STAFF_PREFIX + a.getCode();
            for (UserAccount staff : List.of(
                    UserAccount.forStaff(a, base + ".admin", a.getName() + " 管理者", Role.STAFF_ADMIN, passwordHash, now),
                    UserAccount.forStaff(a, base + ".op", a.getName() + " 担当者", Role.STAFF_OPERATOR, passwordHash, now),
                    UserAccount.forStaff(a, base + ".view", a.getName() + " 閲覧者", Role.STAFF_VIEWER, passwordHash, now))) {
                staff.presetSecondFactor(STAFF_TOTP_SECRET);
                em.persist(staff);
            }
        }

        // 横浜市医師会: 「入会時は日本医師会まで入会」, a licence copy required, a photo welcome; name changes need its approval
        AssociationRules yokohama = AssociationRules.defaults(byCode("14100"));
        yokohama.change(new AssociationRules.Settings(jp.mamis.domain.association.Tier.NATIONAL, true,
                EnumSet.allOf(MemberCategory.class), Map.of(DocumentKind.LICENSE, true, DocumentKind.PHOTO, false), false, true));
        em.persist(yokohama);
        // 港区医師会: no members who belong to another tier-3 association
        AssociationRules minato = AssociationRules.defaults(byCode("13103"));
        minato.change(new AssociationRules.Settings(null, false, EnumSet.allOf(MemberCategory.class),
                Map.of(DocumentKind.LICENSE, true, DocumentKind.RESUME, false)));
        em.persist(minato);
        // 北海道医師会: 在籍証明書 only after the secretariat's approval (try it as idsample, approve as s01.op)
        AssociationRules hokkaido = AssociationRules.defaults(prefectural(Prefecture.HOKKAIDO));
        hokkaido.change(new AssociationRules.Settings(null, true, EnumSet.allOf(MemberCategory.class), Map.of(), true, false));
        em.persist(hokkaido);
        LOG.info(() -> "Demo staff for " + staffed.size() + " associations, rules and doctor " + NEW_DOCTOR_LOGIN + " loaded");
    }

    /** 日医 次郎, a member of the Tokyo chain up to JMA, who can try the seed's 異動届 to Yokohama. */
    private void loadTransferDoctor(String passwordHash) {
        Doctor jiro = Doctor.register(new Doctor.Registration("200003", LocalDate.of(2011, 4, 22),
                new PersonName("日医", "次郎", "ニチイ", "ジロウ"), null, false, Sex.MALE, LocalDate.of(1985, 1, 15),
                "慶應義塾大学", LocalDate.of(2011, 3, 25),
                new Contact(new Address("108-0073", Prefecture.TOKYO, "港区", "三田1-4-17"),
                        "03-0000-0000", "090-2222-2222", null, "example3@mail.com")),
                LocalDate.now());
        em.persist(jiro);
        Facility saiseikai = em.createQuery("select f from Facility f where f.name = :n", Facility.class)
                .setParameter("n", "東京都済生会中央病院").getResultStream().findFirst()
                .orElseGet(() -> facility("東京都済生会中央病院", Prefecture.TOKYO));
        LocalDate joined = LocalDate.of(2015, 4, 1);
        jiro.join(byCode("13103"), saiseikai, MemberCategory.A2_B, joined);
        jiro.join(prefectural(Prefecture.TOKYO), saiseikai, MemberCategory.A2_B, joined);
        jiro.join(national(), saiseikai, MemberCategory.A2_B, joined);
        member(jiro, TRANSFER_DOCTOR_LOGIN, passwordHash);
    }

    private void member(Doctor d, String loginId, String passwordHash) {
        UserAccount account = UserAccount.forMember(d, loginId, passwordHash, Instant.now());
        em.persist(account);
        consent.record(account, consent.currentTerms().getVersionNumber(), "demo");
    }

    private Map<String, Association> associations() {
        Map<String, Association> made = new LinkedHashMap<>();
        Association kanagawa = prefectural(Prefecture.KANAGAWA);
        Association yokohama = add(made, kanagawa, "14100", "横浜市医師会");
        for (int i = 0; i < YOKOHAMA_WARDS.size(); i++) {
            add(made, yokohama, String.format("14100%02d", i + 1), "横浜市" + YOKOHAMA_WARDS.get(i) + "医師会");
        }
        add(made, kanagawa, "14130", "川崎市医師会");
        add(made, kanagawa, "14150", "相模原市医師会");
        add(made, kanagawa, "14201", "横須賀市医師会");
        Association tokyo = prefectural(Prefecture.TOKYO);
        add(made, tokyo, "13103", "港区医師会");
        add(made, tokyo, "13101", "千代田区医師会");
        add(made, tokyo, "13102", "中央区医師会");
        add(made, tokyo, "13104", "新宿区医師会");
        add(made, tokyo, "13105", "文京区医師会");
        add(made, tokyo, "13113", "渋谷区医師会");
        Association hokkaido = prefectural(Prefecture.HOKKAIDO);
        add(made, hokkaido, "01100", "札幌市医師会");
        add(made, hokkaido, "01204", "旭川市医師会");
        add(made, hokkaido, "01202", "函館市医師会");
        return made;
    }

    private Association add(Map<String, Association> made, Association parent, String code, String name) {
        // a generated nation (scripts/generate-nation.sh) may have made it already, with this code and name
        Association a = em.createQuery("select a from Association a where a.code = :c", Association.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
        if (a == null) {
            a = Association.under(parent, code, name, null);
            em.persist(a);
        }
        made.put(name, a);
        return a;
    }

    private Facility facility(String name, Prefecture prefecture) {
        Facility f = new Facility(name, prefecture.code());
        em.persist(f);
        return f;
    }

    private Association prefectural(Prefecture p) {
        return byCode(p.code());
    }

    private Association national() {
        return byCode("00");
    }

    private Association byCode(String code) {
        return em.createQuery("select a from Association a where a.code = :c", Association.class)
                .setParameter("c", code).getSingleResult();
    }

    // ---- 会費減免, 退会時のお知らせ and a resident for the category review (loaded once, on its own)

    /** A demo resident (研修医) whose training has ended: her A2(C) memberships become category review tasks. */
    public static final String RESIDENT_LOGIN = "idresident";

    @Inject
    private jp.mamis.ejb.categoryreview.CategoryReviews categoryReviews;

    /**
     * JMA's 卒後5年 and resident reliefs with its withdrawal announcements, 横浜市医師会's relief at
     * 80 or older, and 日医 研修子, A2(C) from 横浜市中区 up to JMA with her training ended; then the
     * tasks due today are raised (as the daily job would).
     */
    private void loadReliefAndResident(String passwordHash) {
        Association jma = national();
        boolean loaded = em.createQuery("select count(r) from ReliefRule r where r.association = :a", Long.class)
                .setParameter("a", jma).getSingleResult() > 0;
        if (!loaded) {
            em.persist(jp.mamis.domain.fee.ReliefRule.of(jma, new jp.mamis.domain.fee.ReliefRule.Settings(
                    jp.mamis.domain.fee.ReliefKind.GRADUATION_YEARS, 5, null, null, "卒後5年減免",
                    "卒後5年間の会費減額（3月卒業は翌年度から、4月〜2月卒業は卒業年度から）")));
            em.persist(jp.mamis.domain.fee.ReliefRule.of(jma, new jp.mamis.domain.fee.ReliefRule.Settings(
                    jp.mamis.domain.fee.ReliefKind.RESIDENT, null, MemberCategory.C, null, "研修医（C会員）", "会費全額免除")));
            em.persist(jp.mamis.domain.fee.ReliefRule.of(jma, new jp.mamis.domain.fee.ReliefRule.Settings(
                    jp.mamis.domain.fee.ReliefKind.RESIDENT, null, MemberCategory.A2_C, null, "研修医（A2(C)会員）",
                    "医師賠償責任保険料相当額のみ")));
            em.persist(jp.mamis.domain.fee.ReliefRule.of(byCode("14100"), new jp.mamis.domain.fee.ReliefRule.Settings(
                    jp.mamis.domain.fee.ReliefKind.AGE_AT_LEAST, 80, null, null, "80歳以上会員減免", "年度初日に80歳以上の会員は会費免除")));
            em.persist(jp.mamis.domain.fee.WithdrawalAnnouncement.of(jma, new jp.mamis.domain.fee.WithdrawalAnnouncement.Settings(
                    jp.mamis.domain.fee.AnnouncementCondition.UNDER_GRADUATION_RELIEF, null,
                    "卒後5年減免の対象期間中に退会された場合、再入会しても減免は再開されません。")));
            em.persist(jp.mamis.domain.fee.WithdrawalAnnouncement.of(jma, new jp.mamis.domain.fee.WithdrawalAnnouncement.Settings(
                    jp.mamis.domain.fee.AnnouncementCondition.RESIDENT, null,
                    "研修医会員（A2(C)・C）の方へ：退会により研修医の会費減免は終了します。A2(C)会員の日本医師会医師賠償責任保険は退会日をもって補償が終了します。")));
            em.persist(jp.mamis.domain.fee.WithdrawalAnnouncement.of(prefectural(Prefecture.KANAGAWA),
                    new jp.mamis.domain.fee.WithdrawalAnnouncement.Settings(jp.mamis.domain.fee.AnnouncementCondition.ALWAYS, null,
                            "年度の途中で退会された場合も、退会日の属する年度の会費は全額ご負担いただきます。")));
        }
        if (accounts.findByLoginId(RESIDENT_LOGIN).isEmpty()) {
            // licensed three Aprils ago: the training has ended, the 卒後5年 relief still runs
            LocalDate licensed = LocalDate.of(LocalDate.now().getYear() - 3, 4, 20);
            Doctor kenshu = Doctor.register(new Doctor.Registration("200004", licensed,
                    new PersonName("日医", "研修子", "ニチイ", "ケンシュウコ"), null, false, Sex.FEMALE, licensed.minusYears(24),
                    "横浜市立大学", licensed.withMonth(3).withDayOfMonth(20),
                    new Contact(new Address("231-0023", Prefecture.KANAGAWA, "横浜市中区", "山下町2-2"),
                            "045-000-0003", "090-3333-3333", null, "example4@mail.com")),
                    LocalDate.now());
            em.persist(kenshu);
            Facility hospital = em.createQuery("select f from Facility f where f.name = :n", Facility.class)
                    .setParameter("n", "医療法人〇〇会 横浜総合病院").getResultStream().findFirst()
                    .orElseGet(() -> facility("医療法人〇〇会 横浜総合病院", Prefecture.KANAGAWA));
            LocalDate joined = licensed.plusDays(10);
            kenshu.join(byCode("1410004"), hospital, MemberCategory.A2_C, joined);
            kenshu.join(byCode("14100"), hospital, MemberCategory.A2_C, joined);
            kenshu.join(prefectural(Prefecture.KANAGAWA), hospital, MemberCategory.A2_C, joined);
            kenshu.join(national(), hospital, MemberCategory.A2_C, joined);
            member(kenshu, RESIDENT_LOGIN, passwordHash);
            em.flush();
            categoryReviews.raiseDue(LocalDate.now(), false);
        }
    }
}
