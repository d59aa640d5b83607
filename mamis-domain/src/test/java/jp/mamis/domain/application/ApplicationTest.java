package jp.mamis.domain.application;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.attachment.FileType;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static jp.mamis.domain.membership.MemberCategory.B;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Application}: the admission procedure, decided bottom-up along the chain. Plain objects
 * without JPA: ids are null and entity equality is identity.
 */
@DisplayName("Application: admission lines decided bottom-up")
class ApplicationTest {

    private static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2025, 5, 1);
    private static final String MEMBER = "m200001";
    private static final String SHA = "0".repeat(64);

    private Association jma;
    private Association kanagawa;
    private Association yokohama;
    private Association aoba;
    private Association hokkaido;
    private Association sapporo;
    private Facility clinic;
    private Facility sapporoHospital;
    private Doctor doctor;
    private Application app;

    @BeforeEach
    void setUp() {
        jma = Association.national("00", "日本医師会");
        kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
        yokohama = Association.under(kanagawa, "14100", "横浜市医師会", null);
        aoba = Association.under(yokohama, "1410001", "横浜市青葉区医師会", null);
        hokkaido = Association.under(jma, "01", "北海道医師会", "01");
        sapporo = Association.under(hokkaido, "01100", "札幌市医師会", null);
        clinic = new Facility("青葉台クリニック", "14");
        sapporoHospital = new Facility("市立札幌病院", "01");
        doctor = TestDoctors.doctor();
        app = Application.admission(doctor, clinic, "key-1", T0);
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** The whole Yokohama chain, given top first so the application must sort it. */
    private Map<Association, MemberCategory> fullChain() {
        Map<Association, MemberCategory> m = new LinkedHashMap<>();
        m.put(jma, A1);
        m.put(kanagawa, A1);
        m.put(aoba, A2_B);
        m.put(yokohama, B);
        return m;
    }

    /** A submitted application for the whole chain. */
    private void submitted() {
        app.plan(fullChain(), START);
        app.submit(MEMBER, at(1));
    }

    private ApplicationLine line(Association a) {
        return app.findLine(a).orElseThrow();
    }

    private static MamisException refused(String key, Executable step) {
        MamisException e = assertThrows(MamisException.class, step);
        assertEquals(key, e.getKey());
        return e;
    }

    private static MamisException refused(String key, String field, Executable step) {
        MamisException e = refused(key, step);
        assertEquals(field, e.findField().orElse(null));
        return e;
    }

    private ApplicationAttachment attach(Set<Association> visibleTo) {
        return app.attach(DocumentKind.LICENSE, "免許証.pdf", FileType.PDF, 1024, SHA,
                "stored-" + app.getAttachments().size(), at(0), visibleTo);
    }

    @Nested
    @DisplayName("a new admission draft")
    class Draft {

        @Test
        @DisplayName("starts as an ADMISSION draft with nothing in it")
        void fresh() {
            assertEquals(ApplicationType.ADMISSION, app.getType());
            assertEquals(ApplicationStatus.DRAFT, app.getStatus());
            assertSame(doctor, app.getDoctor());
            assertSame(clinic, app.getFacility());
            assertEquals("key-1", app.getSubmissionKey());
            assertEquals(T0, app.getCreatedAt());
            assertTrue(app.getLines().isEmpty());
            assertTrue(app.findRequestedStartDate().isEmpty());
            assertTrue(app.findSubmittedAt().isEmpty());
            assertTrue(app.findFinishedAt().isEmpty());
            assertTrue(app.getEvents().isEmpty());
            assertTrue(app.findActionableLine().isEmpty());
            assertNull(app.getId());
        }

        @Test
        @DisplayName("needs a doctor, a facility, a submission key and a time")
        void required() {
            assertThrows(NullPointerException.class, () -> Application.admission(null, clinic, "k", T0));
            assertThrows(NullPointerException.class, () -> Application.admission(doctor, null, "k", T0));
            assertThrows(NullPointerException.class, () -> Application.admission(doctor, clinic, null, T0));
            assertThrows(NullPointerException.class, () -> Application.admission(doctor, clinic, "k", null));
        }

        @Test
        @DisplayName("plan() orders the lines lowest tier first, positions 0..n, whatever the map order")
        void planOrdersLowestFirst() {
            app.plan(fullChain(), START);
            List<ApplicationLine> lines = app.getLines();
            assertEquals(List.of(aoba, yokohama, kanagawa, jma), lines.stream().map(ApplicationLine::getAssociation).toList());
            assertEquals(List.of(0, 1, 2, 3), lines.stream().map(ApplicationLine::getPosition).toList());
            assertEquals(List.of(A2_B, B, A1, A1), lines.stream().map(ApplicationLine::getCategory).toList());
            assertTrue(lines.stream().allMatch(l -> l.getStatus() == LineStatus.PENDING));
            assertTrue(lines.stream().allMatch(l -> l.getApplication() == app));
            assertTrue(lines.stream().allMatch(l -> l.findDecidedBy().isEmpty() && l.findDecidedAt().isEmpty()));
            assertEquals(START, app.findRequestedStartDate().orElseThrow());
            assertEquals(List.of(aoba, yokohama, kanagawa, jma), List.copyOf(app.associations()));
        }

        @Test
        @DisplayName("plan() in a draft replaces the previous plan entirely")
        void replan() {
            app.plan(fullChain(), START);
            Map<Association, MemberCategory> small = new LinkedHashMap<>();
            small.put(yokohama, A1);
            small.put(aoba, A1);
            app.plan(small, START.plusMonths(1));
            assertEquals(List.of(aoba, yokohama), app.getLines().stream().map(ApplicationLine::getAssociation).toList());
            assertEquals(List.of(0, 1), app.getLines().stream().map(ApplicationLine::getPosition).toList());
            assertTrue(app.findLine(jma).isEmpty());
            assertEquals(START.plusMonths(1), app.findRequestedStartDate().orElseThrow());
        }

        @Test
        @DisplayName("findLineAbove gives the next line up, none for the top")
        void lineAbove() {
            app.plan(fullChain(), START);
            assertSame(line(yokohama), app.findLineAbove(line(aoba)).orElseThrow());
            assertSame(jma, app.findLineAbove(line(kanagawa)).orElseThrow().getAssociation());
            assertTrue(app.findLineAbove(line(jma)).isEmpty());
        }

        @Test
        @DisplayName("a draft is routed to nobody, has nothing actionable and refuses decisions as not found")
        void draftIsPrivate() {
            app.plan(fullChain(), START);
            for (Association a : List.of(aoba, yokohama, kanagawa, jma)) {
                assertFalse(app.isRoutedTo(a), a.getName());
                assertFalse(app.isActionableFor(a), a.getName());
            }
            assertTrue(app.findActionableLine().isEmpty());
            refused("application.notFound", () -> app.approve(aoba, "staff", at(1)));
            refused("application.notFound", () -> app.reject(aoba, "staff", at(1), "理由"));
            refused("application.notFound", () -> app.returnForCorrection(aoba, "staff", at(1), "理由"));
            assertTrue(doctor.getMemberships().isEmpty());
        }

        @Test
        @DisplayName("a draft cancelled without ever being filed stays private: no association sees it, no messages")
        void cancelledDraftStaysPrivate() {
            app.plan(fullChain(), START);
            app.cancel(MEMBER, at(1));
            assertEquals(ApplicationStatus.CANCELLED, app.getStatus());
            for (Association a : List.of(aoba, yokohama, kanagawa, jma)) {
                assertFalse(app.isRoutedTo(a), a.getName());
            }
            refused("application.notSubmitted", () -> app.post(MEMBER, null, "こんにちは", at(2)));
        }
    }

    @Nested
    @DisplayName("submit()")
    class Submit {

        @Test
        @DisplayName("needs at least one line (admission.nothingSelected)")
        void needsLines() {
            refused("admission.nothingSelected", "associations", () -> app.submit(MEMBER, at(1)));
            app.plan(Map.of(), START);
            refused("admission.nothingSelected", "associations", () -> app.submit(MEMBER, at(1)));
            assertEquals(ApplicationStatus.DRAFT, app.getStatus());
            assertTrue(app.getEvents().isEmpty());
        }

        @Test
        @DisplayName("needs a start date (admission.startDate.required)")
        void needsStartDate() {
            app.plan(fullChain(), null);
            refused("admission.startDate.required", "startDate", () -> app.submit(MEMBER, at(1)));
            assertEquals(ApplicationStatus.DRAFT, app.getStatus());
            assertTrue(app.findSubmittedAt().isEmpty());
        }

        @Test
        @DisplayName("puts the application in review, lowest line actionable, routed to every line")
        void submits() {
            submitted();
            assertEquals(ApplicationStatus.IN_REVIEW, app.getStatus());
            assertEquals(at(1), app.findSubmittedAt().orElseThrow());
            assertTrue(app.findFinishedAt().isEmpty());
            assertSame(line(aoba), app.findActionableLine().orElseThrow());
            assertTrue(app.isActionableFor(aoba));
            for (Association a : List.of(aoba, yokohama, kanagawa, jma)) {
                assertTrue(app.isRoutedTo(a), a.getName() + " sees the application as soon as it is filed");
            }
            assertFalse(app.isActionableFor(yokohama));
            assertFalse(app.isActionableFor(jma));
            ApplicationEvent e = app.getEvents().get(0);
            assertEquals(EventKind.SUBMITTED, e.getKind());
            assertEquals(MEMBER, e.getActor());
            assertEquals(at(1), e.getAt());
            assertTrue(e.findAssociation().isEmpty());
            assertTrue(e.findReason().isEmpty());
        }

        @Test
        @DisplayName("twice is refused (application.notDraft)")
        void twice() {
            submitted();
            refused("application.notDraft", () -> app.submit(MEMBER, at(2)));
            assertEquals(1, app.getEvents().size());
            assertEquals(at(1), app.findSubmittedAt().orElseThrow());
        }

        @Test
        @DisplayName("a submitted application can no longer be planned (application.notEditable)")
        void notEditable() {
            submitted();
            refused("application.notEditable", () -> app.plan(fullChain(), START.plusDays(1)));
            assertEquals(START, app.findRequestedStartDate().orElseThrow());
        }

        @Test
        @DisplayName("isRoutedTo is false for an association without a line")
        void notRoutedElsewhere() {
            submitted();
            assertFalse(app.isRoutedTo(sapporo));
            assertFalse(app.isRoutedTo(hokkaido));
            refused("application.notFound", () -> app.approve(sapporo, "staff", at(2)));
        }
    }

    @Nested
    @DisplayName("approve(): bottom-up")
    class Approve {

        @BeforeEach
        void submit() {
            submitted();
        }

        @Test
        @DisplayName("an upper line before the lower is refused (application.line.notYourTurn)")
        void notYourTurn() {
            refused("application.line.notYourTurn", () -> app.approve(yokohama, "yokohama-staff", at(2)));
            refused("application.line.notYourTurn", () -> app.approve(jma, "jma-staff", at(2)));
            refused("application.line.notYourTurn", () -> app.reject(kanagawa, "kanagawa-staff", at(2), "理由"));
            refused("application.line.notYourTurn", () -> app.returnForCorrection(jma, "jma-staff", at(2), "理由"));
            assertTrue(doctor.getMemberships().isEmpty());
            assertTrue(app.getLines().stream().allMatch(l -> l.getStatus() == LineStatus.PENDING));
            assertEquals(1, app.getEvents().size());

            app.approve(aoba, "aoba-staff", at(2));
            refused("application.line.notYourTurn", () -> app.approve(kanagawa, "kanagawa-staff", at(3)));
        }

        @Test
        @DisplayName("approving in order creates ACTIVE memberships from the start date and ends APPROVED")
        void inOrder() {
            List<Association> order = List.of(aoba, yokohama, kanagawa, jma);
            for (int i = 0; i < order.size(); i++) {
                Association a = order.get(i);
                assertSame(line(a), app.findActionableLine().orElseThrow());
                Membership m = app.approve(a, "staff-" + i, at(10 + i)).get(0);
                assertSame(a, m.getAssociation());
                assertSame(clinic, m.getFacility());
                assertSame(doctor, m.getDoctor());
                assertEquals(MembershipStatus.ACTIVE, m.getStatus());
                assertEquals(START, m.findJoinDate().orElseThrow());
                assertEquals(line(a).getCategory(), m.getCategory());
                assertTrue(doctor.getMemberships().contains(m));
                assertEquals(LineStatus.APPROVED, line(a).getStatus());
                assertEquals("staff-" + i, line(a).findDecidedBy().orElseThrow());
                assertEquals(at(10 + i), line(a).findDecidedAt().orElseThrow());
                if (i < order.size() - 1) {
                    assertEquals(ApplicationStatus.IN_REVIEW, app.getStatus());
                    assertTrue(app.findFinishedAt().isEmpty());
                }
            }
            assertEquals(ApplicationStatus.APPROVED, app.getStatus());
            assertEquals(at(13), app.findFinishedAt().orElseThrow());
            assertTrue(app.findActionableLine().isEmpty());
            assertEquals(order, doctor.getMemberships().stream().map(Membership::getAssociation).toList());
            assertEquals(List.of(A2_B, B, A1, A1), doctor.getMemberships().stream().map(Membership::getCategory).toList());
            assertSame(jma, doctor.findNationalMembership().orElseThrow().getAssociation());
        }

        @Test
        @DisplayName("a line cannot be decided twice (application.line.decided)")
        void decidedTwice() {
            app.approve(aoba, "aoba-staff", at(2));
            refused("application.line.decided", () -> app.approve(aoba, "aoba-staff", at(3)));
            refused("application.line.decided", () -> app.reject(aoba, "aoba-staff", at(3), "理由"));
            refused("application.line.decided", () -> app.returnForCorrection(aoba, "aoba-staff", at(3), "理由"));
            assertEquals(1, doctor.getMemberships().size());
            assertEquals(at(2), line(aoba).findDecidedAt().orElseThrow());
        }

        @Test
        @DisplayName("when the doctor can no longer join (JMA elsewhere meanwhile) the line stays pending")
        void joinRefused() {
            Application other = Application.admission(doctor, sapporoHospital, "key-2", T0);
            Map<Association, MemberCategory> sel = new LinkedHashMap<>();
            sel.put(sapporo, A1);
            sel.put(hokkaido, A1);
            sel.put(jma, A1);
            other.plan(sel, START);
            other.submit(MEMBER, at(1));
            other.approve(sapporo, "s", at(2));
            other.approve(hokkaido, "h", at(3));
            other.approve(jma, "j", at(4));

            app.approve(aoba, "a", at(5));
            app.approve(yokohama, "y", at(6));
            app.approve(kanagawa, "k", at(7));
            refused("membership.national.once", () -> app.approve(jma, "j", at(8)));
            assertEquals(LineStatus.PENDING, line(jma).getStatus());
            assertEquals(ApplicationStatus.IN_REVIEW, app.getStatus());
            assertEquals(4, app.getEvents().size(), "no APPROVED event for the refused line");
            assertSame(sapporoHospital, doctor.findNationalMembership().orElseThrow().getFacility());
        }
    }

    @Nested
    @DisplayName("reject()")
    class Reject {

        @BeforeEach
        void submit() {
            submitted();
        }

        @Test
        @DisplayName("needs a reason (decision.reason.required); blank counts as none")
        void needsReason() {
            refused("decision.reason.required", "reason", () -> app.reject(aoba, "s", at(2), null));
            refused("decision.reason.required", "reason", () -> app.reject(aoba, "s", at(2), "  \t "));
            assertEquals(ApplicationStatus.IN_REVIEW, app.getStatus());
            assertEquals(LineStatus.PENDING, line(aoba).getStatus());
        }

        @Test
        @DisplayName("a reason longer than 1000 characters is refused (decision.reason.tooLong)")
        void reasonTooLong() {
            MamisException e = refused("decision.reason.tooLong", "reason", () -> app.reject(aoba, "s", at(2), "あ".repeat(1001)));
            assertArrayEquals(new Object[] {1000}, e.getArgs());
            app.reject(aoba, "s", at(2), "あ".repeat(1000));
            assertEquals(ApplicationStatus.REJECTED, app.getStatus());
        }

        @Test
        @DisplayName("closes every line above, keeps approved lines below and their memberships")
        void rejectMiddle() {
            Membership ward = app.approve(aoba, "aoba-staff", at(2)).get(0);
            app.reject(yokohama, "yokohama-staff", at(3), "  書類不備  ");

            assertEquals(ApplicationStatus.REJECTED, app.getStatus());
            assertEquals(at(3), app.findFinishedAt().orElseThrow());
            assertEquals(LineStatus.APPROVED, line(aoba).getStatus());
            assertEquals(LineStatus.REJECTED, line(yokohama).getStatus());
            assertEquals("書類不備", line(yokohama).findReason().orElseThrow(), "the reason is stored stripped");
            assertEquals("yokohama-staff", line(yokohama).findDecidedBy().orElseThrow());
            assertEquals(LineStatus.CLOSED, line(kanagawa).getStatus());
            assertEquals(LineStatus.CLOSED, line(jma).getStatus());
            assertTrue(line(jma).findReason().isEmpty());

            assertEquals(List.of(ward), doctor.getMemberships());
            assertEquals(MembershipStatus.ACTIVE, ward.getStatus());
            assertTrue(app.findActionableLine().isEmpty());
            refused("application.line.decided", () -> app.approve(kanagawa, "kanagawa-staff", at(4)));
        }

        @Test
        @DisplayName("rejecting the lowest line closes all others")
        void rejectLowest() {
            app.reject(aoba, "aoba-staff", at(2), "対象外");
            assertEquals(LineStatus.REJECTED, line(aoba).getStatus());
            for (Association a : List.of(yokohama, kanagawa, jma)) {
                assertEquals(LineStatus.CLOSED, line(a).getStatus(), a.getName());
            }
            assertTrue(doctor.getMemberships().isEmpty());
            assertTrue(app.isRoutedTo(jma), "nothing is lost: the closed lines' associations still see it");
        }
    }

    @Nested
    @DisplayName("returnForCorrection() and resubmit()")
    class Return {

        @BeforeEach
        void submitAndApproveWard() {
            submitted();
            app.approve(aoba, "aoba-staff", at(2));
        }

        @Test
        @DisplayName("needs a reason")
        void needsReason() {
            refused("decision.reason.required", "reason", () -> app.returnForCorrection(yokohama, "y", at(3), ""));
            assertEquals(ApplicationStatus.IN_REVIEW, app.getStatus());
        }

        @Test
        @DisplayName("RETURNED: nothing is actionable and no line can be decided")
        void returned() {
            app.returnForCorrection(yokohama, "yokohama-staff", at(3), "区分を確認してください");
            assertEquals(ApplicationStatus.RETURNED, app.getStatus());
            assertTrue(app.findActionableLine().isEmpty());
            assertFalse(app.isActionableFor(yokohama));
            assertEquals(LineStatus.PENDING, line(yokohama).getStatus(), "a return is no decision on the line");
            assertTrue(app.findFinishedAt().isEmpty());
            assertTrue(app.isRoutedTo(yokohama));

            assertThrows(MamisException.class, () -> app.approve(yokohama, "yokohama-staff", at(4)));
            assertThrows(MamisException.class, () -> app.reject(yokohama, "yokohama-staff", at(4), "理由"));
            assertEquals(LineStatus.PENDING, line(yokohama).getStatus());
            assertEquals(1, doctor.getMemberships().size());
            refused("application.notDraft", () -> app.submit(MEMBER, at(4)));
        }

        @Test
        @DisplayName("plan() may then change the categories of pending lines only")
        void planCategories() {
            app.returnForCorrection(yokohama, "yokohama-staff", at(3), "区分を確認してください");
            Map<Association, MemberCategory> corrected = new LinkedHashMap<>();
            corrected.put(aoba, A1);
            corrected.put(yokohama, A1);
            corrected.put(kanagawa, A2_B);
            corrected.put(jma, A2_B);
            app.plan(corrected, START);

            assertEquals(A2_B, line(aoba).getCategory(), "an approved line keeps its category");
            assertEquals(A1, line(yokohama).getCategory());
            assertEquals(A2_B, line(kanagawa).getCategory());
            assertEquals(A2_B, line(jma).getCategory());
            assertEquals(List.of(aoba, yokohama, kanagawa, jma), app.getLines().stream().map(ApplicationLine::getAssociation).toList());
            assertEquals(A2_B, doctor.getMemberships().get(0).getCategory());
        }

        @Test
        @DisplayName("plan() cannot change the set of associations (application.returned.associationsFixed)")
        void planAssociationsFixed() {
            app.returnForCorrection(yokohama, "yokohama-staff", at(3), "理由");
            Map<Association, MemberCategory> fewer = new LinkedHashMap<>();
            fewer.put(aoba, A2_B);
            fewer.put(yokohama, A1);
            refused("application.returned.associationsFixed", "associations", () -> app.plan(fewer, START));

            Map<Association, MemberCategory> more = new LinkedHashMap<>(fullChain());
            more.put(sapporo, A1);
            refused("application.returned.associationsFixed", "associations", () -> app.plan(more, START));

            assertEquals(4, app.getLines().size());
            assertEquals(B, line(yokohama).getCategory());
        }

        @Test
        @DisplayName("attachments may be added while returned")
        void attachWhileReturned() {
            app.returnForCorrection(yokohama, "yokohama-staff", at(3), "免許証を添付してください");
            ApplicationAttachment a = attach(Set.of(yokohama));
            assertEquals(List.of(a), app.getAttachments());
        }

        @Test
        @DisplayName("resubmit() puts it back IN_REVIEW with the same line actionable")
        void resubmit() {
            app.returnForCorrection(yokohama, "yokohama-staff", at(3), "理由");
            app.resubmit(MEMBER, at(4));
            assertEquals(ApplicationStatus.IN_REVIEW, app.getStatus());
            assertSame(line(yokohama), app.findActionableLine().orElseThrow());
            assertEquals(at(1), app.findSubmittedAt().orElseThrow(), "the first submission time is kept");
            Membership m = app.approve(yokohama, "yokohama-staff", at(5)).get(0);
            assertSame(yokohama, m.getAssociation());
        }

        @Test
        @DisplayName("resubmit() needs a returned application (application.notReturned) and a start date")
        void resubmitOnlyReturned() {
            refused("application.notReturned", () -> app.resubmit(MEMBER, at(3)));
            app.returnForCorrection(yokohama, "yokohama-staff", at(3), "理由");
            refused("application.returned.startDateFixed", "startDate", () -> app.plan(fullChain(), null));
            assertEquals(ApplicationStatus.RETURNED, app.getStatus());
        }
    }

    @Nested
    @DisplayName("cancel()")
    class Cancel {

        @Test
        @DisplayName("isEditable and isCancellable tell the screens what cancel() and plan() allow")
        void flagsFollowTheRules() {
            assertTrue(app.isEditable());
            assertTrue(app.isCancellable());
            submitted();
            assertFalse(app.isEditable());
            assertTrue(app.isCancellable());
            app.approve(aoba, "aoba-staff", at(2));
            assertFalse(app.isCancellable(), "not after the first approval");
        }

        @Test
        @DisplayName("before any approval: every line CLOSED, status CANCELLED")
        void beforeApproval() {
            submitted();
            app.cancel(MEMBER, at(2));
            assertEquals(ApplicationStatus.CANCELLED, app.getStatus());
            assertEquals(at(2), app.findFinishedAt().orElseThrow());
            for (ApplicationLine l : app.getLines()) {
                assertEquals(LineStatus.CLOSED, l.getStatus(), l.getAssociation().getName());
                assertEquals(MEMBER, l.findDecidedBy().orElseThrow());
            }
            assertTrue(app.findActionableLine().isEmpty());
            refused("application.line.decided", () -> app.approve(aoba, "aoba-staff", at(3)));
            assertTrue(doctor.getMemberships().isEmpty());
            assertEquals(EventKind.CANCELLED, app.getEvents().get(app.getEvents().size() - 1).getKind());
        }

        @Test
        @DisplayName("a draft and a returned application can be cancelled too")
        void draftAndReturned() {
            app.plan(fullChain(), START);
            app.cancel(MEMBER, at(1));
            assertEquals(ApplicationStatus.CANCELLED, app.getStatus());

            Application other = Application.admission(doctor, clinic, "key-2", T0);
            other.plan(fullChain(), START);
            other.submit(MEMBER, at(1));
            other.returnForCorrection(aoba, "aoba-staff", at(2), "理由");
            other.cancel(MEMBER, at(3));
            assertEquals(ApplicationStatus.CANCELLED, other.getStatus());
        }

        @Test
        @DisplayName("after one approval is refused (application.cancel.afterApproval)")
        void afterApproval() {
            submitted();
            app.approve(aoba, "aoba-staff", at(2));
            refused("application.cancel.afterApproval", () -> app.cancel(MEMBER, at(3)));
            assertEquals(ApplicationStatus.IN_REVIEW, app.getStatus());
            assertEquals(LineStatus.PENDING, line(yokohama).getStatus());
            assertSame(line(yokohama), app.findActionableLine().orElseThrow());
        }

        @Test
        @DisplayName("a finished application cannot be cancelled (application.closed)")
        void closed() {
            submitted();
            app.cancel(MEMBER, at(2));
            refused("application.closed", () -> app.cancel(MEMBER, at(3)));

            Application rejected = Application.admission(doctor, clinic, "key-2", T0);
            rejected.plan(fullChain(), START);
            rejected.submit(MEMBER, at(1));
            rejected.reject(aoba, "aoba-staff", at(2), "理由");
            refused("application.closed", () -> rejected.cancel(MEMBER, at(3)));
            assertEquals(LineStatus.REJECTED, rejected.findLine(aoba).orElseThrow().getStatus());
        }
    }

    @Nested
    @DisplayName("post(): the message thread")
    class Post {

        @Test
        @DisplayName("nobody can post on a draft (application.notSubmitted)")
        void draft() {
            app.plan(fullChain(), START);
            refused("application.notSubmitted", () -> app.post(MEMBER, null, "質問です", at(1)));
            refused("application.notSubmitted", () -> app.post("aoba-staff", aoba, "質問です", at(1)));
            assertTrue(app.getMessages().isEmpty());
        }

        @Test
        @DisplayName("the applicant may post after submit; the text is stripped")
        void applicant() {
            submitted();
            ApplicationMessage m = app.post(MEMBER, null, "  よろしくお願いします\n", at(2));
            assertEquals("よろしくお願いします", m.getBody());
            assertEquals(MEMBER, m.getAuthor());
            assertTrue(m.findAssociation().isEmpty());
            assertEquals(at(2), m.getSentAt());
            assertEquals(List.of(m), app.getMessages());
        }

        @Test
        @DisplayName("staff of any association with a line may post, even before its turn")
        void staff() {
            submitted();
            ApplicationMessage m = app.post("jma-staff", jma, "確認中です", at(2));
            assertSame(jma, m.findAssociation().orElseThrow());
        }

        @Test
        @DisplayName("staff of an association without a line are refused (application.notFound)")
        void staffWithoutLine() {
            submitted();
            refused("application.notFound", () -> app.post("sapporo-staff", sapporo, "確認中です", at(2)));
            assertTrue(app.getMessages().isEmpty());
        }

        @Test
        @DisplayName("an empty or blank message is refused (message.required)")
        void empty() {
            submitted();
            refused("message.required", "message", () -> app.post(MEMBER, null, null, at(2)));
            refused("message.required", "message", () -> app.post(MEMBER, null, "", at(2)));
            refused("message.required", "message", () -> app.post(MEMBER, null, " \n\t ", at(2)));
            assertTrue(app.getMessages().isEmpty());
        }

        @Test
        @DisplayName("at most MAX_LENGTH characters after stripping (message.tooLong)")
        void tooLong() {
            submitted();
            int max = ApplicationMessage.MAX_LENGTH;
            MamisException e = refused("message.tooLong", "message", () -> app.post(MEMBER, null, "あ".repeat(max + 1), at(2)));
            assertArrayEquals(new Object[] {max}, e.getArgs());
            app.post(MEMBER, null, "  " + "あ".repeat(max) + "  ", at(3));
            assertEquals(max, app.getMessages().get(0).getBody().length());
        }
    }

    @Nested
    @DisplayName("attach(): documents of the draft")
    class Attach {

        @BeforeEach
        void plan() {
            app.plan(fullChain(), START);
        }

        @Test
        @DisplayName("adds an attachment visible to the chosen associations")
        void attaches() {
            ApplicationAttachment a = app.attach(DocumentKind.RESUME, "C:\\Users\\doc\\履歴書.pdf", FileType.PDF, 2048, SHA,
                    "stored-1", at(0), Set.of(aoba, yokohama));
            assertEquals(List.of(a), app.getAttachments());
            assertSame(app, a.getApplication());
            assertEquals(DocumentKind.RESUME, a.getKind());
            assertEquals("履歴書.pdf", a.getOriginalName());
            assertEquals(Set.of(aoba, yokohama), a.getVisibleTo());
            assertTrue(a.isVisibleTo(aoba));
            assertFalse(a.isVisibleTo(jma));
        }

        @Test
        @DisplayName("refused after submit (application.notEditable)")
        void afterSubmit() {
            app.submit(MEMBER, at(1));
            refused("application.notEditable", () -> attach(Set.of(aoba)));
            refused("application.notEditable", () -> app.detach(1L));
            assertTrue(app.getAttachments().isEmpty());
        }

        @Test
        @DisplayName("visibility must be a non-empty subset of the application's associations")
        void visibility() {
            refused("attachment.visibility.invalid", "attachment", () -> attach(Set.of()));
            refused("attachment.visibility.invalid", "attachment", () -> attach(Set.of(sapporo)));
            refused("attachment.visibility.invalid", "attachment", () -> attach(Set.of(aoba, sapporo)));
            assertTrue(app.getAttachments().isEmpty());
            attach(Set.of(aoba, yokohama, kanagawa, jma));
            assertEquals(1, app.getAttachments().size());
        }

        @Test
        @DisplayName("before any plan there is no association to show it to")
        void noLines() {
            Application empty = Application.admission(doctor, clinic, "key-2", T0);
            MamisException e = assertThrows(MamisException.class, () -> empty.attach(DocumentKind.LICENSE, "a.pdf",
                    FileType.PDF, 1, SHA, "s", at(0), Set.of(aoba)));
            assertEquals("attachment.visibility.invalid", e.getKey());
        }

        @Test
        @DisplayName("at most MAX_ATTACHMENTS (attachment.tooMany)")
        void tooMany() {
            for (int i = 0; i < Application.MAX_ATTACHMENTS; i++) {
                attach(Set.of(aoba));
            }
            MamisException e = refused("attachment.tooMany", "attachment", () -> attach(Set.of(aoba)));
            assertArrayEquals(new Object[] {Application.MAX_ATTACHMENTS}, e.getArgs());
            assertEquals(Application.MAX_ATTACHMENTS, app.getAttachments().size());
        }

        @Test
        @DisplayName("the attachment keeps its own copy of the visibility set")
        void visibilityCopied() {
            Set<Association> chosen = new HashSet<>(Set.of(aoba));
            ApplicationAttachment a = attach(chosen);
            chosen.add(jma);
            assertFalse(a.isVisibleTo(jma));
        }
    }

    @Nested
    @DisplayName("history: events in order with actor, association and reason")
    class History {

        @Test
        @DisplayName("submit, approve, return, resubmit, approve, reject")
        void events() {
            submitted();
            app.approve(aoba, "aoba-staff", at(2));
            app.returnForCorrection(yokohama, "yokohama-staff", at(3), " 区分違い ");
            app.resubmit(MEMBER, at(4));
            app.approve(yokohama, "yokohama-staff", at(5));
            app.reject(kanagawa, "kanagawa-staff", at(6), "会費未納");

            List<ApplicationEvent> events = app.getEvents();
            assertEquals(List.of(EventKind.SUBMITTED, EventKind.APPROVED, EventKind.RETURNED, EventKind.RESUBMITTED,
                    EventKind.APPROVED, EventKind.REJECTED), events.stream().map(ApplicationEvent::getKind).toList());
            assertEquals(List.of(MEMBER, "aoba-staff", "yokohama-staff", MEMBER, "yokohama-staff", "kanagawa-staff"),
                    events.stream().map(ApplicationEvent::getActor).toList());
            assertEquals(List.of(at(1), at(2), at(3), at(4), at(5), at(6)),
                    events.stream().map(ApplicationEvent::getAt).toList());
            assertEquals(List.of(Optional.empty(), Optional.of(aoba), Optional.of(yokohama), Optional.empty(),
                    Optional.of(yokohama), Optional.of(kanagawa)), events.stream().map(ApplicationEvent::findAssociation).toList());
            assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of("区分違い"), Optional.empty(),
                    Optional.empty(), Optional.of("会費未納")), events.stream().map(ApplicationEvent::findReason).toList());

            assertEquals(ApplicationStatus.REJECTED, app.getStatus());
            assertEquals(LineStatus.APPROVED, line(aoba).getStatus());
            assertEquals(LineStatus.APPROVED, line(yokohama).getStatus());
            assertEquals(LineStatus.REJECTED, line(kanagawa).getStatus());
            assertEquals(LineStatus.CLOSED, line(jma).getStatus());
            assertEquals(2, doctor.getMemberships().size());
        }

        @Test
        @DisplayName("a cancel is recorded with the member as actor")
        void cancel() {
            submitted();
            app.cancel(MEMBER, at(2));
            ApplicationEvent last = app.getEvents().get(1);
            assertEquals(EventKind.CANCELLED, last.getKind());
            assertEquals(MEMBER, last.getActor());
            assertEquals(at(2), last.getAt());
            assertTrue(last.findAssociation().isEmpty());
        }

        @Test
        @DisplayName("lists cannot be changed from outside")
        void readOnly() {
            submitted();
            assertThrows(UnsupportedOperationException.class, () -> app.getEvents().clear());
            assertThrows(UnsupportedOperationException.class, () -> app.getLines().clear());
            assertThrows(UnsupportedOperationException.class, () -> app.getMessages().clear());
            assertThrows(UnsupportedOperationException.class, () -> app.getAttachments().clear());
        }
    }
}
