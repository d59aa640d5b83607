package jp.mamis.ejb.it;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.application.ApplicationType;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.inquiry.InquiryStatus;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.notice.Notice;
import jp.mamis.domain.statistics.CategoryBlock;
import jp.mamis.domain.statistics.CategoryColumn;
import jp.mamis.domain.statistics.CategoryStatistics;
import jp.mamis.domain.statistics.SexRow;
import jp.mamis.ejb.account.LoginService;
import jp.mamis.ejb.admission.AdmissionRequest;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.dashboard.DashboardService;
import jp.mamis.ejb.inquiry.InquiryService;
import jp.mamis.ejb.notice.NoticeService;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.review.ReviewService;
import jp.mamis.ejb.staff.StaffAccountService;
import jp.mamis.ejb.statistics.StatisticsQueries;
import jp.mamis.ejb.statistics.StatisticsService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static jp.mamis.domain.membership.MemberCategory.A2_C;
import static jp.mamis.domain.membership.MemberCategory.B;
import static jp.mamis.domain.membership.MemberCategory.C;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secretariat workbench inside Payara Micro: statistics as of a month end (edges of join,
 * leave and category changes; JMA's prefecture blocks; never another association's members), the
 * dashboard's counts against the review queue, notices and inquiries scoped to their association,
 * staff accounts managed by the admin (last-admin rule, a disabled account refused at login).
 */
@ExtendWith(ArquillianExtension.class)
class WorkbenchIT {

    static final YearMonth MARCH = YearMonth.of(2024, 3);
    static final LocalDate END = MARCH.atEndOfMonth();

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    StatisticsService statistics;

    @Inject
    DashboardService dashboard;

    @Inject
    NoticeService notices;

    @Inject
    InquiryService inquiries;

    @Inject
    StaffAccountService staffAccounts;

    @Inject
    LoginService login;

    @Inject
    AdmissionService admission;

    @Inject
    ReviewService review;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Inject
    WorkbenchFixture wb;

    private static long cell(CategoryBlock b, SexRow r, CategoryColumn c) {
        return b.get(r, c);
    }

