package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.withdrawal.WithdrawalPlan;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.ejb.withdrawal.WithdrawalService;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 退会届: choose the chain and the pattern, read what the associations want said first, confirm.
 * Opened with {@code ?id=} for a withdrawal returned for correction, only the date can change.
 */
@Named
@ViewScoped
public class WithdrawalPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "withdrawalForm";

    @EJB
    private WithdrawalService service;

    @EJB
    private AdmissionService applications;

    private Long id;
    private String submissionKey;
    private List<WithdrawalService.Chain> chains = List.of();
    private Long facilityId;
    private WithdrawalPlan.Pattern pattern;
    private LocalDate leaveDate;
    private WithdrawalService.Preview preview;
    private boolean noticesRead;
    private boolean confirming;
    private ApplicationDetail returned;

    /** f:viewAction. */
    public void load() {
        if (submissionKey != null) {
            return;
        }
        submissionKey = UUID.randomUUID().toString();
        if (id != null) {
            returned = applications.myApplication(id);
            leaveDate = returned.requestedStartDate();
            return;
        }
        chains = service.chains();
        if (chains.size() == 1) {
            facilityId = chains.get(0).facilityId();
            pattern = WithdrawalPlan.Pattern.WHOLE_CHAIN;
            refresh();
        }
    }

    /** The chain, pattern or date changed: what would end and the announcements. */
    public void refresh() {
        preview = null;
        confirming = false;
        if (facilityId == null || pattern == null) {
            return;
        }
        if (getPatterns().stream().noneMatch(p -> p.equals(pattern.name()))) {
            pattern = WithdrawalPlan.Pattern.WHOLE_CHAIN;
        }
        try {
            preview = service.preview(facilityId, pattern, leaveDate);
        } catch (MamisException e) {
            Messages.error(FORM, e);
        }
    }

    public void toConfirm() {
        if (leaveDate == null) {
            Messages.error(FORM, MamisException.forField("startDate", "application.effectiveDate.required"));
            return;
        }
        if (returned != null) {
            preview = new WithdrawalService.Preview(returned.lines().stream()
                    .map(l -> "[" + l.tier() + "層] " + l.associationName()).toList(), List.of());
            confirming = true;
            return;
        }
        refresh();
        if (preview == null) {
            return;
        }
        if (!preview.notices().isEmpty() && !noticesRead) {
            Messages.error(FORM, MamisException.forField("noticesRead", "withdrawal.notices.unread"));
            return;
        }
        confirming = true;
    }

    public void back() {
        confirming = false;
    }

    public String submit() {
        try {
            long filed;
            if (returned != null) {
                service.resubmit(id, leaveDate);
                filed = id;
            } else {
                filed = service.submit(submissionKey, facilityId, pattern, leaveDate, noticesRead);
            }
            return "/member/application?faces-redirect=true&id=" + filed + "&filed=" + (returned != null ? "again" : "new");
        } catch (MamisException e) {
            Messages.error(FORM, e);
            confirming = false;
            return null;
        }
    }

    /** The patterns that apply to the chosen chain. */
    public List<String> getPatterns() {
        return chains.stream().filter(c -> Long.valueOf(c.facilityId()).equals(facilityId)).findFirst()
                .map(WithdrawalService.Chain::patterns).orElse(List.of());
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public List<WithdrawalService.Chain> getChains() { return chains; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { facilityId = v; }
    public WithdrawalPlan.Pattern getPattern() { return pattern; }
    public void setPattern(WithdrawalPlan.Pattern v) { pattern = v; }
    public LocalDate getLeaveDate() { return leaveDate; }
    public void setLeaveDate(LocalDate v) { leaveDate = v; }
    public WithdrawalService.Preview getPreview() { return preview; }
    public boolean isNoticesRead() { return noticesRead; }
    public void setNoticesRead(boolean v) { noticesRead = v; }
    public boolean isConfirming() { return confirming; }
    public ApplicationDetail getReturned() { return returned; }
}
