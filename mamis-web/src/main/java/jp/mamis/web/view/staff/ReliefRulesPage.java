package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.fee.AnnouncementCondition;
import jp.mamis.domain.fee.ReliefKind;
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.fee.WithdrawalAnnouncement;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.fee.ReliefRulesService;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.MonthDay;
import java.util.List;

/**
 * 会費減免・退会時のお知らせ: the caller's association's relief rules and withdrawal
 * announcements, next to the admission rules page. Everyone on the staff reads them; the
 * association admin adds, edits (one at a time, in the form below the lists) and removes them.
 */
@Named
@ViewScoped
public class ReliefRulesPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ReliefRulesService service;

    @Inject
    private SecurityContext security;

    private ReliefRulesService.SettingsView view;

    // the relief rule being edited (id null = a new one)
    private Long ruleId;
    private long ruleVersion;
    private ReliefKind kind = ReliefKind.GRADUATION_YEARS;
    private Integer number;
    private MemberCategory category;
    /** MM/dd or empty. */
    private String referenceDay;
    private String label;
    private String description;

    // the announcement being edited
    private Long announcementId;
    private long announcementVersion;
    private AnnouncementCondition condition = AnnouncementCondition.ALWAYS;
    private Integer announcementNumber;
    private String text;

    public void load() {
        if (view == null) {
            view = service.view();
        }
    }

    public void editRule(ReliefRulesService.RuleRow r) {
        ruleId = r.id();
        ruleVersion = r.version();
        ReliefRule.Settings s = r.settings();
        kind = s.kind();
        number = s.number();
        category = s.category();
        referenceDay = s.referenceDay() == null ? null : String.format("%02d/%02d", s.referenceDay().getMonthValue(), s.referenceDay().getDayOfMonth());
        label = s.label();
        description = s.description();
    }

    public void newRule() {
        ruleId = null;
        ruleVersion = 0;
        kind = ReliefKind.GRADUATION_YEARS;
        number = null;
        category = null;
        referenceDay = null;
        label = null;
        description = null;
    }

    public void saveRule() {
        try {
            MonthDay day = parseDay(referenceDay);
            service.saveRule(ruleId, new ReliefRule.Settings(kind, number, category, day, label, description), ruleVersion);
            view = service.view();
            newRule();
            Messages.info("relief.saved");
        } catch (MamisException e) {
            Messages.error("ruleForm", e);
        }
    }

    public void removeRule(ReliefRulesService.RuleRow r) {
        try {
            service.removeRule(r.id(), r.version());
            view = service.view();
            Messages.info("relief.removed");
        } catch (MamisException e) {
            Messages.error("ruleForm", e);
        }
    }

    private static MonthDay parseDay(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] p = text.strip().split("[/-]");
            return MonthDay.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw MamisException.forField("referenceDay", "relief.referenceDay.invalid");
        }
    }

    public void editAnnouncement(ReliefRulesService.AnnouncementRow a) {
        announcementId = a.id();
        announcementVersion = a.version();
        WithdrawalAnnouncement.Settings s = a.settings();
        condition = s.condition();
        announcementNumber = s.number();
        text = s.text();
    }

    public void newAnnouncement() {
        announcementId = null;
        announcementVersion = 0;
        condition = AnnouncementCondition.ALWAYS;
        announcementNumber = null;
        text = null;
    }

    public void saveAnnouncement() {
        try {
            service.saveAnnouncement(announcementId, new WithdrawalAnnouncement.Settings(condition, announcementNumber, text),
                    announcementVersion);
            view = service.view();
            newAnnouncement();
            Messages.info("announcement.saved");
        } catch (MamisException e) {
            Messages.error("announcementForm", e);
        }
    }

    public void removeAnnouncement(ReliefRulesService.AnnouncementRow a) {
        try {
            service.removeAnnouncement(a.id(), a.version());
            view = service.view();
            Messages.info("relief.removed");
        } catch (MamisException e) {
            Messages.error("announcementForm", e);
        }
    }

    public boolean isEditable() {
        return security.isCallerInRole(Role.Groups.ADMIN);
    }

    public ReliefKind[] getKinds() { return ReliefKind.values(); }
    public AnnouncementCondition[] getConditions() { return AnnouncementCondition.values(); }
    public List<MemberCategory> getResidentCategories() { return List.of(MemberCategory.A2_C, MemberCategory.C); }
    public ReliefRulesService.SettingsView getView() { return view; }
    public Long getRuleId() { return ruleId; }
    public ReliefKind getKind() { return kind; }
    public void setKind(ReliefKind v) { kind = v; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer v) { number = v; }
    public MemberCategory getCategory() { return category; }
    public void setCategory(MemberCategory v) { category = v; }
    public String getReferenceDay() { return referenceDay; }
    public void setReferenceDay(String v) { referenceDay = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Long getAnnouncementId() { return announcementId; }
    public AnnouncementCondition getCondition() { return condition; }
    public void setCondition(AnnouncementCondition v) { condition = v; }
    public Integer getAnnouncementNumber() { return announcementNumber; }
    public void setAnnouncementNumber(Integer v) { announcementNumber = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
}