    @Test
    void theCategoryTableCountsTheOwnAssociationsMembersOnTheMonthEndWithTheEdgesOfJoinLeaveAndCategory() {
        WorkbenchFixture.Region g = wb.region();
        long f = g.facility();
        wb.member(Sex.MALE, A1, LocalDate.of(2020, 4, 1), f, g.cityX(), g.prefecture());            // counted
        wb.member(Sex.FEMALE, C, null, f, g.cityX(), g.prefecture());                               // unknown join date: counted
        wb.member(null, A2_B, END, f, g.cityX(), g.prefecture());                                   // joined on the day; no sex
        wb.member(Sex.MALE, A1, END.plusDays(1), f, g.cityX(), g.prefecture());                     // joined after: not counted
        var leftOnTheDay = wb.member(Sex.MALE, A2_B, LocalDate.of(2015, 4, 1), f, g.cityX(), g.prefecture());
        wb.leave(leftOnTheDay, END);                                                                // not counted
        var leftAfter = wb.member(Sex.FEMALE, B, LocalDate.of(2015, 4, 1), f, g.cityX(), g.prefecture());
        wb.leave(leftAfter, END.plusDays(1));                                                       // counted
        var laterChange = wb.member(Sex.MALE, A2_C, LocalDate.of(2022, 4, 1), f, g.cityX(), g.prefecture());
        wb.changeCategory(laterChange, A2_B, END.plusDays(1));                                      // A2(C) on the day
        var changeOnTheDay = wb.member(Sex.MALE, A2_C, LocalDate.of(2022, 4, 1), f, g.cityX(), g.prefecture());
        wb.changeCategory(changeOnTheDay, A2_B, END);                                               // A2(B) on the day
        wb.member(Sex.FEMALE, A1, LocalDate.of(2020, 4, 1), f, g.cityY(), g.prefecture());          // the other city's

        security.signInStaff(wb.staff(g.cityX(), Role.STAFF_VIEWER));
        StatisticsService.Tables t = statistics.tables(MARCH);
        CategoryStatistics s = t.categories();
        CategoryBlock x = s.whole();
        assertEquals("令和6年03月31日 現在", s.asOfText());
        assertTrue(s.blocks().isEmpty(), "a city has no prefecture blocks");
        assertEquals(6, x.total());
        assertEquals(1, cell(x, SexRow.TOTAL, CategoryColumn.A1));
        assertEquals(2, cell(x, SexRow.TOTAL, CategoryColumn.A2_B), "joined on the day + changed on the day");
        assertEquals(1, cell(x, SexRow.TOTAL, CategoryColumn.A2_C), "the change after the day does not count yet");
        assertEquals(1, cell(x, SexRow.FEMALE, CategoryColumn.B), "left the day after the month end");
        assertEquals(1, cell(x, SexRow.FEMALE, CategoryColumn.C));
        assertEquals(5, cell(x, SexRow.TOTAL, CategoryColumn.SUBTOTAL));
        assertEquals(3, cell(x, SexRow.MALE, CategoryColumn.TOTAL));
        assertEquals(2, cell(x, SexRow.FEMALE, CategoryColumn.TOTAL));
        assertEquals(1, cell(x, SexRow.UNKNOWN, CategoryColumn.A2_B));
        assertEquals(List.of(SexRow.values()), s.rows(), "the member without a recorded sex is shown");
        assertEquals(6, t.graduation().total().total());
        assertEquals(6, t.graduation().rows().stream().filter(r -> r.year() != null && r.year().year() == 2009)
                .mapToLong(jp.mamis.domain.statistics.GraduationYears.Row::total).sum(), "March 2010 graduates are of 2009年度");

        // a month later: the joined-after member and the later change count, the one who left after March is gone
        CategoryBlock april = statistics.tables(YearMonth.of(2024, 4)).categories().whole();
        assertEquals(6, april.total());
        assertEquals(2, cell(april, SexRow.TOTAL, CategoryColumn.A1));
        assertEquals(3, cell(april, SexRow.TOTAL, CategoryColumn.A2_B));
        assertEquals(0, cell(april, SexRow.TOTAL, CategoryColumn.A2_C));
        assertEquals(0, cell(april, SexRow.TOTAL, CategoryColumn.B));

        security.signInStaff(wb.staff(g.cityY(), Role.STAFF_VIEWER));
        CategoryBlock y = statistics.tables(MARCH).categories().whole();
        assertEquals(1, y.total(), "the other city sees only its own member");
        assertEquals(1, cell(y, SexRow.FEMALE, CategoryColumn.A1));

        security.signInStaff(wb.staff(g.prefecture(), Role.STAFF_VIEWER));
        assertEquals(7, statistics.tables(MARCH).categories().whole().total(), "the prefecture: both cities' members");
        assertEquals(2L, fixture.count("access_log", "action = 'VIEW_STATISTICS' and association_id = ?1", g.cityX()));
    }

