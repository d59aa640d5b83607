package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.regchange.FacilityChangeForm;
import jp.mamis.ejb.regchange.NameChangeForm;
import jp.mamis.ejb.regchange.RegistrationChangeService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 利用者登録情報の変更: the member's change of name (the current name offered as 旧姓・旧名) and of
 * facility; address and contacts are on 連絡先の変更. Each form carries the version it was read at.
 */
@Named
@ViewScoped
public class RegistrationChangeEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private RegistrationChangeService service;

    @Inject
    private ExternalContext external;

    private RegistrationChangeService.NameEdit nameEdit;
    private NameChangeForm nameForm;
    private RegistrationChangeService.FacilityEdit facilityEdit;
    private final FacilityChangeForm facilityForm = new FacilityChangeForm();
    /** "registered" or "new". */
    private String destination = "registered";
    private String prefecture;
    private List<RegistrationChangeService.FacilityOption> facilities = List.of();

    public void load() {
        if (nameEdit == null) {
            read();
        }
    }

    private void read() {
        nameEdit = service.nameForm();
        nameForm = nameEdit.form();
        facilityEdit = service.facilityGroups();
        if (!facilityEdit.groups().isEmpty()) {
            RegistrationChangeService.FacilityGroup first = facilityEdit.groups().get(0);
            facilityForm.setFromFacilityId(first.facilityId());
            prefecture = first.prefectureCode();
            facilityForm.setNewFacilityPrefecture(prefecture);
            loadFacilities();
        }
    }

    /** Puts the current name into the 旧姓・旧名 fields. */
    public void offerCurrentAsFormer() {
        String[] kanji = nameEdit.currentName().split(" ", 2);
        String[] kana = nameEdit.currentNameKana().split(" ", 2);
        nameForm.former(new PersonName(kanji[0], kanji.length > 1 ? kanji[1] : "", kana[0], kana.length > 1 ? kana[1] : ""));
    }

    public void saveName() throws IOException {
        try {
            String status = service.changeName(nameForm, nameEdit.version());
            Messages.info("PENDING_APPROVAL".equals(status) ? "regchange.name.pendingSaved" : "regchange.name.applied");
            toMyPage();
        } catch (MamisException e) {
            Messages.error("nameForm", e);
        }
    }

    public void loadFacilities() {
        facilities = prefecture == null || prefecture.isEmpty() ? List.of() : service.facilities(prefecture);
        facilityForm.setNewFacilityPrefecture(prefecture);
    }

    public void saveFacility() throws IOException {
        try {
            if ("new".equals(destination)) {
                facilityForm.setToFacilityId(null);
            } else {
                facilityForm.setNewFacilityName(null);
            }
            service.changeFacility(facilityForm, facilityEdit.version());
            Messages.info("regchange.facility.saved");
            toMyPage();
        } catch (MamisException e) {
            Messages.error("facilityForm", e);
        }
    }

    private void toMyPage() throws IOException {
        Messages.keepOverRedirect();
        external.redirect(external.getRequestContextPath() + "/member/mypage.xhtml");
    }

    public Prefecture[] getPrefectures() { return Prefecture.values(); }
    public RegistrationChangeService.NameEdit getNameEdit() { return nameEdit; }
    public NameChangeForm getNameForm() { return nameForm; }
    public RegistrationChangeService.FacilityEdit getFacilityEdit() { return facilityEdit; }
    public FacilityChangeForm getFacilityForm() { return facilityForm; }
    public List<RegistrationChangeService.FacilityOption> getFacilities() { return facilities; }
    public String getDestination() { return destination; }
    public void setDestination(String v) { destination = v; }
    public String getPrefecture() { return prefecture; }
    public void setPrefecture(String v) { prefecture = v; }
}
