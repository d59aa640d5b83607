package jp.mamis.ejb.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.categoryreview.CategoryReviews;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The category review at the end of training inside Payara Micro: the job's core, scoped tasks, apply and dismiss, history, audit. */
@ExtendWith(ArquillianExtension.class)
class CategoryReviewIT {

    /** 医籍登録 2020-04-01: the training ends 2022-04-01. */
    static final LocalDate LICENSED = LocalDate.of(2020, 4, 1);
    static final LocalDate END = LocalDate.of(2022, 4, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    CategoryReviews reviews;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Inject
    ReliefFixture members;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private long tasks(long membershipId) {
        return fixture.count("category_review_task", "membership_id = ?1", membershipId);
    }

    private ReliefFixture.Member resident(Fixture.World w, MemberCategory c) {
        return members.member(w, LocalDate.of(1995, 5, 5), LocalDate.of(2020, 3, 20), LICENSED, c, true);
    }

    @Test
    void theJobRaisesATaskOncePerMembershipWhenTheTrainingHasEndedAndTellsTheMember() throws Exception {
        Fixture.World w = fixture.world();
        var a2c = resident(w, MemberCategory.A2_C);
        var c = resident(w, MemberCategory.C);
        var a1 = members.member(w, LocalDate.of(1980, 1, 1), LocalDate.of(2005, 3, 20), LocalDate.of(2005, 4, 20), MemberCategory.A1, true);

        reviews.raiseDue(END.minusDays(1));
        assertEquals(0L, tasks(a2c.at(w.wardA())), "not before the training end");

        reviews.raiseDue(END);
        for (long a : List.of(w.wardA(), w.city(), w.prefecture(), w.jma())) {
            assertEquals(1L, tasks(a2c.at(a)), "one task for each association of the chain");
            assertEquals(1L, tasks(c.at(a)));
            assertEquals(0L, tasks(a1.at(a)), "A1 has no transition");
        }
        assertEquals("A2_B", fixture.single("select to_category from category_review_task where membership_id = ?1", a2c.at(w.city())));
        assertEquals("B", fixture.single("select to_category from category_review_task where membership_id = ?1", c.at(w.city())));

        reviews.raiseDue(END);
        reviews.raiseDue(END.plusDays(30));
        assertEquals(1L, tasks(a2c.at(w.city())), "raised once, however often the job runs");

        var mails = MailBox.of(a2c.email(), 4);
        assertEquals(4, mails.size(), "one notice per membership");
        assertTrue(mails.get(0).subject().contains("会員区分"), mails.get(0).subject());
        assertTrue(mails.stream().anyMatch(m -> m.body().contains("A2(C)") && m.body().contains("A2(B)")
                && m.body().contains("2022/04/01")));

        security.signIn(a2c.loginId(), Fixture.PASSWORD);
        List<CategoryReviews.Notice> notices = reviews.myNotices();
        assertEquals(4, notices.size());
        assertTrue(notices.stream().allMatch(n -> n.status().equals("OPEN") && n.from().equals("A2(C)") && n.to().equals("A2(B)")));
    }

    @Test
    void staffSeeTheirOwnTasksApplyOnceAndTheHistoryRecordsTheCategoryReview() {
        Fixture.World w = fixture.world();
        var m = resident(w, MemberCategory.A2_C);
        reviews.raiseDue(END);

        security.signInStaff(w.op().get(w.city()));
        List<CategoryReviews.TaskRow> open = reviews.open();
        assertEquals(1, open.stream().filter(t -> t.membershipId() == m.at(w.city())).count());
        assertTrue(open.stream().noneMatch(t -> t.membershipId() == m.at(w.wardA())), "the ward's task is the ward's");
        CategoryReviews.TaskRow task = open.stream().filter(t -> t.membershipId() == m.at(w.city())).findFirst().orElseThrow();
        assertEquals(END, task.dueDate());

        // another association's staff: not found, logged, nothing changed
        security.signInStaff(w.op().get(w.wardB()));
        assertTrue(reviews.open().stream().noneMatch(t -> t.id() == task.id()));
        MamisException foreign = assertThrows(MamisException.class, () -> reviews.apply(task.id(), null, task.version()));
        assertEquals("categoryReview.notFound", foreign.getKey());
        assertThrows(MamisException.class, () -> reviews.dismiss(task.id(), "他会から", task.version()));
        assertEquals(2L, fixture.count("access_log", "action = 'DENIED' and actor = ?1", w.op().get(w.wardB())));
        assertEquals("A2_C", members.category(m.at(w.city())));

        // a viewer reads but does not decide
        security.signInStaff(w.viewerWardA());
        assertEquals(1, reviews.open().stream().filter(t -> t.membershipId() == m.at(w.wardA())).count());
        assertThrows(EJBAccessException.class, () -> reviews.apply(task.id(), null, task.version()));

        security.signInStaff(w.op().get(w.city()));
        reviews.apply(task.id(), null, task.version());
        assertEquals("A2_B", members.category(m.at(w.city())));
        assertEquals("A2_C", members.category(m.at(w.wardA())), "each association decides its own");
        assertEquals("CATEGORY_CHANGED CATEGORY_REVIEW A2_C→A2_B 2022-04-01 " + w.op().get(w.city()), members.lastEvent(m.at(w.city())));
        MamisException twice = assertThrows(MamisException.class, () -> reviews.apply(task.id(), null, task.version() + 1));
        assertEquals("categoryReview.closed", twice.getKey());
        assertEquals(1L, fixture.count("membership_event", "kind = 'CATEGORY_CHANGED' and membership_id = ?1", m.at(w.city())));
        assertEquals(1L, fixture.count("access_log", "action = 'CHANGE_CATEGORY' and actor = ?1", w.op().get(w.city())));
        assertTrue(reviews.open().stream().noneMatch(t -> t.id() == task.id()));

        // the ward dismisses its own with a reason, on a chosen date for nothing
        security.signInStaff(w.op().get(w.wardA()));
        CategoryReviews.TaskRow wardTask = reviews.open().stream().filter(t -> t.membershipId() == m.at(w.wardA())).findFirst().orElseThrow();
        assertEquals("categoryReview.reason.required",
                assertThrows(MamisException.class, () -> reviews.dismiss(wardTask.id(), " ", wardTask.version())).getKey());
        reviews.dismiss(wardTask.id(), "研修延長の届出あり", wardTask.version());
        assertEquals("A2_C", members.category(m.at(w.wardA())));
        assertEquals("DISMISSED", fixture.single("select status from category_review_task where id = ?1", wardTask.id()));

        // the member sees the applied change and the open ones, not the dismissed
        security.signIn(m.loginId(), Fixture.PASSWORD);
        List<CategoryReviews.Notice> notices = reviews.myNotices();
        assertEquals(3, notices.size());
        assertEquals(1, notices.stream().filter(n -> n.status().equals("APPLIED") && END.equals(n.effectiveDate())).count());
    }

    @Test
    void anExtendedTrainingMovesTheDueDayAndIsLogged() {
        Fixture.World w = fixture.world();
        var m = resident(w, MemberCategory.C);
        security.signInStaff(w.op().get(w.city()));
        CategoryReviews.Training t = reviews.training(m.at(w.city()));
        assertEquals(END, t.trainingEnd());
        assertFalse(t.set());
        LocalDate extended = LocalDate.of(2022, 9, 30);
        assertEquals("training.reason.required", assertThrows(MamisException.class,
                () -> reviews.changeTraining(m.at(w.city()), extended, "", t.doctorVersion())).getKey());
        reviews.changeTraining(m.at(w.city()), extended, "産休のため研修期間延長", t.doctorVersion());
        assertEquals(extended, reviews.training(m.at(w.city())).trainingEnd());
        assertEquals(1L, fixture.count("access_log", "action = 'CHANGE_TRAINING' and actor = ?1", w.op().get(w.city())));

        reviews.raiseDue(END);
        assertEquals(0L, tasks(m.at(w.city())), "not due on the old end");
        reviews.raiseDue(extended);
        assertEquals(1L, tasks(m.at(w.city())));
        assertEquals(java.sql.Date.valueOf(extended).toLocalDate(),
                ((java.sql.Date) fixture.single("select due_date from category_review_task where membership_id = ?1", m.at(w.city()))).toLocalDate());

        // a member of another association cannot be reached
        security.signInStaff(w.op().get(w.wardB()));
        assertEquals("member.notFound", assertThrows(MamisException.class, () -> reviews.training(m.at(w.city()))).getKey());
        assertThrows(MamisException.class, () -> reviews.changeTraining(m.at(w.city()), null, "x", 0));
        assertEquals(2L, fixture.count("access_log", "action = 'DENIED' and actor = ?1", w.op().get(w.wardB())));
    }

    @Test
    void sixApplicationsOfOneTaskAtOnceChangeTheCategoryOnce() throws Exception {
        Fixture.World w = fixture.world();
        var m = resident(w, MemberCategory.A2_C);
        reviews.raiseDue(END);
        security.signInStaff(w.op().get(w.prefecture()));
        CategoryReviews.TaskRow task = reviews.open().stream().filter(t -> t.membershipId() == m.at(w.prefecture())).findFirst().orElseThrow();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(executor.submit(() -> {
                go.await();
                try {
                    reviews.apply(task.id(), null, task.version());
                    return "ok";
                } catch (MamisException e) {
                    return e.getKey();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var r : results) {
            outcomes.add(r.get());
        }
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().filter(o -> !o.equals("ok")).allMatch("edit.conflict"::equals), outcomes.toString());
        assertEquals(1L, fixture.count("membership_event", "kind = 'CATEGORY_CHANGED' and membership_id = ?1", m.at(w.prefecture())));
        assertEquals(1L, fixture.count("access_log", "action = 'CHANGE_CATEGORY' and actor = ?1", w.op().get(w.prefecture())));
    }
}