    @Test
    void jmasTableHasABlockPerPrefectureOfTheChainItIsHeldThroughAndTheCsvHasTheSameNumbers() throws Exception {
        WorkbenchFixture.Region g = wb.region();
        long f = g.facility();
        String jmaStaff = wb.staff(g.jma(), Role.STAFF_VIEWER);
        security.signInStaff(jmaStaff);
        CategoryStatistics before = statistics.tables(MARCH).categories();

        wb.member(Sex.MALE, A1, LocalDate.of(2020, 4, 1), f, g.cityX(), g.prefecture(), g.jma());
        wb.member(Sex.FEMALE, C, null, f, g.cityY(), g.prefecture(), g.jma());
        wb.member(Sex.FEMALE, B, LocalDate.of(2024, 4, 1), f, g.cityX(), g.prefecture(), g.jma()); // after the month end
        wb.member(Sex.MALE, A1, LocalDate.of(2020, 4, 1), f, g.cityX(), g.prefecture());            // not in JMA
        var migrated = wb.member(Sex.MALE, A2_B, LocalDate.of(2020, 4, 1), f, g.cityX(), g.prefecture(), g.jma());
        wb.moveFacility(migrated.memberships().get(2), g.otherFacility()); // JMA through a facility without a prefecture

        security.signInStaff(jmaStaff);
        StatisticsService.Tables t = statistics.tables(MARCH);
        CategoryStatistics s = t.categories();
        assertEquals(StatisticsQueries.NATIONAL, s.whole().label());
        CategoryBlock mine = s.blocks().stream().filter(b -> b.label().equals(g.prefectureName())).findFirst().orElseThrow();
        assertEquals(2, mine.total(), "the prefecture's JMA members on the month end");
        assertEquals(1, cell(mine, SexRow.MALE, CategoryColumn.A1));
        assertEquals(1, cell(mine, SexRow.FEMALE, CategoryColumn.C));
        assertEquals(3, s.whole().total() - before.whole().total(), "each JMA member once in the nation");
        long unknownBefore = before.blocks().stream().filter(b -> b.label().equals(StatisticsQueries.UNKNOWN_PREFECTURE))
                .mapToLong(CategoryBlock::total).sum();
        long unknownAfter = s.blocks().stream().filter(b -> b.label().equals(StatisticsQueries.UNKNOWN_PREFECTURE))
                .mapToLong(CategoryBlock::total).sum();
        assertEquals(1, unknownAfter - unknownBefore);
        assertEquals(s.whole().total(), s.blocks().stream().mapToLong(CategoryBlock::total).sum());

        Download csv = statistics.csv(MARCH);
        byte[] bytes = csv.content().readAllBytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("会員区分別会員統計表（令和6年03月）", lines[0]);
        assertTrue(lines[1].endsWith(",令和6年03月31日 現在"), lines[1]);
        assertTrue(lines[2].startsWith(",総数,A1会員,A2(B)会員,A2(C)会員,B会員,小計,C会員"), lines[2]);
        assertTrue(lines[3].startsWith("全国," + s.whole().total() + ","), lines[3]);
        int at = java.util.Arrays.asList(lines).indexOf(List.of(lines).stream().filter(l -> l.startsWith(g.prefectureName() + ","))
                .findFirst().orElseThrow());
        assertTrue(lines[at].startsWith(g.prefectureName() + ",2,1,0,0,0,1,1"), lines[at]);
        assertTrue(lines[at + 1].startsWith("(男),1,1,0,0,0,1,0"), lines[at + 1]);
        assertTrue(lines[at + 2].startsWith("(女),1,0,0,0,0,0,1"), lines[at + 2]);
        assertTrue(csv.fileName().endsWith("_2024-03.csv"));
        assertEquals(1L, fixture.count("access_log", "action = 'EXPORT_STATISTICS' and actor = ?1", jmaStaff));

        // members may not ask
        security.signIn(migrated.loginId(), Fixture.PASSWORD);
        assertThrows(EJBAccessException.class, () -> statistics.tables(MARCH));
    }

