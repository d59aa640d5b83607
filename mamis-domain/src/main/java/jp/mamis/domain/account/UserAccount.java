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

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
