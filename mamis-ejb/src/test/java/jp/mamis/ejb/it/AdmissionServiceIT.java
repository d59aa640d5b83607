package jp.mamis.ejb.it;

import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.admission.AdmissionOptions;
import jp.mamis.ejb.admission.AdmissionRequest;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.registration.RegistrationForm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 入会届 from the member's side, inside Payara Micro against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class AdmissionServiceIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXECUTABLE = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    AdmissionService admission;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    /** A request for ward A up to JMA, A1 everywhere, starting next month. */
    static AdmissionRequest upToJma(Fixture.World w) {
        AdmissionRequest r = new AdmissionRequest();
        r.setSubmissionKey(UUID.randomUUID().toString());
        r.setFacilityId(w.facility());
        r.setLowestAssociationId(w.wardA());
        Map<Long, MemberCategory> c = new LinkedHashMap<>();
        for (long id : new long[] {w.wardA(), w.city(), w.prefecture(), w.jma()}) {
            c.put(id, MemberCategory.A1);
        }
        r.setCategories(c);
        r.setStartDate(LocalDate.now().plusMonths(1).withDayOfMonth(1));
        return r;
    }

    private RegistrationForm signedInNewMember() {
        RegistrationForm m = fixture.newMember();
        security.signIn(m.getLoginId(), Fixture.PASSWORD);
        return m;
    }

    @Test
    void optionsShowTheChainAndWhatTheScopeRequires() {
        Fixture.World w = fixture.world();
        fixture.rules(w.city(), Tier.NATIONAL, true, Map.of());
        signedInNewMember();

        AdmissionOptions o = admission.options(w.facility(), w.wardA());

        assertEquals(4, o.chain().size());
        assertEquals(w.wardA(), o.chain().get(0).associationId());
        assertEquals(w.jma(), o.chain().get(3).associationId());
        assertTrue(o.chain().stream().allMatch(AdmissionOptions.Choice::isSelectable));
        assertNull(o.chain().get(1).requiredBy());
        assertTrue(o.chain().get(2).requiredBy().startsWith("IT市医師会"), "神奈川県 is required by the city's scope");
        assertTrue(o.chain().get(3).requiredBy().startsWith("IT市医師会"), "JMA is required by the city's scope");
        MamisException subdivided = assertThrows(MamisException.class, () -> admission.options(w.facility(), w.city()));
        assertEquals("admission.chooseSubdivision", subdivided.getKey());
    }

    @Test
    void scopeViolationIsRefusedAndNothingIsStored() {
        Fixture.World w = fixture.world();
        fixture.rules(w.city(), Tier.NATIONAL, true, Map.of());
        signedInNewMember();
        AdmissionRequest r = upToJma(w);
        r.getCategories().remove(w.jma());
        r.getCategories().remove(w.prefecture());

        MamisException e = assertThrows(MamisException.class, () -> admission.submit(r));

        assertEquals("admission.scopeRequires", e.getKey());
        assertTrue(admission.myApplications().isEmpty());
        assertTrue(admission.findBySubmissionKey(r.getSubmissionKey()).isEmpty());
    }

    @Test
    void upperTierWithoutTheLowerOneIsRefused() {
        Fixture.World w = fixture.world();
        signedInNewMember();
        AdmissionRequest r = upToJma(w);
        r.getCategories().remove(w.city());

        MamisException e = assertThrows(MamisException.class, () -> admission.submit(r));
        assertEquals("admission.lowerRequired", e.getKey());
    }

    @Test
    void requiredDocumentMustBeAttachedAndARefusedFileKeepsTheDraft() {
        Fixture.World w = fixture.world();
        fixture.rules(w.city(), null, true, Map.of(DocumentKind.LICENSE, true));
        signedInNewMember();
        AdmissionRequest r = upToJma(w);

        MamisException missing = assertThrows(MamisException.class, () -> admission.submit(r));
        assertEquals("admission.document.required", missing.getKey());
        assertEquals("attachments", missing.findField().orElseThrow());

        long id = admission.saveDraft(r);
        MamisException renamed = assertThrows(MamisException.class, () -> admission.addAttachment(id, DocumentKind.LICENSE,
                "免許証.pdf", new ByteArrayInputStream(EXECUTABLE), Set.of(w.city())));
        assertEquals("attachment.type", renamed.getKey());
        assertEquals(0, admission.myApplication(id).attachments().size());
        assertEquals(4, admission.myApplication(id).lines().size(), "the draft is kept as it was");

        admission.addAttachment(id, DocumentKind.LICENSE, "C:\\scans\\免許証.pdf", new ByteArrayInputStream(PDF),
                Set.of(w.city(), w.wardA()));
        assertEquals(id, admission.submit(r));

        var detail = admission.myApplication(id);
        assertEquals("IN_REVIEW", detail.status());
        assertEquals("免許証.pdf", detail.attachments().get(0).name(), "no path is kept from the name");
        assertEquals(2, detail.attachments().get(0).visibleTo().size());
    }

    @Test
    void aReplayedSubmitCreatesOneApplicationAndMailsOnce() throws Exception {
        Fixture.World w = fixture.world();
        RegistrationForm m = signedInNewMember();
        AdmissionRequest r = upToJma(w);

        long first = admission.submit(r);
        long second = admission.submit(r);

        assertEquals(first, second);
        assertEquals(1, admission.myApplications().size());
        assertEquals(1L, fixture.count("application", "submission_key = ?1", r.getSubmissionKey()));
        var mails = MailBox.of(m.getContact().getEmail(), 2);
        assertEquals(2, mails.size(), "registration and one submission mail");
        assertTrue(mails.get(1).subject().contains("入会届を受け付けました"), mails.get(1).subject());
    }

    @Test
    void cancelBeforeAnyApprovalAndOnlyOwnApplicationsAreReachable() {
        Fixture.World w = fixture.world();
        signedInNewMember();
        long id = admission.submit(upToJma(w));

        signedInNewMember();
        MamisException foreign = assertThrows(MamisException.class, () -> admission.myApplication(id));
        assertEquals("application.notFound", foreign.getKey());
        assertThrows(MamisException.class, () -> admission.cancel(id));
        assertThrows(MamisException.class, () -> admission.postMessage(id, "他人の申請"));

        AdmissionRequest second = upToJma(w);
        long other = admission.submit(second);
        admission.cancel(other);
        assertEquals("CANCELLED", admission.myApplication(other).status());
        assertTrue(admission.myApplication(other).lines().stream().allMatch(l -> l.status().equals("CLOSED")));
    }

    @Test
    void aSecondOpenApplicationForTheSameAssociationsIsRefused() {
        Fixture.World w = fixture.world();
        signedInNewMember();
        admission.submit(upToJma(w));
        MamisException e = assertThrows(MamisException.class, () -> admission.submit(upToJma(w)));
        assertEquals("admission.alreadyApplied", e.getKey());
    }

    @Test
    void aRequiredDocumentMustBeVisibleToTheAssociationThatRequiresIt() {
        Fixture.World w = fixture.world();
        fixture.rules(w.city(), null, true, Map.of(DocumentKind.LICENSE, true));
        signedInNewMember();
        AdmissionRequest r = upToJma(w);
        long id = admission.saveDraft(r);
        admission.addAttachment(id, DocumentKind.LICENSE, "license.pdf", new ByteArrayInputStream(PDF), Set.of(w.prefecture()));

        MamisException e = assertThrows(MamisException.class, () -> admission.submit(r),
                "the city requires the licence but may not see it");
        assertEquals("admission.document.required", e.getKey());
    }

    @Test
    void anAbandonedDraftDoesNotBlockANewApplication() {
        Fixture.World w = fixture.world();
        signedInNewMember();
        admission.saveDraft(upToJma(w));
        long filed = admission.submit(upToJma(w));
        assertEquals("IN_REVIEW", admission.myApplication(filed).status());
    }

    @Test
    void twoApplicationsCannotTogetherBreakTheMultipleMembershipRule() {
        Fixture.World w = fixture.world();
        fixture.rules(w.wardB(), null, false, Map.of());
        signedInNewMember();
        AdmissionRequest first = upToJma(w);
        first.getCategories().keySet().retainAll(Set.of(w.wardA()));
        admission.submit(first);

        AdmissionRequest second = upToJma(w);
        second.setLowestAssociationId(w.wardB());
        second.setCategories(new LinkedHashMap<>(Map.of(w.wardB(), MemberCategory.A1)));
        assertEquals("admission.refusal.multipleNotAllowed",
                admission.options(w.facility(), w.wardB()).chain().get(0).refusalKey());
        MamisException e = assertThrows(MamisException.class, () -> admission.submit(second));
        assertEquals("admission.refusal.multipleNotAllowed", e.getKey());
    }

    @Test
    void aStartDateMoreThanAYearAheadIsRefused() {
        Fixture.World w = fixture.world();
        signedInNewMember();
        AdmissionRequest r = upToJma(w);
        r.setStartDate(LocalDate.now().plusYears(2));
        MamisException e = assertThrows(MamisException.class, () -> admission.submit(r));
        assertEquals("startDate", e.findField().orElseThrow());
    }
}
