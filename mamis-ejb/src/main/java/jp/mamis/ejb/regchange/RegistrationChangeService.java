package jp.mamis.ejb.regchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.regchange.RegistrationChange;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;
import jp.mamis.ejb.registration.InputCheck;
import jp.mamis.ejb.registration.RegistrationService;
import jp.mamis.ejb.rules.RulesService;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 登録情報の変更. The member changes their own name and facility (the caller is always the
 * signed-in member; edits carry the version they were read at, so a stale form is refused). The
 * secretariats see their members' changes and approve or reject name changes waiting for them;
 * a change their association does not see is answered as not found and the attempt is logged.
 */
@Stateless
public class RegistrationChangeService {

    @Inject
    private jp.mamis.ejb.application.Applications applications;

    @Inject
    private jp.mamis.ejb.facility.Facilities facilities;

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private InputCheck inputCheck;

    @Inject
    private RulesService rules;

    @Inject
    private RegistrationChanges changes;

    @Inject
    private RegistrationChangeMails mails;

    @Inject
    private AccessLog accessLog;

    /** The name form filled with the current name, its read version, and the name change still waiting, if any. */
    public record NameEdit(NameChangeForm form, String currentName, String currentNameKana, long version, ChangeView pending)
            implements Serializable {
    }

    /** A facility the member's memberships go through (a 所属施設 group) with its associations, lowest first. */
    public record FacilityGroup(long facilityId, String facilityName, String prefectureCode, String associations)
            implements Serializable {
    }

    /** A registered facility one can move to. */
    public record FacilityOption(long id, String name) implements Serializable {
    }

    /** The facility page: the member's groups and the version they were read at. */
    public record FacilityEdit(List<FacilityGroup> groups, long version) implements Serializable {
    }

    @RolesAllowed(Role.Groups.MEMBER)
    public NameEdit nameForm() {
        Doctor d = callers.member();
        return new NameEdit(NameChangeForm.of(d), d.getName().getFull(), d.getName().getFullKana(), d.getVersion(),
                changes.findPendingName(d).map(c -> changes.view(c, null)).orElse(null));
    }

    /**
     * Asks for a change of name. Takes effect at once unless an association the member belongs to
     * approves name changes; then it waits for them (承認待ち) and they are told by mail.
     *
     * @return the RegistrationChange.Status name: APPLIED or PENDING_APPROVAL
     */
    @RolesAllowed(Role.Groups.MEMBER)
    public String changeName(NameChangeForm form, long readVersion) {
        inputCheck.check(form);
        Doctor d = lockedMember(readVersion);
        if (changes.findPendingName(d).isPresent()) {
            throw new MamisException("regchange.name.pending");
        }
        RegistrationChange c = RegistrationChange.name(d, form.toNameChange(), rules::rulesOf, callers.loginId(), Instant.now());
        em.persist(c);
        em.flush();
        if (c.getStatus() == RegistrationChange.Status.PENDING_APPROVAL) {
            mails.pending(c);
        }
        return c.getStatus().name();
    }

    @RolesAllowed(Role.Groups.MEMBER)
    public FacilityEdit facilityGroups() {
        Doctor d = callers.member();
        List<FacilityGroup> groups = d.getMemberships().stream().filter(Membership::isCurrent).map(Membership::getFacility)
                .distinct()
                .map(f -> new FacilityGroup(f.getId(), f.getName(), f.getPrefectureCode(), d.currentThrough(f).stream()
                        .map(m -> m.getAssociation().getName()).collect(Collectors.joining(" / "))))
                .toList();
        return new FacilityEdit(groups, d.getVersion());
    }

    /** The registered facilities of a prefecture, except those the member's memberships already go through. */
    @RolesAllowed(Role.Groups.MEMBER)
    public List<FacilityOption> facilities(String prefectureCode) {
        Doctor d = callers.member();
        return em.createQuery("select f from Facility f where f.prefectureCode = :p order by f.name", Facility.class)
                .setParameter("p", prefectureCode).getResultStream()
                .filter(f -> d.currentThrough(f).isEmpty())
                .map(f -> new FacilityOption(f.getId(), f.getName())).toList();
    }

