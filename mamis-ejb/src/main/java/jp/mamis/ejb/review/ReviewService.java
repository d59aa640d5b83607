package jp.mamis.ejb.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.application.Application;
import jp.mamis.domain.application.ApplicationAttachment;
import jp.mamis.domain.application.ApplicationLine;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.application.LineKind;
import jp.mamis.domain.rules.AdmissionEligibility;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.ejb.application.ApplicationSummary;
import jp.mamis.ejb.application.Applications;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.application.Notifications;
import jp.mamis.ejb.attachment.AttachmentStore;
import jp.mamis.ejb.audit.AccessLog;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 審査: what a secretariat does with the applications routed to its own association. An
 * application or attachment of another association is answered exactly like one that does not
 * exist, and the attempt is logged.
 */
@Stateless
@RolesAllowed(Role.Groups.STAFF)
public class ReviewService {

    /** The queue's tabs. */
    public enum Stage {
        /** 審査待ち: this association's turn. */
        ACTIONABLE,
        /** 下位審査中: a line below is not yet approved; visible read-only. */
        WAITING,
        /** 差戻し中: with the member for correction. */
        RETURNED,
        /** 完了: decided here or finished (approved, rejected, cancelled). */
        DONE
    }

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Applications applications;

    @Inject
    private AccessLog accessLog;

    @Inject
    private Notifications notifications;

    @Inject
    private AttachmentStore store;

    @Inject
    private jp.mamis.ejb.rules.RulesService rules;

    /** The queue header: how many applications of this association are in each stage. */
    public record Counts(String associationName, Map<Stage, Long> byStage) implements Serializable {
    }

