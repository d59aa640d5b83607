package jp.mamis.domain.categoryreview;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.Origin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A secretariat's task to change one membership's category at the end of the member's training
 * (A2(C) → A2(B), C → B). Raised once per membership and transition (the table is unique on
 * them); applied once — the change goes through {@link Membership#changeCategory} and so into
 * the membership's history — or dismissed with a reason.
 */
@Entity
@Table(name = "category_review_task")
public class CategoryReviewTask {

    static final int REASON_MAX = jp.mamis.domain.Reasons.MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_category", nullable = false, length = 8)
    private MemberCategory fromCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_category", nullable = false, length = 8)
    private MemberCategory toCategory;

    /** The training end date the change is due from. */
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskStatus status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(length = REASON_MAX)
    private String reason;

    @Version
    private long version;

    protected CategoryReviewTask() {
    }

    /** Raises the task for a membership whose transition is due on {@code on}; refused when none is. */
    public static CategoryReviewTask raise(Membership m, LocalDate on, Instant at) {
        MemberCategory target = CategoryTransition.dueOn(m, on)
                .orElseThrow(() -> new MamisException("categoryReview.notDue", m.getAssociation().getName()));
        CategoryReviewTask t = new CategoryReviewTask();
        t.membership = m;
        t.fromCategory = m.getCategory();
        t.toCategory = target;
        t.dueDate = m.getDoctor().trainingEnd();
        t.status = TaskStatus.OPEN;
        t.raisedAt = Objects.requireNonNull(at, "at");
        return t;
    }

    /**
     * Changes the membership's category from {@code effective} (the training end date when null).
     * Refused when the task is no longer open (applied or dismissed: no double change), when the
     * membership ended or changed category since, or when the date is before the 入会日.
     */
    public void apply(LocalDate effective, String actor, Instant at) {
        requireOpen();
        if (!membership.isActive() || membership.getCategory() != fromCategory) {
            throw new MamisException("categoryReview.changedSince", membership.getAssociation().getName());
        }
        LocalDate day = effective == null ? dueDate : effective;
        if (membership.findJoinDate().filter(day::isBefore).isPresent()) {
            throw MamisException.forField("effectiveDate", "categoryReview.effective.beforeJoin");
        }
        membership.changeCategory(toCategory, day, new Origin(Origin.Cause.CATEGORY_REVIEW, null, Objects.requireNonNull(actor), at));
        status = TaskStatus.APPLIED;
        effectiveDate = day;
        decide(actor, at);
    }

    /** Closes the task without a change; the reason is required. */
    public void dismiss(String why, String actor, Instant at) {
        requireOpen();
        String r = jp.mamis.domain.Reasons.require(why, "categoryReview");
        status = TaskStatus.DISMISSED;
        reason = r;
        decide(actor, at);
    }

    /** The training was extended after the task was raised: it stays open, due from the new end date. */
    public void reschedule(LocalDate newDue) {
        requireOpen();
        dueDate = Objects.requireNonNull(newDue, "due");
    }

    private void decide(String actor, Instant at) {
        decidedBy = Objects.requireNonNull(actor, "actor");
        decidedAt = Objects.requireNonNull(at, "at");
    }

    private void requireOpen() {
        if (status != TaskStatus.OPEN) {
            throw new MamisException("categoryReview.closed");
        }
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Membership getMembership() {
        return membership;
    }

    public MemberCategory getFrom() {
        return fromCategory;
    }

    public MemberCategory getTo() {
        return toCategory;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Optional<String> findDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<LocalDate> findEffectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    public Optional<String> findReason() {
        return Optional.ofNullable(reason);
    }

    public long getVersion() {
        return version;
    }
}