    /**
     * Moves the memberships of one facility to another registered facility or to a new one (a
     * renamed hospital), keeping the associations and their join dates, from today.
     */
    @RolesAllowed(Role.Groups.MEMBER)
    public void changeFacility(FacilityChangeForm form, long readVersion) {
        Doctor d = lockedMember(readVersion);
        Facility from = form.getFromFacilityId() == null ? null : em.find(Facility.class, form.getFromFacilityId());
        if (from != null && !applications.openThrough(d, from).isEmpty()) {
            // an open admission, transfer or withdrawal of this chain would find its memberships moved
            throw MamisException.forField("fromFacility", "regchange.facility.inProcedure");
        }
        Facility to = destination(form);
        RegistrationChange c = RegistrationChange.facility(d, from, to, LocalDate.now(RegistrationService.JAPAN),
                callers.loginId(), Instant.now());
        em.persist(c);
        em.flush();
    }

    /** The member's own changes, newest first. */
    @RolesAllowed(Role.Groups.MEMBER)
    public List<ChangeView> myChanges() {
        return changes.ofDoctor(callers.member()).stream().map(c -> changes.view(c, null)).toList();
    }

    /** The changes of the caller's association's members, newest first (or only those awaiting its approval). Logged. */
    @RolesAllowed(Role.Groups.STAFF)
    public List<ChangeView> changesOfMembers(boolean awaitingOnly) {
        Callers.Staff staff = callers.staff();
        List<ChangeView> rows = changes.seenBy(staff.association(), awaitingOnly).stream()
                .map(c -> changes.view(c, staff.association())).toList();
        accessLog.record(staff.loginId(), AccessAction.VIEW_REG_CHANGE,
                new AccessLog.Subject(staff.association().getId(), null, null, null), "list of " + rows.size());
        return rows;
    }

    /** One change the caller's association sees. Logged. */
    @RolesAllowed(Role.Groups.STAFF)
    public ChangeView detail(long changeId) {
        Callers.Staff staff = callers.staff();
        RegistrationChange c = seen(staff, changeId);
        accessLog.record(staff.loginId(), AccessAction.VIEW_REG_CHANGE, subject(staff, c), "registration change " + changeId);
        return changes.view(c, staff.association());
    }

    /** Approves a name change waiting for this association; with the last approval the name changes and the member is told. */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void approve(long changeId, long readVersion) {
        Callers.Staff staff = callers.staff();
        RegistrationChange c = forDecision(staff, changeId, readVersion);
        boolean done = c.approve(staff.association(), staff.loginId(), Instant.now());
        accessLog.record(staff.loginId(), AccessAction.APPROVE, subject(staff, c), "registration change " + changeId);
        if (done) {
            mails.approved(c);
        }
    }

    /** Rejects a name change waiting for this association: it is discarded and the member told why. */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void reject(long changeId, long readVersion, String reason) {
        Callers.Staff staff = callers.staff();
        RegistrationChange c = forDecision(staff, changeId, readVersion);
        c.reject(staff.association(), staff.loginId(), Instant.now(), reason);
        accessLog.record(staff.loginId(), AccessAction.REJECT, subject(staff, c), "registration change " + changeId + ": " + reason.strip());
        mails.rejected(c, staff.association());
    }

    /** The signed-in member, locked for this change, refused when someone saved since {@code readVersion}; its version moves on. */
    private Doctor lockedMember(long readVersion) {
        Doctor d = callers.member();
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.getVersion() != readVersion) {
            throw new MamisException("edit.conflict");
        }
        // every registration change moves the version, also a pending one that leaves the row as it is
        em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return d;
    }

    private RegistrationChange seen(Callers.Staff staff, long changeId) {
        RegistrationChange c = changes.find(changeId).orElse(null);
        if (c == null || !c.isVisibleTo(staff.association())) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null),
                    "registration change " + changeId);
            throw new MamisException("regchange.notFound");
        }
        return c;
    }

    private RegistrationChange forDecision(Callers.Staff staff, long changeId, long readVersion) {
        RegistrationChange seen = seen(staff, changeId);
        // the doctor first, then the change: the order the member's own changes take too
        em.lock(seen.getDoctor(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(seen, LockModeType.PESSIMISTIC_WRITE);
        if (seen.getVersion() != readVersion) {
            throw new MamisException("regchange.conflict");
        }
        em.lock(seen, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return seen;
    }

    private Facility destination(FacilityChangeForm form) {
        return form.getToFacilityId() != null ? facilities.get(form.getToFacilityId(), "regchange.facility.required")
                : facilities.named(form.getNewFacilityName(), form.getNewFacilityPrefecture(), "regchange.facility.required");
    }

    private static AccessLog.Subject subject(Callers.Staff staff, RegistrationChange c) {
        return new AccessLog.Subject(staff.association().getId(), c.getDoctor().getId(), null, null);
    }
}
