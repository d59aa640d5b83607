package jp.mamis.domain.account;

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
import jp.mamis.domain.association.Association;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.doctor.Doctor;

import java.time.Instant;
import java.util.Objects;

/** A login account. A member's account belongs to one doctor. The password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_id", nullable = false, unique = true, length = 32)
    private String loginId;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    /** The association a staff account acts for; null for members. */
    @ManyToOne
    @JoinColumn(name = "association_id")
    private Association association;

    /** A staff member's name as shown in histories; null for members (their name is the doctor's). */
    @Column(name = "staff_name", length = 100)
    private String staffName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public static UserAccount forMember(Doctor doctor, String loginId, String passwordHash, Instant now) {
        UserAccount a = new UserAccount();
        a.doctor = Objects.requireNonNull(doctor);
        a.loginId = Objects.requireNonNull(loginId);
        a.passwordHash = Objects.requireNonNull(passwordHash);
        a.role = Role.MEMBER;
        a.createdAt = now;
        a.passwordChangedAt = now;
        return a;
    }

    /** A secretariat account of one association. */
    public static UserAccount forStaff(Association association, String loginId, String staffName, Role role,
                                       String passwordHash, Instant now) {
        if (!Objects.requireNonNull(role).isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        UserAccount a = new UserAccount();
        a.association = Objects.requireNonNull(association);
        a.loginId = Objects.requireNonNull(loginId);
        a.staffName = Objects.requireNonNull(staffName);
        a.passwordHash = Objects.requireNonNull(passwordHash);
        a.role = role;
        a.createdAt = now;
        a.passwordChangedAt = now;
        return a;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    /** The association a staff account acts for. */
    public java.util.Optional<Association> findAssociation() {
        return java.util.Optional.ofNullable(association);
    }

    public java.util.Optional<String> findStaffName() {
        return java.util.Optional.ofNullable(staffName);
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