    @Test
    void theDashboardCountsApplicationsLikeTheReviewQueueMembersByCategoryAndChangesSinceThePreviousLogin() {
        Fixture.World w = fixture.world();
        RegistrationForm m = fixture.newMember();
        security.signIn(m.getLoginId(), Fixture.PASSWORD);
        AdmissionRequest r = AdmissionServiceIT.upToJma(w);
        long id = admission.saveDraft(r);
        admission.addAttachment(id, DocumentKind.LICENSE, "license.pdf", new ByteArrayInputStream(AdmissionServiceIT.PDF),
                Set.of(w.wardA(), w.city()));
        admission.submit(r);

        security.signInStaff(w.op().get(w.city()));
        DashboardService.Dashboard city = dashboard.view();
        assertEquals(1L, stage(city, ApplicationType.ADMISSION, ReviewService.Stage.WAITING));
        assertEquals(0L, stage(city, ApplicationType.ADMISSION, ReviewService.Stage.ACTIONABLE));
        assertEquals(review.counts().byStage(), city.applications().stream().filter(x -> x.type() == ApplicationType.ADMISSION)
                .findFirst().orElseThrow().byStage(), "the same stages as the review queue");

        security.signInStaff(w.op().get(w.wardA()));
        security.signInStaff(w.op().get(w.wardA())); // a second sign-in: the first is now the previous one
        DashboardService.Dashboard ward = dashboard.view();
        assertEquals(1L, stage(ward, ApplicationType.ADMISSION, ReviewService.Stage.ACTIONABLE));
        assertEquals(0L, ward.memberTotal());
        assertEquals(0L, ward.changes(), "nothing happened since the previous sign-in");
        review.approve(id, review.detail(id).version());

        security.signInStaff(w.op().get(w.wardA()));
        ward = dashboard.view();
        assertEquals(1L, stage(ward, ApplicationType.ADMISSION, ReviewService.Stage.DONE));
        assertEquals(1L, ward.memberTotal());
        assertEquals(1L, ward.members().get(A1));
        assertEquals(1L, ward.changes(), "the new member's join since the previous sign-in");
        assertEquals(review.counts().byStage(), ward.applications().get(0).byStage());

        security.signInStaff(w.op().get(w.city()));
        assertEquals(1L, stage(dashboard.view(), ApplicationType.ADMISSION, ReviewService.Stage.ACTIONABLE));

        String fresh = wb.staff(w.wardB(), Role.STAFF_VIEWER);
        security.signInStaff(fresh);
        DashboardService.Dashboard b = dashboard.view();
        assertNull(b.previousLogin(), "the first sign-in has no previous one");
        assertNull(b.changes());
        assertTrue(b.applications().stream().allMatch(x -> x.byStage().values().stream().allMatch(n -> n == 0)),
                "ward B sees nothing of the application");
        assertEquals(0L, b.memberTotal());
    }

    private static long stage(DashboardService.Dashboard d, ApplicationType t, ReviewService.Stage s) {
        return d.applications().stream().filter(x -> x.type() == t).findFirst().orElseThrow().byStage().get(s);
    }

    @Test
    void noticesAreShownToTheCurrentMembersOfTheirAssociationWhilePublished() {
        WorkbenchFixture.Region g = wb.region();
        var member = wb.member(Sex.MALE, A1, LocalDate.of(2020, 4, 1), g.facility(), g.cityX(), g.prefecture());
        var other = wb.member(Sex.MALE, A1, LocalDate.of(2020, 4, 1), g.facility(), g.cityY(), g.prefecture());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        security.signInStaff(wb.staff(g.cityX(), Role.STAFF_OPERATOR));
        notices.save(null, new Notice.Settings("X市の総会", "<b>本文</b>", today.minusDays(1), null), 0);
        notices.save(null, new Notice.Settings("来月から", "未来", today.plusDays(1), null), 0);
        notices.save(null, new Notice.Settings("昨日まで", "過去", today.minusDays(5), today.minusDays(1)), 0);
        long changed = notices.save(null, new Notice.Settings("今日だけ", "今日", today, today), 0);
        assertEquals(4, notices.list().size());
        NoticeService.NoticeView v = notices.list().stream().filter(n -> n.id() == changed).findFirst().orElseThrow();
        notices.save(changed, new Notice.Settings("今日だけ（訂正）", "今日", today, today), v.version());
        assertEquals("notice.conflict", assertThrows(MamisException.class,
                () -> notices.save(changed, new Notice.Settings("古い版", "x", today, null), v.version())).getKey());

        security.signInStaff(wb.staff(g.prefecture(), Role.STAFF_OPERATOR));
        notices.save(null, new Notice.Settings("県からのお知らせ", "県", today, null), 0);
        assertEquals("notice.notFound", assertThrows(MamisException.class,
                () -> notices.save(changed, new Notice.Settings("乗っ取り", "x", today, null), v.version() + 1)).getKey(),
                "another association's notice");
        assertEquals(1, notices.list().size());

        security.signIn(member.loginId(), Fixture.PASSWORD);
        List<NoticeService.NoticeView> mine = notices.mine();
        assertEquals(List.of("県からのお知らせ", "今日だけ（訂正）", "X市の総会"), mine.stream().map(n -> n.settings().title()).toList(),
                "published today, newest first, from every current association");
        assertEquals("<b>本文</b>", mine.get(2).settings().body(), "kept as typed; the page escapes it");

        security.signIn(other.loginId(), Fixture.PASSWORD);
        assertEquals(List.of("県からのお知らせ"), notices.mine().stream().map(n -> n.settings().title()).toList(),
                "city Y's member sees the prefecture's notice only");

        security.signInStaff(wb.staff(g.cityX(), Role.STAFF_VIEWER));
        assertThrows(EJBAccessException.class, () -> notices.save(null, new Notice.Settings("t", "b", today, null), 0),
                "viewers only read");
    }