    public Counts counts() {
        Association a = callers.staff().association();
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, 0L);
        }
        applications.linesOf(a).forEach(l -> counts.merge(stage(l), 1L, Long::sum));
        return new Counts(a.getName(), counts);
    }

    /** The applications routed to the caller's association in one stage, newest first. */
    public List<ApplicationSummary> queue(Stage stage) {
        Association a = callers.staff().association();
        return applications.linesOf(a).stream()
                .filter(l -> stage == null || stage(l) == stage)
                .map(l -> applications.summary(l.getApplication(), l, stage(l).name()))
                .toList();
    }

    /** One application as this association sees it (attachments: only those the member let it see). Logged. */
    public ApplicationDetail detail(long applicationId) {
        Callers.Staff staff = callers.staff();
        Application ap = routed(staff, applicationId);
        accessLog.record(staff.loginId(), AccessAction.VIEW_APPLICATION, subject(staff, ap, null), null);
        return applications.detail(ap, staff.association(), x -> x.isVisibleTo(staff.association()));
    }

    /**
     * Approves this association's line. {@code readVersion} is the version the decision was made
     * on; when another decision or change came first the caller gets a conflict and nothing changes.
     */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void approve(long applicationId, long readVersion) {
        Callers.Staff staff = callers.staff();
        Application ap = forDecision(staff, applicationId, readVersion);
        boolean last = ap.getLines().stream().filter(l -> l.getStatus() == jp.mamis.domain.application.LineStatus.PENDING).count() == 1;
        // the line decided now, and — when a move takes effect with this approval — every line it joins
        ap.getLines().stream()
                .filter(l -> l.getKind() == LineKind.JOIN)
                .filter(l -> l.getAssociation().equals(staff.association()) || (last && ap.getType().takesEffectAtOnce()))
                .forEach(l -> AdmissionEligibility.checkStillAdmissible(ap.getDoctor(), l.getAssociation(),
                        rules.rulesOf(l.getAssociation()), ap.leavingMemberships()));
        ap.approve(staff.association(), staff.loginId(), Instant.now()).forEach(em::persist);
        accessLog.record(staff.loginId(), AccessAction.APPROVE, subject(staff, ap, null), null);
        notifications.approved(ap, staff.association());
        ap.findActionableLine().ifPresent(notifications::actionable);
    }

    @RolesAllowed(Role.Groups.OPERATOR)
    public void reject(long applicationId, long readVersion, String reason) {
        Callers.Staff staff = callers.staff();
        Application ap = forDecision(staff, applicationId, readVersion);
        ap.reject(staff.association(), staff.loginId(), Instant.now(), reason);
        accessLog.record(staff.loginId(), AccessAction.REJECT, subject(staff, ap, null), reason);
        notifications.rejected(ap, staff.association(), reason.strip());
    }

    /** 差戻し: sends the application back to the member to correct and file again. */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void returnForCorrection(long applicationId, long readVersion, String reason) {
        Callers.Staff staff = callers.staff();
        Application ap = forDecision(staff, applicationId, readVersion);
        ap.returnForCorrection(staff.association(), staff.loginId(), Instant.now(), reason);
        accessLog.record(staff.loginId(), AccessAction.RETURN, subject(staff, ap, null), reason);
        notifications.returned(ap, staff.association(), reason.strip());
    }

    @RolesAllowed(Role.Groups.OPERATOR)
    public void postMessage(long applicationId, String text) {
        Callers.Staff staff = callers.staff();
        Application ap = routed(staff, applicationId);
        ap.post(staff.loginId(), staff.association(), text, Instant.now());
        accessLog.record(staff.loginId(), AccessAction.MESSAGE, subject(staff, ap, null), null);
        notifications.messageToApplicant(ap, staff.association());
    }

    /** Opens an attachment the member let this association see. Logged. */
    public Download attachment(long applicationId, long attachmentId) {
        Callers.Staff staff = callers.staff();
        Application ap = routed(staff, applicationId);
        ApplicationAttachment a = ap.getAttachments().stream()
                .filter(x -> x.getId() == attachmentId && x.isVisibleTo(staff.association()))
                .findFirst().orElse(null);
        if (a == null) {
            accessLog.denied(staff.loginId(), subject(staff, ap, attachmentId), "attachment " + attachmentId);
            throw new MamisException("application.notFound");
        }
        accessLog.record(staff.loginId(), AccessAction.DOWNLOAD_ATTACHMENT, subject(staff, ap, a.getId()), a.getKind().name());
        return new Download(a.getOriginalName(), a.getFileType().mimeType(), a.getSize(), store.open(a.getStoredName()));
    }

    private Application routed(Callers.Staff staff, long applicationId) {
        Application ap = applications.find(applicationId).orElse(null);
        if (ap == null || !ap.isRoutedTo(staff.association())) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, applicationId, null),
                    "application " + applicationId);
            throw new MamisException("application.notFound");
        }
        return ap;
    }

    private Application forDecision(Callers.Staff staff, long applicationId, long readVersion) {
        Application seen = routed(staff, applicationId);
        // the doctor first, then the application: the order the member's own changes take too
        em.lock(seen.getDoctor(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Application ap = applications.findForChange(applicationId).orElseThrow(() -> new MamisException("application.notFound"));
        if (ap.getVersion() != readVersion) {
            throw new MamisException("application.conflict");
        }
        applications.touch(ap);
        return ap;
    }

    private static Stage stage(ApplicationLine l) {
        Application ap = l.getApplication();
        if (ap.isActionableFor(l.getAssociation())) {
            return Stage.ACTIONABLE;
        }
        return switch (ap.getStatus()) {
            case IN_REVIEW -> l.getStatus() == jp.mamis.domain.application.LineStatus.PENDING ? Stage.WAITING : Stage.DONE;
            case RETURNED -> Stage.RETURNED;
            default -> Stage.DONE;
        };
    }

    private static AccessLog.Subject subject(Callers.Staff staff, Application ap, Long attachmentId) {
        return new AccessLog.Subject(staff.association().getId(), ap.getDoctor().getId(), ap.getId(), attachmentId);
    }
}
