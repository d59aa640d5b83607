package jp.mamis.ejb.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.mypage.MyPageService;
import jp.mamis.ejb.regchange.ChangeView;
import jp.mamis.ejb.regchange.FacilityChangeForm;
import jp.mamis.ejb.regchange.NameChangeForm;
import jp.mamis.ejb.regchange.RegistrationChangeService;
import jp.mamis.ejb.registration.ContactForm;
import jp.mamis.ejb.registration.RegistrationForm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 登録情報の変更 inside Payara Micro: who sees a change, approval and rejection, conflicts, access refused and logged. */
@ExtendWith(ArquillianExtension.class)
class RegistrationChangeServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    RegistrationChangeService service;

    @Inject
    MyPageService myPage;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Inject
    RegistrationChangeFixture data;

    /** A member of ward A → city → 神奈川県 → JMA, signed in. */
    private record Member(Fixture.World world, RegistrationForm form) {
        String number() {
            return form.getRegistrationNumber();
        }
    }

    private Member member() {
        Fixture.World w = fixture.world();
        RegistrationForm m = fixture.newMember();
        data.joinWardAChain(w, m.getRegistrationNumber());
        security.signIn(m.getLoginId(), Fixture.PASSWORD);
        return new Member(w, m);
    }

    private void asMember(Member m) {
        security.signIn(m.form().getLoginId(), Fixture.PASSWORD);
    }

    private void asStaff(Member m, long association) {
        security.signInStaff(m.world().op().get(association));
    }

    /** 試験 花子 marries: 佐藤 花子, keeping 試験 花子 as 旧姓 for mail. */
    private NameChangeForm married(RegistrationChangeService.NameEdit edit) {
        NameChangeForm f = edit.form();
        f.setFamilyName("佐藤");
        f.setFamilyKana("さとう"); // hiragana becomes katakana, as on registration
        f.setFormerFamilyName("試験");
        f.setFormerGivenName("花子");
        f.setFormerFamilyKana("シケン");
        f.setFormerGivenKana("ハナコ");
        f.setUseFormerNameOnMail(true);
        return f;
    }

    private String storedName(Member m) {
        return (String) fixture.single("select family_name || ' ' || given_name || '/' || family_kana || '/'"
                + " || coalesce(former_family_name, '-') || '/' || use_former_name_on_mail from doctor where registration_number = ?1",
                m.number());
    }

    private Optional<ChangeView> listed(long association, Member m, long id) {
        asStaff(m, association);
        return service.changesOfMembers(false).stream().filter(c -> c.id() == id).findFirst();
    }

    private long newestChangeId(Member m) {
        asMember(m);
        return service.myChanges().get(0).id();
    }

    @Test
    void aContactChangeIsSeenByEveryCurrentAssociationAndByNoOther() {
        Member m = member();
        MyPageService.ContactEdit edit = myPage.contactForm();
        ContactForm form = edit.form();
        form.setStreet("山下町2-2");
        form.setMobile("０９０－１２３４－５６７８");
        myPage.updateContact(form, edit.version());
        long id = newestChangeId(m);
        ChangeView mine = service.myChanges().get(0);
        assertEquals("CONTACT", mine.kind());
        assertEquals("APPLIED", mine.status());
        assertEquals("自宅現住所 231-0023 神奈川県横浜市中区山下町1-1; 携帯電話番号 -", mine.before());
        assertEquals("自宅現住所 231-0023 神奈川県横浜市中区山下町2-2; 携帯電話番号 090-1234-5678", mine.after());

        Fixture.World w = m.world();
        for (long a : new long[] {w.wardA(), w.city(), w.prefecture(), w.jma()}) {
            ChangeView seen = listed(a, m, id).orElseThrow(() -> new AssertionError("association " + a + " does not see it"));
            assertEquals("INFORMED", seen.ownLine());
            assertFalse(seen.awaitsMe());
            assertEquals("試験 花子", seen.memberName());
            assertEquals(1L, fixture.count("access_log", "action = 'VIEW_REG_CHANGE' and association_id = " + a
                    + " and actor = ?1", w.op().get(a)));
        }
        assertTrue(listed(w.wardB(), m, id).isEmpty(), "ward B is not the member's association");
    }

    @Test
    void anotherAssociationAskingByIdGetsNotFoundAndTheAttemptIsLogged() {
        Member m = member();
        MyPageService.ContactEdit edit = myPage.contactForm();
        edit.form().setTel("045-111-2222");
        myPage.updateContact(edit.form(), edit.version());
        long id = newestChangeId(m);
        Fixture.World w = m.world();

        asStaff(m, w.wardB());
        assertEquals("regchange.notFound", assertThrows(MamisException.class, () -> service.detail(id)).getKey());
        assertEquals("regchange.notFound", assertThrows(MamisException.class, () -> service.approve(id, 0)).getKey());
        assertEquals("regchange.notFound", assertThrows(MamisException.class, () -> service.reject(id, 0, "他会")).getKey());
        assertEquals("regchange.notFound", assertThrows(MamisException.class, () -> service.detail(Long.MAX_VALUE)).getKey());
        assertEquals(4L, fixture.count("access_log", "action = 'DENIED' and detail like 'registration change %' and actor = ?1",
                w.op().get(w.wardB())));

        asStaff(m, w.wardA());
        assertEquals("045-111-2222", service.detail(id).after().replace("TEL ", ""));
        assertEquals(1L, fixture.count("access_log", "action = 'VIEW_REG_CHANGE' and detail = 'registration change " + id
                + "' and actor = ?1", w.op().get(w.wardA())));

        asMember(m);
        assertThrows(EJBAccessException.class, () -> service.changesOfMembers(false), "a member is no secretariat");
    }

    @Test
    void aNameChangeWaitsForEveryAssociationThatApprovesThenTakesEffect() throws Exception {
        Member m = member();
        Fixture.World w = m.world();
        data.approvesNameChanges(w.city());
        data.approvesNameChanges(w.wardA());
        asMember(m);
        String before = storedName(m);

        assertEquals("PENDING_APPROVAL", service.changeName(married(service.nameForm()), service.nameForm().version()));
        assertEquals(before, storedName(m), "nothing changes before the approvals");
        ChangeView pending = service.nameForm().pending();
        assertEquals("PENDING_APPROVAL", pending.status());
        assertEquals("regchange.name.pending", assertThrows(MamisException.class,
                () -> service.changeName(married(service.nameForm()), service.nameForm().version())).getKey());
        assertTrue(MailBox.of(w.office().get(w.city()), 1).get(0).subject().contains("承認待ち"));
        assertEquals(1, MailBox.of(w.office().get(w.wardA()), 1).size());
        assertTrue(MailBox.of(w.office().get(w.prefecture()), 0).stream().noneMatch(x -> x.body().contains(m.number())),
                "神奈川県 only sees it");

        long id = pending.id();
        asStaff(m, w.prefecture());
        ChangeView atPrefecture = service.detail(id);
        assertFalse(atPrefecture.awaitsMe());
        assertEquals("regchange.notYourApproval",
                assertThrows(MamisException.class, () -> service.approve(id, atPrefecture.version())).getKey());

        asStaff(m, w.city());
        assertTrue(service.changesOfMembers(true).stream().anyMatch(c -> c.id() == id), "in the city's 承認待ち list");
        service.approve(id, service.detail(id).version());
        assertEquals(before, storedName(m), "ward A has not approved yet");
        assertTrue(service.changesOfMembers(true).stream().noneMatch(c -> c.id() == id));

        security.signInStaff(w.viewerWardA());
        long v = service.detail(id).version();
        assertThrows(EJBAccessException.class, () -> service.approve(id, v), "a viewer may see but not decide");

        asStaff(m, w.wardA());
        service.approve(id, service.detail(id).version());
        assertEquals("佐藤 花子/サトウ/試験/true", storedName(m));
        assertEquals("APPROVED", service.detail(id).status());
        assertEquals(2L, fixture.count("access_log", "action = 'APPROVE' and doctor_id = (select id from doctor where"
                + " registration_number = ?1)", m.number()));
        var mails = MailBox.of(m.form().getContact().getEmail(), 2);
        assertEquals(2, mails.size(), "registered, then one mail when the change took effect");
        assertTrue(mails.get(1).subject().contains("承認されました"));
        assertTrue(mails.get(1).body().contains("佐藤 花子（サトウ ハナコ）"));
    }

    @Test
    void aRejectionLeavesTheNameUntouchedAndTellsTheMemberWhy() throws Exception {
        Member m = member();
        Fixture.World w = m.world();
        data.approvesNameChanges(w.city());
        asMember(m);
        String before = storedName(m);
        service.changeName(married(service.nameForm()), service.nameForm().version());
        long id = service.nameForm().pending().id();

        asStaff(m, w.city());
        MamisException noReason = assertThrows(MamisException.class, () -> service.reject(id, service.detail(id).version(), " "));
        assertEquals("reason", noReason.findField().orElseThrow());
        service.reject(id, service.detail(id).version(), "戸籍抄本の写しを添えてください");

        assertEquals(before, storedName(m));
        ChangeView rejected = service.detail(id);
        assertEquals("REJECTED", rejected.status());
        assertEquals("戸籍抄本の写しを添えてください", rejected.reason());
        assertTrue(MailBox.of(m.form().getContact().getEmail(), 2).get(1).body().contains("戸籍抄本の写しを添えてください"));

        asMember(m);
        assertNull(service.nameForm().pending());
        assertEquals("PENDING_APPROVAL", service.changeName(married(service.nameForm()), service.nameForm().version()),
                "it can be reported again");
    }

    @Test
    void aFormReadBeforeAnotherSaveIsRefusedAsAConflict() {
        Member m = member();
        RegistrationChangeService.NameEdit nameEdit = service.nameForm();
        MyPageService.ContactEdit contactEdit = myPage.contactForm();
        RegistrationChangeService.FacilityEdit facilityEdit = service.facilityGroups();
        assertEquals(nameEdit.version(), contactEdit.version());

        // no association approves here: the name changes at once
        assertEquals("APPLIED", service.changeName(married(nameEdit), nameEdit.version()));
        contactEdit.form().setTel("045-999-9999");
        assertEquals("edit.conflict", assertThrows(MamisException.class,
                () -> myPage.updateContact(contactEdit.form(), contactEdit.version())).getKey());
        FacilityChangeForm move = new FacilityChangeForm();
        move.setFromFacilityId(facilityEdit.groups().get(0).facilityId());
        move.setNewFacilityName("IT新病院" + m.number());
        move.setNewFacilityPrefecture("14");
        assertEquals("edit.conflict", assertThrows(MamisException.class,
                () -> service.changeFacility(move, facilityEdit.version())).getKey());
        NameChangeForm again = married(nameEdit);
        again.setGivenName("華子");
        assertEquals("edit.conflict", assertThrows(MamisException.class, () -> service.changeName(again, nameEdit.version())).getKey());
        assertEquals("佐藤 花子/サトウ/試験/true", storedName(m), "the first save stands");
        assertEquals("045-000-0000", fixture.single("select tel from doctor where registration_number = ?1", m.number()));

        // a pending change moves the version on too, and a decision on an outdated page is refused
        Fixture.World w = m.world();
        data.approvesNameChanges(w.city());
        RegistrationChangeService.NameEdit fresh = service.nameForm();
        MyPageService.ContactEdit contactBefore = myPage.contactForm();
        NameChangeForm back = fresh.form();
        back.setFamilyName("試験");
        back.setFamilyKana("シケン");
        service.changeName(back, fresh.version());
        assertEquals("edit.conflict", assertThrows(MamisException.class,
                () -> myPage.updateContact(contactBefore.form(), contactBefore.version())).getKey());
        long id = service.nameForm().pending().id();
        asStaff(m, w.city());
        long read = service.detail(id).version();
        security.signInStaff(w.adminCity());
        service.approve(id, service.detail(id).version());
        asStaff(m, w.city());
        assertEquals("regchange.conflict", assertThrows(MamisException.class, () -> service.reject(id, read, "遅い")).getKey());
        assertEquals("APPROVED", service.detail(id).status());
    }

    @Test
    void aFacilityChangeMovesTheChainKeepingJoinDatesAndRecordsIt() {
        Member m = member();
        RegistrationChangeService.FacilityEdit edit = service.facilityGroups();
        assertEquals(1, edit.groups().size());
        RegistrationChangeService.FacilityGroup group = edit.groups().get(0);
        assertTrue(group.associations().startsWith("IT市A区医師会"));

        FacilityChangeForm form = new FacilityChangeForm();
        form.setFromFacilityId(group.facilityId());
        form.setNewFacilityName("IT病院（新築移転）" + m.number());
        form.setNewFacilityPrefecture("14");
        service.changeFacility(form, edit.version());

        String where = "m.doctor_id = (select id from doctor where registration_number = ?1)";
        assertEquals(4L, fixture.count("membership m join facility f on f.id = m.facility_id",
                where + " and m.status = 'ACTIVE' and f.name like 'IT病院（新築移転）%'", m.number()));
        assertEquals(1L, fixture.count("membership m", where + " and m.join_date is null", m.number()));
        assertEquals(1L, fixture.count("membership m", where + " and m.join_date = date '2020-06-01'", m.number()));
        assertEquals(4L, fixture.count("membership_event e join membership m on m.id = e.membership_id",
                where + " and e.kind = 'FACILITY_CHANGED' and e.cause = 'REGISTRATION_CHANGE' and e.facility_before = '"
                        + group.facilityName() + "'", m.number()));

        ChangeView change = service.myChanges().get(0);
        assertEquals("FACILITY", change.kind());
        assertTrue(change.after().startsWith("所属施設 IT病院（新築移転）"));
        assertEquals(List.of("INFORMED", "INFORMED", "INFORMED", "INFORMED"),
                change.lines().stream().map(ChangeView.Line::status).toList());

        FacilityChangeForm same = new FacilityChangeForm();
        same.setFromFacilityId(group.facilityId());
        same.setToFacilityId(group.facilityId());
        assertEquals("regchange.facility.notYours", assertThrows(MamisException.class,
                () -> service.changeFacility(same, service.facilityGroups().version())).getKey(),
                "nothing goes through the old facility any more");
    }
}