    @Test
    void anInquiryIsAThreadBetweenTheMemberAndTheOneAssociationAndNobodyElse() throws Exception {
        WorkbenchFixture.Region g = wb.region();
        var member = wb.member(Sex.FEMALE, A1, LocalDate.of(2020, 4, 1), g.facility(), g.cityX(), g.prefecture());
        var stranger = wb.member(Sex.MALE, A1, LocalDate.of(2020, 4, 1), g.facility(), g.cityY(), g.prefecture());

        security.signIn(member.loginId(), Fixture.PASSWORD);
        assertEquals(2, inquiries.options().size());
        assertEquals("inquiry.notMember", assertThrows(MamisException.class, () -> inquiries.ask(g.cityY(), "s", "b")).getKey());
        long id = inquiries.ask(g.cityX(), "会費の口座", "口座振替にしたいです");
        assertTrue(MailBox.of(g.officeX(), 1).stream().anyMatch(x -> x.subject().contains("会員からのお問合せ")), "the secretariat is told");

        security.signIn(stranger.loginId(), Fixture.PASSWORD);
        assertEquals("inquiry.notFound", assertThrows(MamisException.class, () -> inquiries.myThread(id)).getKey());
        assertTrue(inquiries.mine().isEmpty());

        String yOp = wb.staff(g.cityY(), Role.STAFF_OPERATOR);
        security.signInStaff(yOp);
        assertTrue(inquiries.queue(null).isEmpty(), "city Y never sees city X's inquiries");
        assertEquals("inquiry.notFound", assertThrows(MamisException.class, () -> inquiries.reply(id, "横から")).getKey());
        assertEquals(1L, fixture.count("access_log", "action = 'DENIED' and actor = ?1", yOp));

        security.signInStaff(wb.staff(g.cityX(), Role.STAFF_VIEWER));
        assertEquals(1, inquiries.queue(InquiryStatus.OPEN).size());
        assertThrows(EJBAccessException.class, () -> inquiries.reply(id, "閲覧者から"));

        String xOp = wb.staff(g.cityX(), Role.STAFF_OPERATOR);
        security.signInStaff(xOp);
        assertEquals(1L, inquiries.openCount());
        inquiries.reply(id, "申込書をお送りします");
        assertTrue(inquiries.queue(InquiryStatus.OPEN).isEmpty());
        assertEquals(1, inquiries.queue(InquiryStatus.ANSWERED).size());
        assertEquals(1L, fixture.count("access_log", "action = 'REPLY_INQUIRY' and actor = ?1", xOp));
        List<MailBox.Received> mails = MailBox.of(member.email(), 1);
        assertTrue(mails.stream().anyMatch(x -> x.subject().contains("お問合せへの回答")), mails.toString());

        security.signIn(member.loginId(), Fixture.PASSWORD);
        InquiryService.Thread thread = inquiries.myThread(id);
        assertEquals(List.of(false, true), thread.messages().stream().map(InquiryService.Message::fromStaff).toList());
        assertEquals("ANSWERED", thread.inquiry().status());
        inquiries.write(id, "ありがとうございます");
        assertEquals("OPEN", inquiries.myThread(id).inquiry().status());
    }

