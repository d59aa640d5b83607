package jp.mamis.ejb.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.fee.AnnouncementCondition;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.domain.fee.ReliefKind;
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.fee.WithdrawalAnnouncement;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.fee.Announcements;
import jp.mamis.ejb.fee.ReliefRulesService;
import jp.mamis.ejb.fee.ReliefService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 会費減免 and 退会時のお知らせ inside Payara Micro: per-association rules, the scoped and logged member list, the admin's changes, forWithdrawal. */
@ExtendWith(ArquillianExtension.class)
class ReliefIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    ReliefService relief;

    @Inject
    ReliefRulesService settings;

    @Inject
    Announcements announcements;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Inject
    ReliefFixture members;

    static final LocalDate BIRTH = LocalDate.of(1996, 5, 5);

    static ReliefRule.Settings graduation(int n) {
        return new ReliefRule.Settings(ReliefKind.GRADUATION_YEARS, n, null, null, "卒後" + n + "年減免", "会費減額");
    }

    @Test
    void theMemberListShowsOnlyTheOwnAssociationsActiveMembersAPageAtATimeWithTheirReliefAndIsLogged() {
        Fixture.World w = fixture.world();
        members.rule(w.city(), graduation(5));
        members.rule(w.city(), new ReliefRule.Settings(ReliefKind.RESIDENT, null, MemberCategory.C, null, "研修医C", "全額免除"));
        members.rule(w.wardA(), new ReliefRule.Settings(ReliefKind.AGE_AT_LEAST, 80, null, null, "80歳以上", null));
        // graduated March 2021: relieved 2021年度…2025年度
        var young = members.member(w, BIRTH, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 20), MemberCategory.C, false);
        var older = members.member(w, LocalDate.of(1940, 1, 1), LocalDate.of(1965, 3, 20), LocalDate.of(1965, 4, 20),
                MemberCategory.A1, false);
        var gone = members.member(w, BIRTH, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 20), MemberCategory.A2_B, false);
        members.withdraw(gone.at(w.wardA()), LocalDate.of(2024, 3, 31));

        security.signInStaff(w.op().get(w.city()));
        assertEquals(3, relief.memberCount(), "the city's active members (the withdrawn ward member is still in the city)");
        List<ReliefService.MemberRow> fy2025 = relief.members(new FiscalYear(2025), 0, 20);
        assertEquals(3, fy2025.size());
        ReliefService.MemberRow y = fy2025.stream().filter(r -> r.membershipId() == young.at(w.city())).findFirst().orElseThrow();
        assertEquals(List.of("卒後5年減免", "研修医C"), y.reliefs().stream().map(ReliefService.Relief::label).toList());
        assertTrue(y.resident());
        List<ReliefService.MemberRow> fy2026 = relief.members(new FiscalYear(2026), 0, 20);
        assertEquals(List.of("研修医C"), fy2026.stream().filter(r -> r.membershipId() == young.at(w.city())).findFirst()
                .orElseThrow().reliefs().stream().map(ReliefService.Relief::label).toList(), "卒後5年 is over in 2026年度");
        assertTrue(fy2026.stream().filter(r -> r.membershipId() == older.at(w.city())).findFirst().orElseThrow().reliefs().isEmpty(),
                "the ward's age rule is not the city's");

        // paged in the database
        assertEquals(2, relief.members(new FiscalYear(2025), 0, 2).size());
        assertEquals(1, relief.members(new FiscalYear(2025), 2, 2).size());
        assertEquals(4L, fixture.count("access_log", "action = 'VIEW_MEMBERS' and actor = ?1", w.op().get(w.city())));

        security.signInStaff(w.op().get(w.wardA()));
        assertEquals(2, relief.memberCount(), "ward A: the withdrawn member is gone");
        List<ReliefService.MemberRow> ward = relief.members(new FiscalYear(2026), 0, 20);
        assertTrue(ward.stream().allMatch(r -> r.membershipId() == young.at(w.wardA()) || r.membershipId() == older.at(w.wardA())));
        assertEquals(List.of("80歳以上"), ward.stream().filter(r -> r.membershipId() == older.at(w.wardA())).findFirst()
                .orElseThrow().reliefs().stream().map(ReliefService.Relief::label).toList());

        security.signInStaff(w.op().get(w.wardB()));
        assertEquals(0, relief.memberCount());
        assertTrue(relief.members(new FiscalYear(2025), 0, 20).isEmpty(), "ward B sees none of them");

        security.signIn(young.loginId(), Fixture.PASSWORD);
        assertThrows(EJBAccessException.class, () -> relief.members(new FiscalYear(2025), 0, 20));
    }

    @Test
    void theMemberSeesTheReliefOfThisAndTheNextFiscalYearForEachMembership() {
        Fixture.World w = fixture.world();
        FiscalYear now = FiscalYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
        members.rule(w.city(), new ReliefRule.Settings(ReliefKind.GRADUATION_YEARS, 1, null, null, "卒後1年", null));
        // an April graduate of this fiscal year: relieved this year only
        var m = members.member(w, BIRTH, now.start(), now.start(), MemberCategory.A2_C, false);
        security.signIn(m.loginId(), Fixture.PASSWORD);
        ReliefService.MyReliefs mine = relief.mine();
        assertEquals(now, mine.thisYear());
        assertEquals(now.next(), mine.nextYear());
        assertEquals(3, mine.memberships().size());
        assertEquals(w.wardA(), (long) w.wardA());
        ReliefService.MyRelief city = mine.memberships().stream().filter(r -> r.associationName().startsWith("IT市医師会"))
                .findFirst().orElseThrow();
        assertEquals(List.of("卒後1年"), city.thisYear().stream().map(ReliefService.Relief::label).toList());
        assertTrue(city.nextYear().isEmpty());
        assertTrue(mine.memberships().stream().filter(r -> !r.associationName().startsWith("IT市医師会"))
                .allMatch(r -> r.thisYear().isEmpty()));
        assertEquals("A2(C)", city.category());
    }

    @Test
    void theAdminChangesTheRulesOfTheOwnAssociationOnlyAndEveryChangeIsKept() {
        Fixture.World w = fixture.world();
        security.signInStaff(w.adminCity());
        long id = settings.saveRule(null, graduation(5), 0);
        ReliefRulesService.SettingsView v = settings.view();
        assertEquals(1, v.rules().size());
        assertEquals(5, v.rules().get(0).settings().number());
        settings.saveRule(id, graduation(3), v.rules().get(0).version());
        MamisException stale = assertThrows(MamisException.class, () -> settings.saveRule(id, graduation(4), v.rules().get(0).version()));
        assertEquals("edit.conflict", stale.getKey());
        long text = settings.saveAnnouncement(null, new WithdrawalAnnouncement.Settings(AnnouncementCondition.ALWAYS, null, "退会の前に"), 0);
        MamisException bad = assertThrows(MamisException.class, () -> settings.saveAnnouncement(null,
                new WithdrawalAnnouncement.Settings(AnnouncementCondition.AGE_AT_LEAST, null, "高齢"), 0));
        assertEquals("number", bad.findField().orElseThrow());
        settings.removeAnnouncement(text, settings.view().announcements().get(0).version());
        assertTrue(settings.view().announcements().isEmpty());

        assertEquals(4L, fixture.count("rule_change", "association_id = ?1", w.city()));
        assertEquals(1L, fixture.count("rule_change", "after_text = 'relief[GRADUATION_YEARS 3] 卒後3年減免：会費減額' and association_id = ?1", w.city()));
        assertEquals(4L, fixture.count("access_log", "action = 'CHANGE_RULES' and association_id = ?1", w.city()));

        // another association's admin cannot reach the rule, by id
        long otherRule = members.rule(w.wardA(), graduation(5));
        MamisException foreign = assertThrows(MamisException.class, () -> settings.saveRule(otherRule, graduation(1), 0));
        assertEquals("relief.notFound", foreign.getKey());
        assertThrows(MamisException.class, () -> settings.removeRule(otherRule, 0));
        assertEquals(2L, fixture.count("access_log", "action = 'DENIED' and actor = ?1", w.adminCity()));

        // operators and viewers read but do not change
        security.signInStaff(w.op().get(w.wardA()));
        assertEquals(1, settings.view().rules().size());
        assertThrows(EJBAccessException.class, () -> settings.saveRule(null, graduation(5), 0));
        assertThrows(EJBAccessException.class, () -> settings.removeRule(otherRule, 0));
    }

    @Test
    void forWithdrawalGivesTheApplicableAnnouncementsOfTheAssociationsLeftLowestTierFirst() {
        Fixture.World w = fixture.world();
        members.rule(w.city(), graduation(5));
        members.announcement(w.city(), new WithdrawalAnnouncement.Settings(AnnouncementCondition.UNDER_GRADUATION_RELIEF, null,
                "卒後5年減免の対象期間中に退会された場合、再入会しても減免は再開されません"));
        members.announcement(w.city(), new WithdrawalAnnouncement.Settings(AnnouncementCondition.RESIDENT, null, "医賠責は退会日に終了します"));
        members.announcement(w.city(), new WithdrawalAnnouncement.Settings(AnnouncementCondition.AGE_AT_LEAST, 80, "長年のご協力に感謝します"));
        members.announcement(w.wardA(), new WithdrawalAnnouncement.Settings(AnnouncementCondition.ALWAYS, null, "区の会報は退会月まで届きます"));
        members.announcement(w.wardB(), new WithdrawalAnnouncement.Settings(AnnouncementCondition.ALWAYS, null, "B区のお知らせ"));

        // graduated March 2021: relieved 2021年度…2025年度; a resident (A2(C))
        var m = members.member(w, BIRTH, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 20), MemberCategory.A2_C, false);
        var doctor = members.doctor(m.doctorId());
        var leaving = List.of(members.association(w.prefecture()), members.association(w.city()), members.association(w.wardA()),
                members.association(w.wardB()));

        List<Announcements.Announcement> in2025 = announcements.forWithdrawal(doctor, leaving, LocalDate.of(2026, 3, 31));
        assertEquals(List.of("区の会報は退会月まで届きます", "卒後5年減免の対象期間中に退会された場合、再入会しても減免は再開されません",
                "医賠責は退会日に終了します"), in2025.stream().map(Announcements.Announcement::text).toList(),
                "ward first, then the city; nothing from ward B, where the doctor is no member");
        assertTrue(in2025.get(0).associationName().startsWith("IT市A区医師会"));
        assertTrue(in2025.get(1).associationName().startsWith("IT市医師会"));

        List<Announcements.Announcement> in2026 = announcements.forWithdrawal(doctor, leaving, LocalDate.of(2026, 4, 1));
        assertEquals(List.of("区の会報は退会月まで届きます", "医賠責は退会日に終了します"),
                in2026.stream().map(Announcements.Announcement::text).toList(), "the relief ended with 2025年度");

        assertEquals(List.of("区の会報は退会月まで届きます"), announcements.forWithdrawal(doctor,
                List.of(members.association(w.wardA())), LocalDate.of(2026, 3, 31)).stream().map(Announcements.Announcement::text).toList(),
                "only the associations left");

        var old = members.member(w, LocalDate.of(1945, 1, 1), LocalDate.of(1970, 3, 20), LocalDate.of(1970, 4, 20),
                MemberCategory.A1, false);
        assertEquals(List.of("長年のご協力に感謝します"), announcements.forWithdrawal(members.doctor(old.doctorId()),
                List.of(members.association(w.city())), LocalDate.of(2026, 3, 31)).stream().map(Announcements.Announcement::text).toList());
        assertTrue(announcements.forWithdrawal(doctor, List.of(), LocalDate.of(2026, 3, 31)).isEmpty());
    }
}
