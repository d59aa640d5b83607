package jp.mamis.ejb.admission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.application.Application;
import jp.mamis.domain.application.ApplicationAttachment;
import jp.mamis.domain.application.ApplicationLine;
import jp.mamis.domain.application.ApplicationStatus;
import jp.mamis.domain.application.LineKind;
import jp.mamis.domain.application.LineStatus;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.rules.AdmissionEligibility;
import jp.mamis.domain.rules.AssociationRules;
import jp.mamis.domain.transfer.TransferPlan;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.ejb.application.ApplicationSummary;
import jp.mamis.ejb.application.Applications;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.application.Notifications;
import jp.mamis.ejb.attachment.AttachmentStore;
import jp.mamis.ejb.fee.Announcements;
import jp.mamis.ejb.rules.RulesService;

import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 入会届 and 異動届 for the signed-in member. A transfer is filed through the same wizard: it is
 * an admission into the destination chain (same rules, documents and bottom-up review) whose
 * lines also let the source chain go, worked out by {@link TransferPlan}. Every method acts on the caller's own doctor record and
 * applications only; an id of someone else's application is answered as not found.
 */
@Stateless
@RolesAllowed(Role.Groups.MEMBER)
public class AdmissionService {

    /** Largest accepted attachment. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Applications applications;

    @Inject
    private RulesService rules;

    @Inject
    private AttachmentStore store;

    @Inject
    private Notifications notifications;

    @Inject
    private jp.mamis.ejb.facility.Facilities facilities;

    @Inject
    private Announcements announcements;

    @Inject
    private jp.mamis.ejb.audit.AccessLog accessLog;

    @jakarta.annotation.Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** A facility the member can choose. */
    public record FacilityOption(long id, String name, String prefectureCode, boolean mine) implements Serializable {
    }

    /** An association a member can enter through (the lowest tier of a chain), e.g. 横浜市青葉区医師会. */
    public record EntryOption(long id, String name, int tier, String parentName) implements Serializable {
    }

    /** The facilities of the member's current memberships, then the others registered in the prefecture. */
    public List<FacilityOption> facilities(String prefectureCode) {
        Doctor me = callers.member();
        Set<Facility> mine = me.getMemberships().stream().filter(Membership::isCurrent).map(Membership::getFacility)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<FacilityOption> out = new java.util.ArrayList<>();
        mine.forEach(f -> out.add(new FacilityOption(f.getId(), f.getName(), f.getPrefectureCode(), true)));
        if (prefectureCode != null) {
            em.createQuery("select f from Facility f where f.prefectureCode = :p order by f.name", Facility.class)
                    .setParameter("p", prefectureCode).getResultStream()
                    .filter(f -> !mine.contains(f))
                    .forEach(f -> out.add(new FacilityOption(f.getId(), f.getName(), f.getPrefectureCode(), false)));
        }
        return out;
    }

    /** The associations of a prefecture one can join through: tier 3 without subdivisions, and tier 4. */
    public List<EntryOption> entryAssociations(String prefectureCode) {
        callers.member();
        return em.createQuery("select a from Association a where a.prefectureCode = :p and a.tier in :lower"
                        + " and not exists (select c from Association c where c.parent = a) order by a.code", Association.class)
                .setParameter("p", prefectureCode).setParameter("lower", List.of(jp.mamis.domain.association.Tier.MUNICIPAL, jp.mamis.domain.association.Tier.DISTRICT))
                .getResultStream()
                .map(a -> new EntryOption(a.getId(), a.getName(), a.getTier().level(),
                        a.findParent().map(Association::getName).orElse(null)))
                .toList();
    }

    /** A group of memberships a transfer can move (異動元): one facility's chain, lowest first. */
    public record SourceGroup(long facilityId, String facilityName, List<String> chain) implements Serializable {

        /** 「施設名：[3層] 港区医師会 A2(B) → [2層] 東京都医師会 A2(B) → …」 */
        public String label() {
            return facilityName + "：" + String.join(" → ", chain);
        }
    }

    /** The member's chains, one per facility, for the transfer's first step. */
    public List<SourceGroup> transferSources() {
        Doctor me = callers.member();
        Map<Facility, List<Membership>> groups = new LinkedHashMap<>();
        me.getMemberships().stream().filter(Membership::isActive)
                .forEach(m -> groups.computeIfAbsent(m.getFacility(), f -> me.currentThrough(f)));
        return groups.entrySet().stream().map(e -> new SourceGroup(e.getKey().getId(), e.getKey().getName(),
                e.getValue().stream().map(m -> "[" + m.getAssociation().getTier().level() + "層] " + m.getAssociation().getName()
                        + " " + m.getCategory().label()).toList())).toList();
    }

