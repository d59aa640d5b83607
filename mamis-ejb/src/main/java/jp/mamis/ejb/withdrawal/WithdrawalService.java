package jp.mamis.ejb.withdrawal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.application.Application;
import jp.mamis.domain.application.ApplicationStatus;
import jp.mamis.domain.application.ApplicationType;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.withdrawal.WithdrawalPlan;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.Applications;
import jp.mamis.ejb.application.Notifications;
import jp.mamis.ejb.audit.AccessLog;
import jp.mamis.ejb.fee.Announcements;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 退会届. Every method acts on the caller's own memberships; a facility the member has no
 * membership through is refused like an unknown one.
 */
@Stateless
@RolesAllowed(Role.Groups.MEMBER)
public class WithdrawalService {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Applications applications;

    @Inject
    private Notifications notifications;

    @Inject
    private Announcements announcements;

    @Inject
    private jp.mamis.ejb.facility.Facilities facilities;

    @Inject
    private AccessLog accessLog;

    /**
     * A chain the member can leave: its facility, its associations (lowest first, with the category)
     * and the withdrawal patterns that apply (WithdrawalPlan.Pattern names).
     */
    public record Chain(long facilityId, String facilityName, List<String> associations, List<String> patterns)
            implements Serializable {

        /** 「施設名：[3層] 港区医師会 A2(B) → …」 */
        public String label() {
            return facilityName + "：" + String.join(" → ", associations);
        }
    }

    /** What a withdrawal would end, and what the associations being left want the member to read first. */
    public record Preview(List<String> leaving, List<Announcements.Announcement> notices) implements Serializable {
    }

    public List<Chain> chains() {
        Doctor me = callers.member();
        Map<Facility, List<Membership>> groups = new LinkedHashMap<>();
        me.getMemberships().stream().filter(Membership::isActive)
                .forEach(m -> groups.computeIfAbsent(m.getFacility(), me::currentThrough));
        return groups.entrySet().stream()
                .filter(e -> e.getValue().stream().allMatch(Membership::isActive))
                .map(e -> new Chain(e.getKey().getId(), e.getKey().getName(),
                        e.getValue().stream().map(m -> "[" + m.getAssociation().getTier().level() + "層] "
                                + m.getAssociation().getName() + " " + m.getCategory().label()).toList(),
                        WithdrawalPlan.patterns(me, e.getKey()).stream().map(Enum::name).toList()))
                .toList();
    }

    /** The memberships the pattern ends and the announcements to read before filing. */
    public Preview preview(long facilityId, WithdrawalPlan.Pattern pattern, LocalDate on) {
        Doctor me = callers.member();
        WithdrawalPlan plan = WithdrawalPlan.of(me, facility(facilityId), pattern);
        return new Preview(plan.leaving().stream().map(m -> "[" + m.getAssociation().getTier().level() + "層] "
                + m.getAssociation().getName()).toList(), notices(me, plan, on));
    }

    private List<Announcements.Announcement> notices(Doctor me, WithdrawalPlan plan, LocalDate on) {
        return announcements.forWithdrawal(me, plan.leaving().stream().map(Membership::getAssociation).toList(),
                on == null ? LocalDate.now(jp.mamis.ejb.registration.RegistrationService.JAPAN) : on);
    }

    /**
     * Files the withdrawal. The same key again (double click, replay) returns the application
     * already filed. Refused while another open application concerns one of these associations
     * (a transfer of the same chain, say): only one of them can go ahead.
     */
    public long submit(String submissionKey, long facilityId, WithdrawalPlan.Pattern pattern, LocalDate on,
                       boolean noticesAcknowledged) {
        Doctor me = callers.member();
        // one filing at a time per doctor: the checks below see every application filed before
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9-]{16,64}")) {
            throw new MamisException("admission.key.invalid");
        }
        Application existing = applications.findBySubmissionKey(me, submissionKey).orElse(null);
        if (existing != null) {
            if (existing.getType() != ApplicationType.WITHDRAWAL) {
                throw new MamisException("admission.key.invalid");
            }
            return existing.getId();
        }
        if (on == null) {
            throw MamisException.forField("startDate", "application.effectiveDate.required");
        }
        Facility f = facility(facilityId);
        WithdrawalPlan plan = WithdrawalPlan.of(me, f, pattern);
        Instant now = Instant.now();
        Application ap = Application.withdrawal(me, f, submissionKey, now);
        ap.planWithdrawal(plan, AdmissionService.effectiveDate(on, false));
        if (!applications.openAlongside(me, ap).isEmpty()) {
            throw MamisException.forField("associations", "withdrawal.alreadyApplied");
        }
        if (!noticesAcknowledged && !notices(me, plan, on).isEmpty()) {
            throw MamisException.forField("noticesRead", "withdrawal.notices.unread");
        }
        em.persist(ap);
        ap.submit(callers.loginId(), now);
        em.flush();
        notifications.submitted(ap);
        ap.findActionableLine().ifPresent(notifications::actionable);
        return ap.getId();
    }

    /** Files a returned withdrawal again, with the leave date corrected. */
    public void resubmit(long applicationId, LocalDate on) {
        Doctor me = callers.member();
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        Application ap = applications.find(applicationId).filter(a -> a.getDoctor().equals(me))
                .filter(a -> a.getType() == ApplicationType.WITHDRAWAL)
                .orElseThrow(() -> {
                    accessLog.denied(callers.loginId(), new AccessLog.Subject(null, me.getId(), applicationId, null),
                            "withdrawal " + applicationId + " of another member");
                    return new MamisException("application.notFound");
                });
        applications.findForChange(applicationId);
        applications.touch(ap);
        if (ap.getStatus() != ApplicationStatus.RETURNED) {
            throw new MamisException("application.notReturned");
        }
        Map<jp.mamis.domain.association.Association, jp.mamis.domain.membership.MemberCategory> same = new LinkedHashMap<>();
        ap.getLines().forEach(l -> same.put(l.getAssociation(), l.getCategory()));
        ap.plan(same, AdmissionService.effectiveDate(on, false));
        ap.resubmit(callers.loginId(), Instant.now());
        ap.findActionableLine().ifPresent(notifications::actionable);
    }

    private Facility facility(long id) {
        return facilities.get(id, "withdrawal.source.invalid");
    }
}
