package jp.mamis.ejb.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.calendar.JapaneseDates;
import jp.mamis.domain.certificate.VerificationCode;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.certificate.CertificateReviewService;
import jp.mamis.ejb.certificate.CertificateService;
import jp.mamis.ejb.certificate.CertificateSummary;
import jp.mamis.ejb.certificate.CertificateVerification;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.registration.RegistrationService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 在籍証明書 inside Payara Micro: issued at once or after approval, the PDF read back by PDFBox,
 * the public verification of real, forged, superseded and revoked codes, and the secretariat
 * reaching only its own association's certificates.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateServiceIT {

    private static final LocalDate JOINED = LocalDate.of(2020, 6, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    CertificateService certificates;

    @Inject
    CertificateReviewService review;

    @Inject
    CertificateVerification verification;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Inject
    CertificateFixture memberships;

    /** A new member of ward A (since 2020-06-01, A1) and of the city (入会日 unknown, A2(B)), signed in. */
    private record Member(Fixture.World world, RegistrationForm form) {
    }

    private Member member() {
        Fixture.World w = fixture.world();
        RegistrationForm m = fixture.newMember();
        memberships.join(m.getRegistrationNumber(), w.wardA(), w.facility(), MemberCategory.A1, JOINED);
        memberships.join(m.getRegistrationNumber(), w.city(), w.facility(), MemberCategory.A2_B, null);
        security.signIn(m.getLoginId(), Fixture.PASSWORD);
        return new Member(w, m);
    }

    private void asMember(Member m) {
        security.signIn(m.form().getLoginId(), Fixture.PASSWORD);
    }

    private static String text(Download d) throws Exception {
        try (InputStream in = d.content(); PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
            // the text as read, with the lines joined (a long statement wraps anywhere)
            return new PDFTextStripper().getText(doc).replace("\r", "").replace("\n", "");
        }
    }

    @Test
    void anActiveMemberGetsTheCertificateAtOnceWithTheJapaneseFieldsAndItVerifiesAsValid() throws Exception {
        Member m = member();
        Fixture.World w = m.world();
        String ward = memberships.associationName(w.wardA());
        assertEquals(List.of(ward, memberships.associationName(w.city())),
                certificates.options().stream().map(CertificateService.Option::name).toList());

        CertificateService.Outcome o = certificates.request(w.wardA());
        assertEquals("ISSUED", o.status());
        assertTrue(o.number().matches("IT\\d+A-\\d{4}-\\d{6}"), o.number());
        assertTrue(o.verifyUrl().endsWith("/verify.xhtml?code=" + o.verificationCode()), o.verifyUrl());

        Download pdf = certificates.pdf(o.id());
        assertEquals("application/pdf", pdf.mimeType());
        String text = text(certificates.pdf(o.id()));
        LocalDate today = LocalDate.now(RegistrationService.JAPAN);
        for (String expected : List.of(ward, "試験 花子", "シケン ハナコ", "医籍登録番号", m.form().getRegistrationNumber(), "A1",
                JapaneseDates.wareki(today), JapaneseDates.western(today), JapaneseDates.slashed(today), o.number(),
                o.verificationCode(), "令和2年6月1日（2020年6月1日） 〜 現在に至る", "在籍していることを証明します")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
        }
        try (InputStream in = certificates.pdf(o.id()).content(); PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
            PDResources resources = doc.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont f = resources.getFont(name);
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f.getName().contains("IPAexGothic"), f.getName());
                fonts++;
            }
            assertTrue(fonts > 0);
        }

        String city = text(certificates.pdf(certificates.request(w.city()).id()));
        assertTrue(city.contains("不明 〜 現在に至る"), city);
        assertTrue(city.contains("A2(B)"), city);

        CertificateVerification.Verified v = verification.verify(o.verificationCode()).orElseThrow();
        assertTrue(v.valid());
        assertEquals(o.number(), v.number());
        assertEquals(ward, v.associationName());
        assertEquals("試験 花子", v.memberName());
        assertEquals(today, v.issueDate());
        String typed = " " + o.verificationCode().replace("-", "").toLowerCase(Locale.ROOT) + " ";
        assertTrue(verification.verify(typed).orElseThrow().valid(), "typed without hyphens in lower case");

        assertTrue(verification.verify(VerificationCode.grouped(VerificationCode.generate(new SecureRandom()))).isEmpty(),
                "a forged code");
        assertTrue(verification.verify("not a code").isEmpty());
        assertTrue(verification.verify(null).isEmpty());

        String plain = VerificationCode.normalize(o.verificationCode()).orElseThrow();
        assertEquals(1L, fixture.count("certificate", "verification_hash = ?1", VerificationCode.hash(plain)));
        assertEquals(0L, fixture.count("certificate", "verification_hash = ?1 or number = ?1", plain), "the code is not stored");

        List<CertificateSummary> mine = certificates.mine();
        assertEquals(2, mine.size());
        assertTrue(mine.stream().allMatch(s -> "ISSUED".equals(s.status())));
        assertTrue(MailBox.of(m.form().getContact().getEmail(), 3).stream().anyMatch(x -> x.subject().contains("在籍証明書を発行しました")));
    }

    @Test
    void aNewCertificateSupersedesTheValidOneAndARevokedOneIsToldAsSuch() {
        Member m = member();
        Fixture.World w = m.world();
        CertificateService.Outcome first = certificates.request(w.wardA());
        CertificateService.Outcome second = certificates.request(w.wardA());

        assertEquals("SUPERSEDED", verification.verify(first.verificationCode()).orElseThrow().status());
        assertFalse(verification.verify(first.verificationCode()).orElseThrow().valid());
        assertTrue(verification.verify(second.verificationCode()).orElseThrow().valid());
        assertEquals(1L, fixture.count("certificate", "status = 'ISSUED' and association_id = ?1", w.wardA()));

        security.signInStaff(w.op().get(w.wardA()));
        long id = second.id();
        assertEquals("certificate.reason.required", assertThrows(MamisException.class, () -> review.revoke(id, " ")).getKey());
        review.revoke(id, "誤って発行したため");
        assertEquals("REVOKED", verification.verify(second.verificationCode()).orElseThrow().status());
        assertEquals("certificate.state", assertThrows(MamisException.class, () -> review.revoke(id, "再度")).getKey());
        assertEquals(1L, fixture.count("access_log", "action = 'REVOKE_CERTIFICATE' and actor = ?1", w.op().get(w.wardA())));

        asMember(m);
        List<CertificateSummary> mine = certificates.mine();
        assertEquals(List.of("REVOKED", "SUPERSEDED"), mine.stream().map(CertificateSummary::status).toList());
        assertEquals("誤って発行したため", mine.get(0).reason());
        certificates.pdf(first.id()); // the member keeps the documents as they were issued
    }

    @Test
    void anAssociationThatApprovesFirstIssuesOnlyOnApprovalAndAFormerMemberAlwaysWaits() throws Exception {
        Member m = member();
        Fixture.World w = m.world();
        memberships.certificateApproval(w.wardA(), true);
        asMember(m);

        CertificateService.Outcome asked = certificates.request(w.wardA());
        assertEquals("REQUESTED", asked.status());
        assertNull(asked.verificationCode());
        assertEquals("certificate.notFound", assertThrows(MamisException.class, () -> certificates.pdf(asked.id())).getKey());
        assertEquals("certificate.alreadyRequested",
                assertThrows(MamisException.class, () -> certificates.request(w.wardA())).getKey());
        assertEquals(0L, fixture.count("certificate", "id = ?1 and verification_hash is not null", asked.id()));

        security.signInStaff(w.viewerWardA());
        assertThrows(EJBAccessException.class, () -> review.approve(asked.id()), "a viewer does not decide");

        security.signInStaff(w.op().get(w.wardA()));
        CertificateReviewService.Queue q = review.queue();
        assertEquals(List.of(asked.id()), q.waiting().stream().map(CertificateSummary::id).toList());
        assertFalse(q.waiting().get(0).formerMember());
        review.approve(asked.id());
        assertEquals("certificate.state", assertThrows(MamisException.class, () -> review.approve(asked.id())).getKey());
        assertEquals(1L, fixture.count("access_log", "action = 'ISSUE_CERTIFICATE' and actor = ?1", w.op().get(w.wardA())));
        assertTrue(fixture.count("access_log", "action = 'VIEW_CERTIFICATES' and actor = ?1", w.op().get(w.wardA())) >= 1);

        asMember(m);
        CertificateSummary issued = certificates.mine().get(0);
        assertEquals("ISSUED", issued.status());
        assertTrue(text(certificates.pdf(asked.id())).contains(issued.number()));
        assertTrue(MailBox.of(m.form().getContact().getEmail(), 2).stream().anyMatch(x -> x.subject().contains("在籍証明書を発行しました")));

        // a former member of the city (no approval rule there) still waits, and may be refused
        memberships.withdraw(m.form().getRegistrationNumber(), w.city(), LocalDate.of(2024, 3, 31));
        asMember(m);
        assertTrue(certificates.options().stream().anyMatch(o -> o.associationId() == w.city() && !o.current()));
        CertificateService.Outcome former = certificates.request(w.city());
        assertEquals("REQUESTED", former.status());
        security.signInStaff(w.op().get(w.city()));
        assertTrue(review.queue().waiting().stream().anyMatch(s -> s.id() == former.id() && s.formerMember()));
        assertEquals("certificate.reason.required", assertThrows(MamisException.class, () -> review.refuse(former.id(), "")).getKey());
        review.refuse(former.id(), "在籍記録を確認中のため");
        assertEquals(1L, fixture.count("access_log", "action = 'REFUSE_CERTIFICATE' and actor = ?1", w.op().get(w.city())));

        asMember(m);
        CertificateService.Outcome again = certificates.request(w.city());
        security.signInStaff(w.op().get(w.city()));
        review.approve(again.id());
        asMember(m);
        String text = text(certificates.pdf(again.id()));
        assertTrue(text.contains("不明 〜 令和6年3月31日（2024年3月31日）"), text);
        assertTrue(text.contains("在籍していたことを証明します"), text);
        assertTrue(MailBox.of(m.form().getContact().getEmail(), 4).stream().anyMatch(x -> x.subject().contains("発行できませんでした")));
    }

    @Test
    void anotherAssociationsStaffReachNothingByIdAndAMemberOnlyTheirOwn() {
        Member m = member();
        Fixture.World w = m.world();
        memberships.certificateApproval(w.wardA(), true);
        asMember(m);
        CertificateService.Outcome asked = certificates.request(w.wardA());
        CertificateService.Outcome cityCertificate = certificates.request(w.city());
        assertEquals("certificate.notMember", assertThrows(MamisException.class, () -> certificates.request(w.wardB())).getKey());
        assertEquals("certificate.notMember", assertThrows(MamisException.class, () -> certificates.request(w.jma())).getKey());

        String other = w.op().get(w.wardB());
        security.signInStaff(other);
        assertTrue(review.queue().waiting().isEmpty());
        assertTrue(review.queue().others().isEmpty());
        for (var attempt : List.<org.junit.jupiter.api.function.Executable>of(
                () -> review.approve(asked.id()), () -> review.refuse(asked.id(), "他会"), () -> review.revoke(cityCertificate.id(), "他会"),
                () -> review.approve(Long.MAX_VALUE))) {
            assertEquals("certificate.notFound", assertThrows(MamisException.class, attempt).getKey());
        }
        assertEquals(4L, fixture.count("access_log", "action = 'DENIED' and actor = ?1 and detail like 'certificate %'", other));

        RegistrationForm stranger = fixture.newMember();
        security.signIn(stranger.getLoginId(), Fixture.PASSWORD);
        assertEquals("certificate.notFound", assertThrows(MamisException.class, () -> certificates.pdf(cityCertificate.id())).getKey());
        assertTrue(certificates.mine().isEmpty());
        assertTrue(certificates.options().isEmpty());

        asMember(m);
        assertEquals("REQUESTED", certificates.mine().stream().filter(s -> s.id() == asked.id()).findFirst().orElseThrow().status());
        assertThrows(EJBAccessException.class, () -> review.queue(), "a member is no secretariat");
    }
}