    /** The chain above the chosen association with what may be chosen, for the chosen facility (null: a new one). */
    public AdmissionOptions options(Long facilityId, long lowestAssociationId) {
        return options(null, facilityId, lowestAssociationId);
    }

    /**
     * As {@link #options(Long, long)}; for a transfer ({@code sourceFacilityId} given) the source
     * chain counts as already left, and the associations in it are marked as continued.
     */
    public AdmissionOptions options(Long sourceFacilityId, Long facilityId, long lowestAssociationId) {
        Doctor me = callers.member();
        Facility facility = facilityId == null ? new Facility("-", null) : facility(facilityId);
        List<Membership> source = sourceFacilityId == null ? List.of()
                : TransferPlan.sourceGroup(me, facility(sourceFacilityId));
        AdmissionEligibility eligibility = new AdmissionEligibility(me, facility, association(lowestAssociationId),
                rules::rulesOf, applications.pendingAssociations(me, null), source);
        return new AdmissionOptions(eligibility.options().stream().map(o -> new AdmissionOptions.Choice(
                o.association().getId(), o.association().getName(), o.association().getTier().level(), o.held(),
                o.refusal().map(AdmissionEligibility.Refusal::key).orElse(null),
                o.requiredBy().map(Association::getName).orElse(null),
                o.rules().getOfferedCategories().stream().map(Enum::name).toList(),
                o.rules().getDocuments().stream().map(d -> new AdmissionOptions.Document(d.getKind().name(), d.isRequired()))
                        .toList(),
                source.stream().anyMatch(m -> m.getAssociation().equals(o.association())),
                source.stream().filter(m -> m.getAssociation().equals(o.association())).findFirst()
                        .map(m -> m.getCategory().name()).orElse(null))).toList());
    }

    /** Saves the wizard's state as a draft (creating it the first time) and returns its id. */
    public long saveDraft(AdmissionRequest r) {
        Doctor me = lockedMember();
        Application ap = draftFor(me, r);
        apply(me, ap, r);
        return ap.getId();
    }

    /**
     * Files the application: checks the rules and the required documents, then sends it to the
     * lowest association. Submitting the same wizard again (double click, replay, back button)
     * returns the application already filed instead of making another. A returned application
     * is filed again the same way after correction.
     */
    public long submit(AdmissionRequest r) {
        Doctor me = lockedMember();
        requireKey(r);
        Application existing = applications.findBySubmissionKey(me, r.getSubmissionKey()).orElse(null);
        if (existing != null && existing.getStatus() != ApplicationStatus.DRAFT
                && existing.getStatus() != ApplicationStatus.RETURNED) {
            return existing.getId();
        }
        Application ap = existing == null ? draftFor(me, r) : lockOwn(me, existing.getId());
        boolean returned = ap.getStatus() == ApplicationStatus.RETURNED;
        apply(me, ap, r);
        if (!returned) {
            // a returned application keeps the documents the rules asked for when it was filed
            requireDocuments(ap);
        }
        if (!applications.openAlongside(me, ap).isEmpty()) {
            throw MamisException.forField("associations", "admission.alreadyApplied");
        }
        if (!returned && !r.isNoticesAcknowledged() && !leaveNotices(me, ap).isEmpty()) {
            throw MamisException.forField("noticesRead", "withdrawal.notices.unread");
        }
        Instant now = Instant.now();
        if (returned) {
            ap.resubmit(callers.loginId(), now);
        } else {
            ap.submit(callers.loginId(), now);
            notifications.submitted(ap);
        }
        ap.findActionableLine().ifPresent(notifications::actionable);
        em.flush();
        return ap.getId();
    }

    /** A transfer's announcements: those of the associations it leaves, to be read before filing (none for an admission). */
    public List<Announcements.Announcement> leaveNotices(long applicationId) {
        Doctor me = callers.member();
        return leaveNotices(me, own(me, applicationId));
    }

    private List<Announcements.Announcement> leaveNotices(Doctor me, Application ap) {
        List<Association> leaving = ap.getLines().stream().filter(l -> l.getKind() == LineKind.LEAVE)
                .map(ApplicationLine::getAssociation).toList();
        return leaving.isEmpty() ? List.of() : announcements.forWithdrawal(me, leaving,
                ap.findRequestedStartDate().orElse(LocalDate.now(jp.mamis.ejb.registration.RegistrationService.JAPAN)));
    }

    /** Adds a document to the member's draft or returned application; a refused file changes nothing. */
    public long addAttachment(long applicationId, DocumentKind kind, String fileName, InputStream content,
                              Set<Long> visibleToAssociationIds) {
        Doctor me = callers.member();
        Application ap = lockOwn(me, applicationId);
        Objects.requireNonNull(kind, "kind");
        Set<Association> visibleTo = ap.associations().stream()
                .filter(a -> visibleToAssociationIds != null && visibleToAssociationIds.contains(a.getId()))
                .collect(Collectors.toSet());
        if (visibleTo.isEmpty()) {
            throw MamisException.forField("attachmentConsent", "attachment.consent.required");
        }
        AttachmentStore.Stored stored = store.store(content, MAX_FILE_BYTES);
        afterCompletion(null, () -> store.delete(stored.storedName()));
        ApplicationAttachment a = ap.attach(kind, fileName, stored.type(), stored.size(), stored.sha256Hex(),
                stored.storedName(), Instant.now(), visibleTo);
        em.flush();
        return a.getId();
    }

