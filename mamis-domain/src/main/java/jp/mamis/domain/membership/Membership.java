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
import jakarta.persistence.Version;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;

import java.time.LocalDate;
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

    @Version
    private long version;

    protected Membership() {
    }

    /** Use {@link Doctor#join}, which checks the rules first. */
    public Membership(Doctor doctor, Association association, Facility facility, MemberCategory category,
                      LocalDate joinDate) {
        this.doctor = Objects.requireNonNull(doctor);
        this.association = Objects.requireNonNull(association);
        this.facility = Objects.requireNonNull(facility);
        this.category = Objects.requireNonNull(category);
        this.status = MembershipStatus.ACTIVE;
        this.joinDate = joinDate;
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

    /** The 入会日, empty when unknown (shown as "-"). */
    public Optional<LocalDate> findJoinDate() {
        return Optional.ofNullable(joinDate);
    }

    public Optional<LocalDate> findLeaveDate() {
        return Optional.ofNullable(leaveDate);
    }
}
