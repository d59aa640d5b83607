package jp.mamis.domain.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.attachment.FileType;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.Origin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An application (申請) of one doctor, with one line per association, lowest tier first.
 * <p>
 * The rules of the procedure live here: the member edits only a draft or a returned
 * application; lines are decided bottom-up (a line is actionable only when every line below it
 * is approved); approving a line makes the membership there active from the requested date;
 * a rejection ends the lines above it while approvals below stay; a return sends the whole
 * application back to the member; the member may cancel until the first approval.
 */
@Entity
@Table(name = "application")
public class Application {

    public static final int MAX_ATTACHMENTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationType type;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    /** The facility the application is made through: the one joined, the destination of a transfer, the chain left. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    /** A transfer's 異動元: the facility whose chain is left or continued. */
    @ManyToOne
    @JoinColumn(name = "source_facility_id")
    private Facility sourceFacility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    /** 入会希望日: the date memberships start from when approved. */
    @Column(name = "requested_start_date")
    private LocalDate requestedStartDate;

    /** Chosen by the member's browser when the wizard opens; a replayed submit finds the same application. */
    @Column(name = "submission_key", nullable = false, length = 64)
    private String submissionKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ApplicationLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("uploadedAt, id")
    private List<ApplicationAttachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("sentAt, id")
    private List<ApplicationMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
    }

    /** A new admission (入会届) draft for the doctor through the facility. */
    public static Application admission(Doctor doctor, Facility facility, String submissionKey, Instant now) {
        Application a = new Application();
        a.type = ApplicationType.ADMISSION;
        a.doctor = Objects.requireNonNull(doctor);
        a.facility = Objects.requireNonNull(facility);
        a.submissionKey = Objects.requireNonNull(submissionKey);
        a.createdAt = Objects.requireNonNull(now);
        return a;
    }

    /** A new transfer (異動届) draft from the chain through {@code source} to {@code destination}. */
    public static Application transfer(Doctor doctor, Facility source, Facility destination, String submissionKey,
                                       Instant now) {
        Application a = admission(doctor, destination, submissionKey, now);
        a.type = ApplicationType.TRANSFER;
        a.sourceFacility = Objects.requireNonNull(source);
        return a;
    }

    /** A new withdrawal (退会届) draft from the chain through {@code facility}. */
    public static Application withdrawal(Doctor doctor, Facility facility, String submissionKey, Instant now) {
        Application a = admission(doctor, facility, submissionKey, now);
        a.type = ApplicationType.WITHDRAWAL;
        return a;
    }

    /**
     * Sets a transfer's lines from its plan (leaves first, then the destination, lowest first) and
     * the date the move takes effect. Only a draft may be planned again.
     */
    public void planTransfer(jp.mamis.domain.transfer.TransferPlan plan, LocalDate effectiveDate) {
        requireType(ApplicationType.TRANSFER);
        if (plan.sourceGroup().stream().anyMatch(m -> !m.getFacility().equals(sourceFacility))) {
            throw MamisException.forField("source", "transfer.source.invalid");
        }
        replaceLines(plan.steps().stream().map(s -> new PlannedLine(s.association(), s.kind(), s.category(),
                s.source() == null ? null : s.source().getCategory())).toList());
        if (effectiveDate != null) {
            checkLeaveDate(effectiveDate);
        }
        requestedStartDate = effectiveDate;
    }

    /** Sets a withdrawal's lines (every membership that ends, lowest first) and the leave date. */
    public void planWithdrawal(jp.mamis.domain.withdrawal.WithdrawalPlan plan, LocalDate leaveDate) {
        requireType(ApplicationType.WITHDRAWAL);
        if (!plan.facility().equals(facility)) {
            throw MamisException.forField("source", "withdrawal.source.invalid");
        }
        replaceLines(plan.leaving().stream()
                .map(m -> new PlannedLine(m.getAssociation(), LineKind.LEAVE, m.getCategory(), m.getCategory())).toList());
        if (leaveDate != null) {
            checkLeaveDate(leaveDate);
        }
        requestedStartDate = leaveDate;
    }

    private record PlannedLine(Association association, LineKind kind, MemberCategory category, MemberCategory held) {
    }

    /** A move's date may not come before the join date of a membership it ends or moves. */
    private void checkLeaveDate(LocalDate on) {
        Facility from = type == ApplicationType.TRANSFER ? sourceFacility : facility;
        for (ApplicationLine l : lines) {
            if (l.getKind() == LineKind.JOIN) {
                continue;
            }
            doctor.currentThrough(from).stream().filter(m -> m.getAssociation().equals(l.getAssociation()))
                    .flatMap(m -> m.findJoinDate().stream()).filter(on::isBefore).findFirst()
                    .ifPresent(d -> {
                        throw MamisException.forField("startDate", "membership.leave.beforeJoin", l.getAssociation().getName());
                    });
        }
    }

    private void replaceLines(List<PlannedLine> planned) {
        if (status != ApplicationStatus.DRAFT) {
            throw new MamisException("application.notEditable");
        }
        lines.clear();
        for (int i = 0; i < planned.size(); i++) {
            PlannedLine p = planned.get(i);
            lines.add(new ApplicationLine(this, p.association(), i, p.kind(), p.category(), p.held()));
        }
        Set<Association> now = associations();
        attachments.forEach(x -> x.restrictTo(now));
    }

    private void requireType(ApplicationType t) {
        if (type != t) {
            throw new IllegalStateException("not a " + t + " application: " + type);
        }
    }

    /**
     * Sets the associations and categories asked for, lowest tier first, and the start date.
     * In a draft everything may change; in a returned application only the categories of
     * undecided lines and the date.
     */
    public void plan(Map<Association, MemberCategory> selection, LocalDate startDate) {
        requireEditable();
        Objects.requireNonNull(selection);
        if (status == ApplicationStatus.RETURNED) {
            if (!selection.keySet().equals(associations())) {
                throw MamisException.forField("associations", "application.returned.associationsFixed");
            }
            boolean someApproved = lines.stream().anyMatch(l -> l.getStatus() == LineStatus.APPROVED);
            if (!type.takesEffectAtOnce() && someApproved && !Objects.equals(startDate, requestedStartDate)) {
                // memberships already started from the old date; the chain must share one date
                throw MamisException.forField("startDate", "application.returned.startDateFixed");
            }
            if (type.takesEffectAtOnce() && startDate != null) {
                // nothing has taken effect yet, so the date may still move — but not before a join date it ends
                checkLeaveDate(startDate);
            }
            for (ApplicationLine l : lines) {
                if (l.getStatus() == LineStatus.PENDING) {
                    l.changeCategory(selection.get(l.getAssociation()));
                }
            }
        } else {
            requireType(ApplicationType.ADMISSION);
            lines.clear();
            List<Association> lowestFirst = new ArrayList<>(selection.keySet());
            lowestFirst.sort(Comparator.comparingInt((Association a) -> a.getTier().level()).reversed());
            for (int i = 0; i < lowestFirst.size(); i++) {
                Association a = lowestFirst.get(i);
                lines.add(new ApplicationLine(this, a, i, selection.get(a)));
            }
            // documents stay visible only to associations still asked for
            attachments.forEach(x -> x.restrictTo(selection.keySet()));
        }
        this.requestedStartDate = startDate;
    }

    /** Adds an attached document while the member may still edit, visible only to the given associations. */
    public ApplicationAttachment attach(DocumentKind kind, String originalName, FileType type, long size, String sha256,
                                        String storedName, Instant now, Set<Association> visibleTo) {
        requireEditable();
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw MamisException.forField("attachment", "attachment.tooMany", MAX_ATTACHMENTS);
        }
        if (visibleTo.isEmpty() || !associations().containsAll(visibleTo)) {
            throw MamisException.forField("attachment", "attachment.visibility.invalid");
        }
        ApplicationAttachment a = new ApplicationAttachment(this, kind, originalName, type, size, sha256, storedName, now,
                visibleTo);
        attachments.add(a);
        return a;
    }

    /** Removes an attachment while the member may still edit; returns it so its file can be deleted. */
    public ApplicationAttachment detach(long attachmentId) {
        requireEditable();
        ApplicationAttachment a = attachments.stream().filter(x -> x.getId() != null && x.getId() == attachmentId)
                .findFirst().orElseThrow(() -> new MamisException("attachment.notFound"));
        attachments.remove(a);
        return a;
    }

    /** Files the draft: its lines go to their associations, the lowest first. */
    public void submit(String actor, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new MamisException("application.notDraft");
        }
        requireComplete();
        requireJoinable();
        status = ApplicationStatus.IN_REVIEW;
        submittedAt = now;
        events.add(new ApplicationEvent(this, EventKind.SUBMITTED, now, actor, null, null));
    }

    /** Files a corrected application again after a return (差戻し). */
    public void resubmit(String actor, Instant now) {
        if (status != ApplicationStatus.RETURNED) {
            throw new MamisException("application.notReturned");
        }
        requireComplete();
        requireJoinable();
        status = ApplicationStatus.IN_REVIEW;
        events.add(new ApplicationEvent(this, EventKind.RESUBMITTED, now, actor, null, null));
    }

    /** The member withdraws the application while {@link #isCancellable()}; decisions already made stay in the history. */
    public void cancel(String actor, Instant now) {
        if (!status.isOpen()) {
            throw new MamisException("application.closed");
        }
        if (!isCancellable()) {
            throw new MamisException("application.cancel.afterApproval");
        }
        lines.stream().filter(l -> l.getStatus() == LineStatus.PENDING).forEach(l -> l.decide(LineStatus.CLOSED, actor, now, null));
        status = ApplicationStatus.CANCELLED;
        finishedAt = now;
        events.add(new ApplicationEvent(this, EventKind.CANCELLED, now, actor, null, null));
    }

    /** The line whose turn it is: the lowest undecided one, while the application is in review. */
    public Optional<ApplicationLine> findActionableLine() {
        if (status != ApplicationStatus.IN_REVIEW) {
            return Optional.empty();
        }
        return lines.stream().filter(l -> l.getStatus() == LineStatus.PENDING).findFirst();
    }

    public boolean isActionableFor(Association a) {
        return findActionableLine().filter(l -> l.getAssociation().equals(a)).isPresent();
    }

    /**
     * The association approves its line. For an admission its membership becomes active from the
     * requested start date at once. A transfer or withdrawal changes nothing until the last line is
     * approved; then every leave, join and continuation takes effect together on the requested
     * date — or, if the memberships changed meanwhile, none does and the approval is refused.
     *
     * @return the memberships created, for the caller to store
     */
    public List<Membership> approve(Association by, String actor, Instant now) {
        ApplicationLine line = requireTurn(by);
        Origin origin = new Origin(type.cause(), id, actor, now);
        List<Membership> created = new ArrayList<>();
        if (!type.takesEffectAtOnce()) {
            created.add(doctor.join(line.getAssociation(), facility, line.getCategory(), requestedStartDate, origin));
        }
        line.decide(LineStatus.APPROVED, actor, now, null);
        events.add(new ApplicationEvent(this, EventKind.APPROVED, now, actor, by, null));
        if (lines.stream().allMatch(l -> l.getStatus() == LineStatus.APPROVED)) {
            if (type.takesEffectAtOnce()) {
                created.addAll(takeEffect(origin));
            }
            status = ApplicationStatus.APPROVED;
            finishedAt = now;
        }
        return created;
    }

    private List<Membership> takeEffect(Origin origin) {
        Facility from = type == ApplicationType.TRANSFER ? sourceFacility : facility;
        List<Membership> leaving = new ArrayList<>();
        Map<Membership, MemberCategory> continuing = new java.util.LinkedHashMap<>();
        List<Map.Entry<Association, MemberCategory>> joining = new ArrayList<>();
        for (ApplicationLine l : lines) {
            switch (l.getKind()) {
                case LEAVE -> leaving.add(heldThrough(from, l.getAssociation()));
                case CONTINUE -> {
                    Membership m = heldThrough(from, l.getAssociation());
                    // a category the member did not ask to change keeps whatever it became since filing
                    boolean asked = l.findHeldCategory().filter(h -> h != l.getCategory()).isPresent();
                    continuing.put(m, asked ? l.getCategory() : m.getCategory());
                }
                case JOIN -> joining.add(Map.entry(l.getAssociation(), l.getCategory()));
            }
        }
        return doctor.move(leaving, continuing, facility, joining, requestedStartDate, origin);
    }

    private Membership heldThrough(Facility f, Association a) {
        return doctor.currentThrough(f).stream().filter(m -> m.getAssociation().equals(a)).findFirst()
                .orElseThrow(() -> new MamisException("membership.changedSince", a.getName()));
    }

    /**
     * The memberships this application ends or moves when it takes effect: they do not count
     * against the destination's multiple-membership rule.
     */
    public List<Membership> leavingMemberships() {
        if (type == ApplicationType.ADMISSION) {
            return List.of();
        }
        Facility from = type == ApplicationType.TRANSFER ? sourceFacility : facility;
        return doctor.currentThrough(from);
    }

    /** The association rejects its line; every line above it ends. Approvals below stay. */
    public void reject(Association by, String actor, Instant now, String reason) {
        ApplicationLine line = requireTurn(by);
        String why = requireReason(reason);
        line.decide(LineStatus.REJECTED, actor, now, why);
        lines.stream().filter(l -> l.getPosition() > line.getPosition())
                .forEach(l -> l.decide(LineStatus.CLOSED, actor, now, null));
        status = ApplicationStatus.REJECTED;
        finishedAt = now;
        events.add(new ApplicationEvent(this, EventKind.REJECTED, now, actor, by, why));
    }

    /** The association sends the application back to the member for correction (差戻し). */
    public void returnForCorrection(Association by, String actor, Instant now, String reason) {
        requireTurn(by);
        String why = requireReason(reason);
        status = ApplicationStatus.RETURNED;
        events.add(new ApplicationEvent(this, EventKind.RETURNED, now, actor, by, why));
    }

    /**
     * A message in the thread: from the applicant ({@code association} null) or from a
     * secretariat the application is routed to.
     */
    public ApplicationMessage post(String author, Association association, String body, Instant now) {
        if (submittedAt == null) {
            throw new MamisException("application.notSubmitted");
        }
        if (association != null && !isRoutedTo(association)) {
            throw new MamisException("application.notFound");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw MamisException.forField("message", "message.required");
        }
        if (text.length() > ApplicationMessage.MAX_LENGTH) {
            throw MamisException.forField("message", "message.tooLong", ApplicationMessage.MAX_LENGTH);
        }
        ApplicationMessage m = new ApplicationMessage(this, now, author, association, text);
        messages.add(m);
        return m;
    }

    /**
     * True when the association has a line here and the member has filed it. Drafts are private,
     * also once cancelled without ever being filed.
     */
    public boolean isRoutedTo(Association a) {
        return submittedAt != null && lines.stream().anyMatch(l -> l.getAssociation().equals(a));
    }

    /** A draft may still move to another facility; the chain is checked again against it. */
    public void changeFacility(Facility f) {
        if (status != ApplicationStatus.DRAFT) {
            throw new MamisException("application.notEditable");
        }
        this.facility = Objects.requireNonNull(f);
    }

    public Optional<ApplicationLine> findLine(Association a) {
        return lines.stream().filter(l -> l.getAssociation().equals(a)).findFirst();
    }

    /** The line above {@code line}, whose association is told when this one is approved. */
    public Optional<ApplicationLine> findLineAbove(ApplicationLine line) {
        return lines.stream().filter(l -> l.getPosition() == line.getPosition() + 1).findFirst();
    }

    public Set<Association> associations() {
        Set<Association> s = new java.util.LinkedHashSet<>();
        lines.forEach(l -> s.add(l.getAssociation()));
        return s;
    }

    private ApplicationLine requireTurn(Association by) {
        ApplicationLine line = findLine(by).filter(l -> isRoutedTo(by))
                .orElseThrow(() -> new MamisException("application.notFound"));
        if (line.getStatus() != LineStatus.PENDING) {
            throw new MamisException("application.line.decided");
        }
        if (status != ApplicationStatus.IN_REVIEW) {
            throw new MamisException("application.notInReview");
        }
        if (!isActionableFor(by)) {
            throw new MamisException("application.line.notYourTurn");
        }
        return line;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new MamisException("application.notEditable");
        }
    }

    /** The member may still change it: a draft, or an application returned for correction. */
    public boolean isEditable() {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED;
    }

    /**
     * The member may still withdraw it: open, and — for an admission, whose approvals start
     * memberships at once — no association has approved yet. A transfer or withdrawal changes
     * nothing before its last approval, so it can be withdrawn until then.
     */
    public boolean isCancellable() {
        return status.isOpen() && (type.takesEffectAtOnce() || lines.stream().noneMatch(l -> l.getStatus() == LineStatus.APPROVED));
    }

    /** Checked when filing: each association to be joined can be joined from the date (see {@link Doctor#checkCanJoinFrom}). */
    private void requireJoinable() {
        lines.stream().filter(l -> l.getKind() == LineKind.JOIN)
                .forEach(l -> doctor.checkCanJoinFrom(l.getAssociation(), requestedStartDate));
    }

    private void requireComplete() {
        if (lines.isEmpty()) {
            throw MamisException.forField("associations", "admission.nothingSelected");
        }
        if (requestedStartDate == null) {
            throw MamisException.forField("startDate", type == ApplicationType.ADMISSION ? "admission.startDate.required"
                    : "application.effectiveDate.required");
        }
    }

    private static String requireReason(String reason) {
        return jp.mamis.domain.Reasons.require(reason, "decision");
    }

    public Long getId() {
        return id;
    }

    public ApplicationType getType() {
        return type;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Facility getFacility() {
        return facility;
    }

    public Optional<Facility> findSourceFacility() {
        return Optional.ofNullable(sourceFacility);
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Optional<LocalDate> findRequestedStartDate() {
        return Optional.ofNullable(requestedStartDate);
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> findSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> findFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public List<ApplicationLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<ApplicationAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<ApplicationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<ApplicationMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    public long getVersion() {
        return version;
    }
}