    public void removeAttachment(long applicationId, long attachmentId) {
        Application ap = lockOwn(callers.member(), applicationId);
        ApplicationAttachment removed = ap.detach(attachmentId);
        afterCompletion(() -> store.delete(removed.getStoredName()), null);
    }

    /** Keeps the stored files in step with the rows: runs one action after commit, the other after rollback. */
    private void afterCompletion(Runnable committed, Runnable rolledBack) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                Runnable r = status == jakarta.transaction.Status.STATUS_COMMITTED ? committed : rolledBack;
                if (r != null) {
                    r.run();
                }
            }
        });
    }

    /** Withdraws the application (取下げ); possible until the first approval. */
    public void cancel(long applicationId) {
        Application ap = lockOwn(callers.member(), applicationId);
        ap.cancel(callers.loginId(), Instant.now());
    }

    /** The member's applications, newest first. */
    public List<ApplicationSummary> myApplications() {
        return applications.ofDoctor(callers.member()).stream().map(a -> applications.summary(a, null, null)).toList();
    }

    public ApplicationDetail myApplication(long applicationId) {
        return applications.detail(own(callers.member(), applicationId), null, x -> true);
    }

    /** The wizard's state of a draft or returned application, to continue editing it. */
    public AdmissionRequest editForm(long applicationId) {
        Application ap = own(callers.member(), applicationId);
        AdmissionRequest r = new AdmissionRequest();
        r.setSubmissionKey(ap.getSubmissionKey());
        ap.findSourceFacility().ifPresent(f -> r.setSourceFacilityId(f.getId()));
        r.setFacilityId(ap.getFacility().getId());
        // the wizard's chain: the lines that join or continue (a transfer's leaves follow from the source)
        List<ApplicationLine> chosen = ap.getLines().stream().filter(l -> l.getKind() != LineKind.LEAVE).toList();
        // the prefecture the wizard lists facilities and associations of
        r.setNewFacilityPrefecture(chosen.isEmpty() ? ap.getFacility().getPrefectureCode()
                : chosen.get(0).getAssociation().getPrefectureCode());
        r.setLowestAssociationId(chosen.isEmpty() ? null : chosen.get(0).getAssociation().getId());
        Map<Long, MemberCategory> categories = new LinkedHashMap<>();
        chosen.forEach(l -> categories.put(l.getAssociation().getId(), l.getCategory()));
        r.setCategories(categories);
        r.setStartDate(ap.findRequestedStartDate().orElse(null));
        return r;
    }

    /** The id of the application a wizard key belongs to, if it was saved. */
    public java.util.Optional<Long> findBySubmissionKey(String key) {
        return applications.findBySubmissionKey(callers.member(), key).map(Application::getId);
    }

    public void postMessage(long applicationId, String text) {
        Application ap = own(callers.member(), applicationId);
        ap.post(callers.loginId(), null, text, Instant.now());
        notifications.messageFromApplicant(ap);
    }

    public Download ownAttachment(long applicationId, long attachmentId) {
        Application ap = own(callers.member(), applicationId);
        ApplicationAttachment a = Applications.attachment(ap, attachmentId);
        return new Download(a.getOriginalName(), a.getFileType().mimeType(), a.getSize(), store.open(a.getStoredName()));
    }

    private Doctor lockedMember() {
        Doctor me = callers.member();
        // one wizard action at a time per doctor, so a double-clicked submit finds the first one's application
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        return me;
    }

    private Application draftFor(Doctor me, AdmissionRequest r) {
        requireKey(r);
        return applications.findBySubmissionKey(me, r.getSubmissionKey())
                .map(a -> lockOwn(me, a.getId()))
                .orElseGet(() -> {
                    Application a = r.isTransfer()
                            ? Application.transfer(me, facility(r.getSourceFacilityId()), facilityFor(r), r.getSubmissionKey(),
                                    Instant.now())
                            : Application.admission(me, facilityFor(r), r.getSubmissionKey(), Instant.now());
                    em.persist(a);
                    return a;
                });
    }

    /** Checks the request against the rules in force now and writes it into the application. */
    private void apply(Doctor me, Application ap, AdmissionRequest r) {
        if (!Objects.equals(ap.findSourceFacility().map(Facility::getId).orElse(null), r.getSourceFacilityId())) {
            throw MamisException.forField("source", "transfer.source.fixed");
        }
        if (ap.getStatus() == ApplicationStatus.RETURNED) {
            Map<Association, MemberCategory> selection = new LinkedHashMap<>();
            for (ApplicationLine l : ap.getLines()) {
                MemberCategory c = r.getCategories().getOrDefault(l.getAssociation().getId(), l.getCategory());
                // a category kept as filed stays valid even if the rules changed since (they apply to later filings)
                if (l.getStatus() == LineStatus.PENDING && c != l.getCategory() && !rules.rulesOf(l.getAssociation()).offers(c)) {
                    throw MamisException.forField("category", "admission.category.notOffered", l.getAssociation().getName(),
                            c.label());
                }
                selection.put(l.getAssociation(), c);
            }
            ap.plan(selection, startDate(r));
            return;
        }
        if (r.getLowestAssociationId() == null) {
            throw MamisException.forField("association", "admission.association.required");
        }
        Map<Association, MemberCategory> selection = new LinkedHashMap<>();
        r.getCategories().forEach((id, c) -> selection.put(association(id), c));
        Facility wanted = facilityFor(r);
        if (wanted != ap.getFacility()) {
            ap.changeFacility(wanted);
        }
        if (r.isTransfer()) {
            ap.planTransfer(TransferPlan.of(me, ap.findSourceFacility().orElseThrow(), ap.getFacility(),
                    association(r.getLowestAssociationId()), selection, rules::rulesOf, applications.pendingAssociations(me, ap)),
                    startDate(r));
            return;
        }
        AdmissionEligibility eligibility = new AdmissionEligibility(me, ap.getFacility(),
                association(r.getLowestAssociationId()), rules::rulesOf, applications.pendingAssociations(me, ap));
        eligibility.check(selection);
        ap.plan(selection, startDate(r));
    }

    /** The requested start (or transfer) date: at most a year back or ahead. */
    static LocalDate startDate(AdmissionRequest r) {
        return effectiveDate(r.getStartDate(), !r.isTransfer());
    }

    /**
     * A date an application takes effect on: at most a year back or ahead (shared with the other
     * procedures). {@code admission} picks the wording: 入会希望日, or the date of a move.
     */
    public static LocalDate effectiveDate(LocalDate d, boolean admission) {
        LocalDate today = LocalDate.now(jp.mamis.ejb.registration.RegistrationService.JAPAN);
        String prefix = admission ? "admission.startDate" : "application.effectiveDate";
        if (d != null && d.isBefore(today.minusYears(1))) {
            throw MamisException.forField("startDate", prefix + ".tooEarly");
        }
        if (d != null && d.isAfter(today.plusYears(1))) {
            throw MamisException.forField("startDate", prefix + ".tooLate");
        }
        return d;
    }

    /** Each association admitting the member must be able to see every document its rules require. */
    private void requireDocuments(Application ap) {
        ap.getLines().stream()
                .filter(l -> l.getKind() == LineKind.JOIN)
                .sorted(Comparator.comparingInt(ApplicationLine::getPosition))
                .forEach(l -> {
                    AssociationRules r = rules.rulesOf(l.getAssociation());
                    for (DocumentKind k : r.requiredDocuments()) {
                        if (ap.getAttachments().stream().noneMatch(a -> a.getKind() == k && a.isVisibleTo(l.getAssociation()))) {
                            throw MamisException.forField("attachments", "admission.document.required",
                                    l.getAssociation().getName(), k.messageKey());
                        }
                    }
                });
    }

    private Facility facilityFor(AdmissionRequest r) {
        return r.getFacilityId() != null ? facility(r.getFacilityId())
                : facilities.named(r.getNewFacilityName(), r.getNewFacilityPrefecture(), "admission.facility.required");
    }

    private Facility facility(long id) {
        return facilities.get(id, "admission.facility.required");
    }

    private Association association(long id) {
        Association a = em.find(Association.class, id);
        if (a == null) {
            throw MamisException.forField("association", "admission.association.required");
        }
        return a;
    }

    private static void requireKey(AdmissionRequest r) {
        String k = r.getSubmissionKey();
        if (k == null || !k.matches("[A-Za-z0-9-]{16,64}")) {
            throw new MamisException("admission.key.invalid");
        }
    }

    private Application own(Doctor me, long id) {
        return applications.find(id).filter(a -> a.getDoctor().equals(me)).orElseThrow(() -> {
            accessLog.denied(callers.loginId(), new jp.mamis.ejb.audit.AccessLog.Subject(null, me.getId(), id, null),
                    "application " + id + " of another member");
            return new MamisException("application.notFound");
        });
    }

    private Application lockOwn(Doctor me, long id) {
        Application ap = own(me, id);
        applications.findForChange(id);
        applications.touch(ap);
        return ap;
    }
}
