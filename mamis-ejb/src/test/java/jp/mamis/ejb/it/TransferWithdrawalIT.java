package jp.mamis.ejb.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.withdrawal.WithdrawalPlan;
import jp.mamis.ejb.admission.AdmissionOptions;
import jp.mamis.ejb.admission.AdmissionRequest;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.review.ReviewService;
import jp.mamis.ejb.withdrawal.WithdrawalService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 異動届 and 退会届 inside Payara Micro against PostgreSQL: the move takes effect for every
 * association at once or not at all, and a withdrawal and a transfer of one chain exclude each other.
 */
@ExtendWith(ArquillianExtension.class)
class TransferWithdrawalIT {

    private static final LocalDate JOINED = LocalDate.of(2012, 4, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    AdmissionService admission;

    @Inject
    WithdrawalService withdrawal;

    @Inject
    ReviewService review;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Resource
    ManagedExecutorService executor;

    /** A member of from.wardA → from.city → 神奈川県 → JMA, moving to to.wardA → to.city (→ 神奈川県 → JMA continued). */
    private record Move(Fixture.World from, Fixture.World to, RegistrationForm member) {

        String number() {
            return member.getRegistrationNumber();
        }
    }

    private Move member() {
        Fixture.World from = fixture.world();
        Fixture.World to = fixture.world();
        RegistrationForm m = fixture.newMember();
        fixture.memberOf(m.getRegistrationNumber(), from.facility(), JOINED, from.wardA(), from.city(), from.prefecture(),
                from.jma());
        security.signIn(m.getLoginId(), Fixture.PASSWORD);
        return new Move(from, to, m);
    }

    private static AdmissionRequest transfer(Move mv, MemberCategory jmaCategory) {
        AdmissionRequest r = new AdmissionRequest();
        r.setSubmissionKey(UUID.randomUUID().toString());
        r.setSourceFacilityId(mv.from().facility());
        r.setFacilityId(mv.to().facility());
        r.setLowestAssociationId(mv.to().wardA());
        Map<Long, MemberCategory> c = new LinkedHashMap<>();
        c.put(mv.to().wardA(), MemberCategory.A2_B);
        c.put(mv.to().city(), MemberCategory.A2_B);
        c.put(mv.to().prefecture(), MemberCategory.A2_B);
        c.put(mv.to().jma(), jmaCategory);
        r.setCategories(c);
        r.setStartDate(LocalDate.now().plusMonths(1).withDayOfMonth(1));
        return r;
    }

    private long active(Move mv, String where) {
        return fixture.count("membership m join doctor d on d.id = m.doctor_id",
                "m.status = 'ACTIVE' and d.registration_number = ?1" + where, mv.number());
    }

    private void approveAs(Fixture.World w, long association, long id) {
        security.signInStaff(w.op().get(association));
        review.approve(id, review.detail(id).version());
    }

    @Test
    void theWizardMarksWhatContinuesAndAMoveApprovedByAllTakesEffectAtOnce() throws Exception {
        Move mv = member();
        AdmissionOptions options = admission.options(mv.from().facility(), mv.to().facility(), mv.to().wardA());
        assertEquals(List.of(false, false, true, true), options.chain().stream().map(AdmissionOptions.Choice::continued).toList());
        assertTrue(options.chain().stream().allMatch(AdmissionOptions.Choice::isSelectable), "the source chain counts as left");

        AdmissionRequest r = transfer(mv, MemberCategory.A1);
        admission.saveDraft(r);
        long id = admission.submit(r);
        assertEquals(id, admission.submit(r), "a replayed submit finds the same application");
        ApplicationDetail d = admission.myApplication(id);
        assertEquals("TRANSFER", d.type());
        assertEquals(List.of("LEAVE", "LEAVE", "JOIN", "JOIN", "CONTINUE", "CONTINUE"),
                d.lines().stream().map(ApplicationDetail.Line::kind).toList());

        Fixture.World f = mv.from();
        Fixture.World t = mv.to();
        long[][] order = {{f.wardA()}, {f.city()}, {t.wardA()}, {t.city()}, {t.prefecture()}};
        Fixture.World[] worlds = {f, f, t, t, t};
        for (int i = 0; i < order.length; i++) {
            approveAs(worlds[i], order[i][0], id);
            assertEquals(4L, active(mv, " and m.facility_id = " + f.facility()), "nothing moves before the last approval");
        }
        approveAs(t, t.jma(), id);

        assertEquals("APPROVED", review.detail(id).status());
        assertEquals(0L, active(mv, " and m.facility_id = " + f.facility()));
        assertEquals(4L, active(mv, " and m.facility_id = " + t.facility()));
        assertEquals(1L, active(mv, " and m.association_id = " + t.jma() + " and m.join_date = '" + JOINED
                + "' and m.category = 'A1'"), "JMA continues with its join date, category changed");
        assertEquals(1L, active(mv, " and m.association_id = " + t.prefecture() + " and m.join_date = '" + JOINED + "'"));
        assertEquals(2L, active(mv, " and m.join_date = cast('" + r.getStartDate() + "' as date)"), "the joins start on the date");
        assertEquals(2L, fixture.count("membership m join doctor d on d.id = m.doctor_id",
                "m.status = 'WITHDRAWN' and m.leave_date = cast('" + r.getStartDate() + "' as date) and d.registration_number = ?1",
                mv.number()));
        assertEquals(1L, fixture.count("membership_event e join membership m on m.id = e.membership_id join doctor d on d.id = m.doctor_id",
                "e.kind = 'CATEGORY_CHANGED' and e.cause = 'TRANSFER' and e.application_id = " + id
                        + " and d.registration_number = ?1", mv.number()));
        assertTrue(MailBox.of(mv.member().getContact().getEmail(), 9).stream().anyMatch(x -> x.subject().contains("異動が完了")));
    }

    @Test
    void oneRejectionLeavesTheOriginalMembershipsUntouched() {
        Move mv = member();
        AdmissionRequest r = transfer(mv, MemberCategory.A2_B);
        admission.saveDraft(r);
        long id = admission.submit(r);
        approveAs(mv.from(), mv.from().wardA(), id);
        approveAs(mv.from(), mv.from().city(), id);
        approveAs(mv.to(), mv.to().wardA(), id);
        security.signInStaff(mv.to().op().get(mv.to().city()));
        review.reject(id, review.detail(id).version(), "受入れ不可");

        assertEquals("REJECTED", review.detail(id).status());
        assertEquals(4L, active(mv, " and m.facility_id = " + mv.from().facility() + " and m.join_date = '" + JOINED + "'"));
        assertEquals(4L, fixture.count("membership m join doctor d on d.id = m.doctor_id", "d.registration_number = ?1",
                mv.number()), "no membership was created or ended");
    }

    @Test
    void aWithdrawalOfTheWholeChainEndsEveryTierWhenTheLastConfirms() {
        Move mv = member();
        List<WithdrawalService.Chain> chains = withdrawal.chains();
        assertEquals(1, chains.size());
        assertEquals(List.of("WHOLE_CHAIN", "PREFECTURE_AND_NATIONAL", "NATIONAL_ONLY"), chains.get(0).patterns());
        assertEquals(2, withdrawal.preview(mv.from().facility(), WithdrawalPlan.Pattern.PREFECTURE_AND_NATIONAL, null)
                .leaving().size());
        LocalDate on = LocalDate.now().plusDays(10);
        fixture.announce(mv.from().city(), "年度会費は全額ご負担いただきます。");
        WithdrawalService.Preview preview = withdrawal.preview(mv.from().facility(), WithdrawalPlan.Pattern.WHOLE_CHAIN, on);
        assertEquals(List.of("年度会費は全額ご負担いただきます。"), preview.notices().stream().map(n -> n.text()).toList());
        String key = UUID.randomUUID().toString();
        assertEquals("withdrawal.notices.unread", org.junit.jupiter.api.Assertions.assertThrows(MamisException.class,
                () -> withdrawal.submit(key, mv.from().facility(), WithdrawalPlan.Pattern.WHOLE_CHAIN, on, false)).getKey(),
                "the service, not only the page, insists the announcements were read");
        assertThrows(MamisException.class, () -> withdrawal.submit(UUID.randomUUID().toString(), mv.from().facility(),
                WithdrawalPlan.Pattern.WHOLE_CHAIN, LocalDate.of(2011, 1, 1), true), "before the join date (and over a year back)");
        long id = withdrawal.submit(key, mv.from().facility(), WithdrawalPlan.Pattern.WHOLE_CHAIN, on, true);
        assertEquals(id, withdrawal.submit(key, mv.from().facility(), WithdrawalPlan.Pattern.WHOLE_CHAIN, on, true));
        Fixture.World f = mv.from();
        for (long a : new long[] {f.wardA(), f.city(), f.prefecture()}) {
            approveAs(f, a, id);
            assertEquals(4L, active(mv, ""));
        }
        approveAs(f, f.jma(), id);
        assertEquals(0L, active(mv, ""));
        assertEquals(4L, fixture.count("membership_event e join membership m on m.id = e.membership_id join doctor d on d.id = m.doctor_id",
                "e.kind = 'LEFT' and e.cause = 'WITHDRAWAL' and d.registration_number = ?1", mv.number()));
    }

    @Test
    void aWithdrawalAndATransferOfOneChainFiledTogetherCannotBothGoAhead() throws Exception {
        Move mv = member();
        AdmissionRequest r = transfer(mv, MemberCategory.A2_B);
        admission.saveDraft(r);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<String>> attempts = List.of(
                () -> admission.submit(r) > 0 ? "transfer" : "?",
                () -> withdrawal.submit(UUID.randomUUID().toString(), mv.from().facility(),
                        WithdrawalPlan.Pattern.NATIONAL_ONLY, LocalDate.now().plusDays(5), true) > 0 ? "withdrawal" : "?");
        List<Future<String>> results = new ArrayList<>();
        for (Callable<String> c : attempts) {
            results.add(executor.submit(() -> {
                go.await();
                try {
                    return c.call();
                } catch (MamisException e) {
                    return e.getKey();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        assertEquals(1, outcomes.stream().filter(o -> o.equals("transfer") || o.equals("withdrawal")).count(), outcomes.toString());
        assertTrue(outcomes.contains("admission.alreadyApplied") || outcomes.contains("withdrawal.alreadyApplied"), outcomes.toString());
        assertEquals(1L, fixture.count("application a join doctor d on d.id = a.doctor_id",
                "a.status = 'IN_REVIEW' and d.registration_number = ?1", mv.number()));
        assertFalse(outcomes.contains("?"));
    }
}
