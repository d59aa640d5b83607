package jp.mamis.domain.application;

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
import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.MemberCategory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One association's part of an application: the category asked for there and its decision. */
@Entity
@Table(name = "application_line")
public class ApplicationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    /** 0 for the lowest tier of the application, counting upward. */
    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LineKind kind = LineKind.JOIN;

    /** The category asked for (JOIN, CONTINUE) or held until leaving (LEAVE). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MemberCategory category;

    /** For LEAVE and CONTINUE: the category the member held there when filing (a later change is not undone). */
    @Enumerated(EnumType.STRING)
    @Column(name = "held_category", length = 8)
    private MemberCategory heldCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LineStatus status = LineStatus.PENDING;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    protected ApplicationLine() {
    }

    ApplicationLine(Application application, Association association, int position, MemberCategory category) {
        this(application, association, position, LineKind.JOIN, category, null);
    }

    ApplicationLine(Application application, Association association, int position, LineKind kind, MemberCategory category,
                    MemberCategory heldCategory) {
        this.application = Objects.requireNonNull(application);
        this.association = Objects.requireNonNull(association);
        this.position = position;
        this.kind = Objects.requireNonNull(kind);
        this.category = Objects.requireNonNull(category);
        this.heldCategory = heldCategory;
    }

    void decide(LineStatus to, String by, Instant at, String why) {
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = why;
    }

    void changeCategory(MemberCategory c) {
        this.category = Objects.requireNonNull(c);
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public Association getAssociation() {
        return association;
    }

    public LineKind getKind() {
        return kind;
    }

    public Optional<MemberCategory> findHeldCategory() {
        return Optional.ofNullable(heldCategory);
    }

    public int getPosition() {
        return position;
    }

    public MemberCategory getCategory() {
        return category;
    }

    public LineStatus getStatus() {
        return status;
    }

    public Optional<String> findDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> findDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> findReason() {
        return Optional.ofNullable(reason);
    }
}