    @Test
    void anAdminManagesTheOwnAssociationsStaffKeepsAnAdminAndADisabledAccountCannotSignIn() {
        Fixture.World w = fixture.world();
        String admin = w.adminCity();
        security.signInStaff(admin);
        assertEquals("password.tooShort", assertThrows(MamisException.class, () -> staffAccounts.create(
                new StaffAccountService.NewAccount("newclerk" + fixture.next(), "新人", Role.STAFF_OPERATOR, "short"))).getKey());
        String clerk = staffAccounts.create(new StaffAccountService.NewAccount("clerk" + fixture.next(), "事務 花子",
                Role.STAFF_OPERATOR, "a long enough password 1"));
        assertEquals("registration.duplicate.loginId", assertThrows(MamisException.class, () -> staffAccounts.create(
                new StaffAccountService.NewAccount(clerk, "二重", Role.STAFF_VIEWER, "a long enough password 1"))).getKey());
        List<StaffAccountService.Row> rows = staffAccounts.list();
        StaffAccountService.Row me = rows.stream().filter(StaffAccountService.Row::self).findFirst().orElseThrow();
        StaffAccountService.Row c = rows.stream().filter(x -> x.loginId().equals(clerk)).findFirst().orElseThrow();
        assertFalse(c.secondFactorSet(), "the new account sets up its TOTP at first sign-in");
        // the list is the city's only
        assertTrue(rows.stream().noneMatch(x -> x.loginId().equals(w.op().get(w.wardA()))));

        // the last admin cannot demote or disable themselves
        assertEquals("staff.lastAdmin", assertThrows(MamisException.class,
                () -> staffAccounts.changeRole(me.id(), me.version(), Role.STAFF_OPERATOR)).getKey());
        assertEquals("staff.lastAdmin", assertThrows(MamisException.class, () -> staffAccounts.disable(me.id(), me.version())).getKey());
        // with a second admin it can be done
        staffAccounts.changeRole(c.id(), c.version(), Role.STAFF_ADMIN);
        StaffAccountService.Row c2 = row(clerk);
        assertEquals(Role.STAFF_ADMIN, c2.role());
        assertEquals("staff.conflict", assertThrows(MamisException.class,
                () -> staffAccounts.disable(c.id(), c.version())).getKey(), "an old version");

        // another association's account: not found, logged
        long wardOp = fixture.count("user_account", "login_id = ?1", w.op().get(w.wardA())) == 1
                ? ((Number) fixture.single("select id from user_account where login_id = ?1", w.op().get(w.wardA()))).longValue() : -1;
        assertEquals("staff.notFound", assertThrows(MamisException.class, () -> staffAccounts.disable(wardOp, 0)).getKey());
        assertEquals(1L, fixture.count("access_log", "action = 'DENIED' and actor = ?1", admin));

        // disabled: refused at login (also with the right password), enabled again: accepted
        staffAccounts.disable(c2.id(), c2.version());
        assertTrue(row(clerk).disabled());
        assertTrue(login.authenticate(clerk, "a long enough password 1", "it").isEmpty());
        StaffAccountService.Row c3 = row(clerk);
        staffAccounts.enable(c3.id(), c3.version());
        assertTrue(login.authenticate(clerk, "a long enough password 1", "it").isPresent());

        // reset of the second factor: the account is shown a new key again
        fixture.execute("update user_account set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_confirmed = true where login_id = '"
                + clerk + "'");
        StaffAccountService.Row c4 = row(clerk);
        assertTrue(c4.secondFactorSet());
        staffAccounts.resetSecondFactor(c4.id(), c4.version());
        assertFalse(row(clerk).secondFactorSet());
        assertTrue(fixture.count("access_log", "action = 'CHANGE_STAFF' and actor = ?1", admin) >= 5);

        // operators cannot manage staff
        security.signInStaff(w.op().get(w.city()));
        assertThrows(EJBAccessException.class, () -> staffAccounts.list());
    }

    private StaffAccountService.Row row(String loginId) {
        return staffAccounts.list().stream().filter(x -> x.loginId().equals(loginId)).findFirst().orElseThrow();
    }
}
