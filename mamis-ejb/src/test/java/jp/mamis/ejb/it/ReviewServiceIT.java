package jp.mamis.ejb.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.rules.AssociationRules;
import jp.mamis.ejb.admission.AdmissionRequest;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.review.ReviewService;
import jp.mamis.ejb.rules.RulesService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A secretariat's review inside Payara Micro: bottom-up approval, scope of access, conflicts, audit. */
@ExtendWith(ArquillianExtension.class)
class ReviewServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    AdmissionService admission;

    @Inject
    ReviewService review;

    @Inject
    RulesService rules;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Inject
    jp.mamis.ejb.account.SecondFactorService secondFactor;

    @Resource
    ManagedExecutorService executor;

    private record Filed(Fixture.World world, RegistrationForm member, long id, long attachmentId) {
    }

    /** A new member files ward A → city → 神奈川県 → JMA with a licence the ward and the city may see. */
    private Filed filed() {
        Fixture.World w = fixture.world();
        RegistrationForm m = fixture.newMember();
        security.signIn(m.getLoginId(), Fixture.PASSWORD);
        AdmissionRequest r = AdmissionServiceIT.upToJma(w);
        long id = admission.saveDraft(r);
        long att = admission.addAttachment(id, DocumentKind.LICENSE, "license.pdf",
                new ByteArrayInputStream(AdmissionServiceIT.PDF), Set.of(w.wardA(), w.city()));
        admission.submit(r);
        return new Filed(w, m, id, att);
    }

    private void as(Fixture.World w, long association) {
        security.signInStaff(w.op().get(association));
    }

    private long version(long id) {
        return review.detail(id).version();
    }

    @Test
    void approvedBottomUpTheMembershipsBecomeActiveFromTheStartDateAndEveryoneIsTold() throws Exception {
        Filed f = filed();
        Fixture.World w = f.world();

        as(w, w.city());
        ApplicationDetail early = review.detail(f.id());
        assertFalse(early.actionable(), "the city waits for the ward");
        MamisException notYet = assertThrows(MamisException.class, () -> review.approve(f.id(), early.version()));
        assertEquals("application.line.notYourTurn", notYet.getKey());
        assertEquals(1L, review.counts().byStage().get(ReviewService.Stage.WAITING));

        for (long a : new long[] {w.wardA(), w.city(), w.prefecture(), w.jma()}) {
            as(w, a);
            assertEquals(1, review.queue(ReviewService.Stage.ACTIONABLE).stream().filter(s -> s.id() == f.id()).count());
            review.approve(f.id(), version(f.id()));
        }

        assertEquals("APPROVED", review.detail(f.id()).status());
        String start = AdmissionServiceIT.upToJma(w).getStartDate().toString();
        assertEquals(4L, fixture.count("membership m join doctor d on d.id = m.doctor_id",
                "m.status = 'ACTIVE' and m.category = 'A1' and m.join_date = cast(?1 as date) and d.registration_number = '"
                        + f.member().getRegistrationNumber() + "'", start));
        var mails = MailBox.of(f.member().getContact().getEmail(), 6);
        assertEquals(6, mails.size(), "registered, submitted and four approvals");
        assertTrue(MailBox.of(w.office().get(w.city()), 1).get(0).subject().contains("審査待ち"));
        assertEquals(4L, fixture.count("access_log", "action = 'APPROVE' and application_id = ?1", f.id()));
    }

    @Test
    void anotherAssociationsStaffReachNothingByIdAndTheAttemptIsLogged() {
        Filed f = filed();
        Fixture.World w = f.world();
        as(w, w.wardB());

        assertEquals("application.notFound", assertThrows(MamisException.class, () -> review.detail(f.id())).getKey());
        assertEquals("application.notFound",
                assertThrows(MamisException.class, () -> review.attachment(f.id(), f.attachmentId())).getKey());
        assertThrows(MamisException.class, () -> review.approve(f.id(), 0));
        assertThrows(MamisException.class, () -> review.reject(f.id(), 0, "他会"));
        assertThrows(MamisException.class, () -> review.postMessage(f.id(), "他会"));
        assertTrue(review.queue(null).stream().noneMatch(s -> s.id() == f.id()));
        assertTrue(fixture.count("access_log", "action = 'DENIED' and actor = ?1", w.op().get(w.wardB())) >= 5);

        as(w, w.prefecture());
        assertTrue(review.detail(f.id()).attachments().isEmpty(), "the member did not let 神奈川県 see the licence");
        assertEquals("application.notFound",
                assertThrows(MamisException.class, () -> review.attachment(f.id(), f.attachmentId())).getKey());

        as(w, w.city());
        var download = review.attachment(f.id(), f.attachmentId());
        assertEquals("application/pdf", download.mimeType());
        assertEquals(1L, fixture.count("access_log", "action = 'DOWNLOAD_ATTACHMENT' and application_id = ?1", f.id()));

        security.signIn(f.member().getLoginId(), Fixture.PASSWORD);
        assertThrows(EJBAccessException.class, () -> review.detail(f.id()), "a member is no secretariat");
    }

    @Test
    void aViewerMaySeeButNotDecide() {
        Filed f = filed();
        security.signInStaff(f.world().viewerWardA());
        long v = review.detail(f.id()).version();
        assertThrows(EJBAccessException.class, () -> review.approve(f.id(), v));
        assertEquals("IN_REVIEW", review.detail(f.id()).status());
    }

    @Test
    void rejectionEndsTheLinesAboveAndKeepsApprovalsBelow() throws Exception {
        Filed f = filed();
        Fixture.World w = f.world();
        as(w, w.wardA());
        review.approve(f.id(), version(f.id()));
        as(w, w.city());
        MamisException noReason = assertThrows(MamisException.class, () -> review.reject(f.id(), version(f.id()), " "));
        assertEquals("reason", noReason.findField().orElseThrow());
        review.reject(f.id(), version(f.id()), "勤務先が市外のため");

        ApplicationDetail d = review.detail(f.id());
        assertEquals("REJECTED", d.status());
        assertEquals(List.of("APPROVED", "REJECTED", "CLOSED", "CLOSED"), d.lines().stream().map(ApplicationDetail.Line::status).toList());
        assertEquals(1L, fixture.count("membership m join doctor d on d.id = m.doctor_id",
                "m.status = 'ACTIVE' and d.registration_number = ?1", f.member().getRegistrationNumber()));
        assertTrue(MailBox.of(f.member().getContact().getEmail(), 4).get(3).body().contains("勤務先が市外のため"));
    }

    @Test
    void returnedApplicationIsCorrectedAndFiledAgain() {
        Filed f = filed();
        Fixture.World w = f.world();
        as(w, w.wardA());
        review.returnForCorrection(f.id(), version(f.id()), "会員区分をご確認ください");
        assertEquals("RETURNED", review.detail(f.id()).status());
        assertFalse(review.detail(f.id()).actionable());

        security.signIn(f.member().getLoginId(), Fixture.PASSWORD);
        AdmissionRequest corrected = admission.editForm(f.id());
        corrected.getCategories().replaceAll((k, v) -> MemberCategory.A2_B);
        assertEquals(f.id(), admission.submit(corrected));

        as(w, w.wardA());
        ApplicationDetail d = review.detail(f.id());
        assertEquals("IN_REVIEW", d.status());
        assertTrue(d.actionable());
        assertEquals("A2(B)", d.lines().get(0).category());
        assertEquals(List.of("SUBMITTED", "RETURNED", "RESUBMITTED"), d.events().stream().map(ApplicationDetail.Event::kind).toList());
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflict() {
        Filed f = filed();
        Fixture.World w = f.world();
        as(w, w.wardA());
        long seenByBoth = version(f.id());
        review.returnForCorrection(f.id(), seenByBoth, "写真を追加してください");
        security.signIn(f.member().getLoginId(), Fixture.PASSWORD);
        admission.submit(admission.editForm(f.id()));

        as(w, w.wardA());
        assertTrue(review.detail(f.id()).actionable(), "the line is the ward's turn again");
        MamisException e = assertThrows(MamisException.class, () -> review.approve(f.id(), seenByBoth),
                "a decision made on the page read before the return must not go through");
        assertEquals("application.conflict", e.getKey());
        assertEquals("IN_REVIEW", review.detail(f.id()).status());
        assertEquals(0L, fixture.count("access_log", "action = 'APPROVE' and application_id = ?1", f.id()));
    }

    @Test
    void concurrentApprovalsOfOneLineChangeItOnce() throws Exception {
        Filed f = filed();
        Fixture.World w = f.world();
        as(w, w.wardA());
        long v = version(f.id());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(executor.submit(() -> {
                go.await();
                try {
                    review.approve(f.id(), v);
                    return "ok";
                } catch (MamisException e) {
                    return e.getKey();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> r : results) {
            outcomes.add(r.get());
        }
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().filter(o -> !o.equals("ok")).allMatch("application.conflict"::equals), outcomes.toString());
        assertEquals(1L, fixture.count("access_log", "action = 'APPROVE' and application_id = ?1", f.id()));
        assertEquals(1L, fixture.count("membership m join doctor d on d.id = m.doctor_id", "d.registration_number = ?1",
                f.member().getRegistrationNumber()));
    }

    @Test
    void rulesAreChangedByTheAdminOnlyAndEveryChangeIsKept() {
        Fixture.World w = fixture.world();
        security.signInStaff(w.adminCity());
        RulesService.RulesView before = rules.view();
        rules.change(new AssociationRules.Settings(Tier.NATIONAL, false, EnumSet.of(MemberCategory.A1, MemberCategory.B),
                Map.of(DocumentKind.LICENSE, true)), before.version());

        RulesService.RulesView after = rules.view();
        assertEquals(Tier.NATIONAL, after.settings().admissionScope());
        assertEquals(1, after.history().size());
        assertTrue(after.history().get(0).before().contains("multiple=可"));
        assertTrue(after.history().get(0).after().contains("multiple=不可"));
        assertEquals(w.adminCity(), after.history().get(0).by());
        MamisException stale = assertThrows(MamisException.class, () -> rules.change(after.settings(), before.version()));
        assertEquals("edit.conflict", stale.getKey());

        as(w, w.city());
        assertThrows(EJBAccessException.class, () -> rules.change(after.settings(), after.version()));
    }

    @Test
    void theAccessLogCannotBeChangedOrEmptied() {
        Filed f = filed();
        as(f.world(), f.world().wardA());
        review.detail(f.id());
        assertThrows(Exception.class, () -> fixture.execute("update access_log set actor = 'x' where application_id = " + f.id()));
        assertThrows(Exception.class, () -> fixture.execute("delete from access_log where application_id = " + f.id()));
        assertEquals(1L, fixture.count("access_log", "action = 'VIEW_APPLICATION' and application_id = ?1", f.id()));
    }

    @Test
    void aDraftCancelledWithoutBeingFiledNeverReachesTheSecretariats() {
        Fixture.World w = fixture.world();
        RegistrationForm m = fixture.newMember();
        security.signIn(m.getLoginId(), Fixture.PASSWORD);
        long id = admission.saveDraft(AdmissionServiceIT.upToJma(w));
        long att = admission.addAttachment(id, DocumentKind.LICENSE, "license.pdf",
                new ByteArrayInputStream(AdmissionServiceIT.PDF), Set.of(w.wardA()));
        admission.cancel(id);

        as(w, w.wardA());
        assertTrue(review.queue(null).stream().noneMatch(s -> s.id() == id));
        assertEquals("application.notFound", assertThrows(MamisException.class, () -> review.detail(id)).getKey());
        assertEquals("application.notFound", assertThrows(MamisException.class, () -> review.attachment(id, att)).getKey());
    }

    @Test
    void approvalIsRefusedWhenTheDoctorJoinedAnotherAssociationOfTheTierMeanwhile() {
        Filed f = filed();
        Fixture.World w = f.world();
        as(w, w.wardA());
        review.approve(f.id(), version(f.id()));
        // the city now forbids doctors in another tier-3 association, and the doctor joined one elsewhere
        fixture.rules(w.city(), null, false, Map.of());
        fixture.joinElsewhere(f.member().getRegistrationNumber());
        as(w, w.city());
        MamisException e = assertThrows(MamisException.class, () -> review.approve(f.id(), version(f.id())));
        assertEquals("admission.refusal.multipleNotAllowed", e.getKey());
    }

    @Test
    void staffSeeNothingUntilTheirSecondFactorAndSetItUpWithAFirstCode() {
        Filed f = filed();
        Fixture.World w = f.world();
        String newcomer = fixture.staffWithoutSecondFactor(w.wardA());
        security.signIn(newcomer, Fixture.PASSWORD);
        assertEquals("totp.required", assertThrows(MamisException.class, () -> review.detail(f.id())).getKey());
        assertEquals("totp.required", assertThrows(MamisException.class, () -> review.queue(null)).getKey());

        var status = secondFactor.status();
        assertTrue(status.otpauthUri().startsWith("otpauth://totp/MAMIS"), status.otpauthUri());
        assertEquals(status.secret(), secondFactor.status().secret(), "the same key until it is confirmed");
        MamisException wrong = assertThrows(MamisException.class, () -> secondFactor.verify("000000".equals(
                jp.mamis.domain.account.Totp.code(status.secret(), jp.mamis.domain.account.Totp.step(java.time.Instant.now())))
                ? "111111" : "000000"));
        assertEquals("code", wrong.findField().orElseThrow());
        assertThrows(MamisException.class, () -> review.detail(f.id()));

        secondFactor.verify(jp.mamis.domain.account.Totp.code(status.secret(),
                jp.mamis.domain.account.Totp.step(java.time.Instant.now())));
        assertEquals(f.id(), review.detail(f.id()).id());
        assertNull(secondFactor.status().secret(), "the key is not shown again once confirmed");
    }
}
