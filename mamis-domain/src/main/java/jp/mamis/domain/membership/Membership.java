package jp.mamis.domain.membership;

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
import jp.mamis.domain.doctor.Doctor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A doctor's membership of one association. Created only through {@link Doctor#join}. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @ManyToOne(optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MemberCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MembershipStatus status;

    @Column(name = "join_date")
    private LocalDate joinDate;

    @Column(name = "leave_date")
    private LocalDate leaveDate;

    @OneToMany(mappedBy = "membership", cascade = CascadeType.ALL)
    @OrderBy("recordedAt, id")
    private List<MembershipEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Membership() {
    }

    /** Use {@link Doctor#join}, which checks the rules first. The join is the first entry of its history. */
    public Membership(Doctor doctor, Association association, Facility facility, MemberCategory category,
                      LocalDate joinDate, Origin origin) {
        this.doctor = Objects.requireNonNull(doctor);
        this.association = Objects.requireNonNull(association);
        this.facility = Objects.requireNonNull(facility);
        this.category = Objects.requireNonNull(category);
        this.status = MembershipStatus.ACTIVE;
        this.joinDate = joinDate;
        events.add(new MembershipEvent(this, MembershipEvent.Kind.JOINED, joinDate, Objects.requireNonNull(origin),
                null, category, null, facility.getName()));
    }

    /**
     * Ends the membership (退会) on {@code leaveDate}. Use {@link Doctor#leave}, which keeps the
     * chains whole (no upper tier left without the lower one).
     */
    public void withdraw(LocalDate leaveDate, Origin origin) {
        requireActive();
        Objects.requireNonNull(leaveDate, "leaveDate");
        if (joinDate != null && leaveDate.isBefore(joinDate)) {
            throw new MamisException("membership.leave.beforeJoin", association.getName());
        }
        this.status = MembershipStatus.WITHDRAWN;
        this.leaveDate = leaveDate;
        events.add(new MembershipEvent(this, MembershipEvent.Kind.LEFT, leaveDate, origin, category, null,
                facility.getName(), null));
    }

    /** Changes the category (会員区分) from {@code on}; the old one stays in the history. No-op when unchanged. */
    public void changeCategory(MemberCategory to, LocalDate on, Origin origin) {
        requireActive();
        Objects.requireNonNull(to, "category");
        if (to == category) {
            return;
        }
        events.add(new MembershipEvent(this, MembershipEvent.Kind.CATEGORY_CHANGED, on, origin, category, to, null, null));
        this.category = to;
    }

    /**
     * Moves the membership to another facility, keeping its join date: a transfer that continues
     * the membership, or a change of workplace inside the same chain. No-op when unchanged.
     */
    public void moveTo(Facility to, LocalDate on, Origin origin) {
        requireActive();
        Objects.requireNonNull(to, "facility");
        if (to.equals(facility)) {
            return;
        }
        events.add(new MembershipEvent(this, MembershipEvent.Kind.FACILITY_CHANGED, on, origin, null, null,
                facility.getName(), to.getName()));
        this.facility = to;
    }

    private void requireActive() {
        if (status != MembershipStatus.ACTIVE) {
            throw new MamisException("membership.notActive", association.getName());
        }
    }

    /** The history, oldest first. */
    public List<MembershipEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    /** Active or pending: it counts for the rules (no duplicate, JMA once). */
    public boolean isCurrent() {
        return status != MembershipStatus.WITHDRAWN;
    }

    public Long getId() {
        return id;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Association getAssociation() {
        return association;
    }

    public Facility getFacility() {
        return facility;
    }

    public MemberCategory getCategory() {
        return category;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    /** The 入会日, empty when unknown (shown as "-"). */
    public Optional<LocalDate> findJoinDate() {
        return Optional.ofNullable(joinDate);
    }

    public Optional<LocalDate> findLeaveDate() {
        return Optional.ofNullable(leaveDate);
    }
}
