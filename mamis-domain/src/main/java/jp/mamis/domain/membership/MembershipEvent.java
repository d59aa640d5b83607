package jp.mamis.domain.membership;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a membership's history (医師会入退会履歴): a join, a leave, a change of category or
 * of facility, with the date it takes effect and what caused it. Written only by
 * {@link Membership}, never changed afterwards.
 */
@Entity
@Table(name = "membership_event")
public class MembershipEvent {

    /** What happened to the membership. */
    public enum Kind {
        /** 入会 */
        JOINED,
        /** 退会 */
        LEFT,
        /** 会員区分変更 */
        CATEGORY_CHANGED,
        /** 所属施設の変更 (a transfer that continues the membership, or a change of registration data) */
        FACILITY_CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Origin.Cause cause;

    /** The date the change takes effect; null when unknown (migrated data without a join date). */
    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_before", length = 8)
    private MemberCategory categoryBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_after", length = 8)
    private MemberCategory categoryAfter;

    @Column(name = "facility_before", length = 200)
    private String facilityBefore;

    @Column(name = "facility_after", length = 200)
    private String facilityAfter;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(length = 32)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MembershipEvent() {
    }

    MembershipEvent(Membership membership, Kind kind, LocalDate effectiveDate, Origin origin,
                    MemberCategory categoryBefore, MemberCategory categoryAfter, String facilityBefore, String facilityAfter) {
        this.membership = Objects.requireNonNull(membership);
        this.kind = Objects.requireNonNull(kind);
        this.cause = origin.cause();
        this.effectiveDate = effectiveDate;
        this.categoryBefore = categoryBefore;
        this.categoryAfter = categoryAfter;
        this.facilityBefore = facilityBefore;
        this.facilityAfter = facilityAfter;
        this.applicationId = origin.applicationId();
        this.actor = origin.actor();
        this.recordedAt = origin.at();
    }

    public Long getId() {
        return id;
    }

    public Membership getMembership() {
        return membership;
    }

    public Kind getKind() {
        return kind;
    }

    public Origin.Cause getCause() {
        return cause;
    }

    public Optional<LocalDate> findEffectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    public Optional<MemberCategory> findCategoryBefore() {
        return Optional.ofNullable(categoryBefore);
    }

    public Optional<MemberCategory> findCategoryAfter() {
        return Optional.ofNullable(categoryAfter);
    }

    public Optional<String> findFacilityBefore() {
        return Optional.ofNullable(facilityBefore);
    }

    public Optional<String> findFacilityAfter() {
        return Optional.ofNullable(facilityAfter);
    }

    public Optional<Long> findApplicationId() {
        return Optional.ofNullable(applicationId);
    }

    public Optional<String> findActor() {
        return Optional.ofNullable(actor);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
