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
import jp.mamis.domain.MamisException;
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

    /** The staff member's TOTP secret (Base32); null until a second factor is set up. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** True once a code from the secret was entered, i.e. the authenticator app holds it. */
    @Column(name = "totp_confirmed", nullable = false)
    private boolean totpConfirmed;

    /** The newest time step whose code was accepted; older codes (and the same one again) are refused. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** A disabled account cannot sign in (staff accounts are disabled by their association's admin). */
    @Column(nullable = false)
    private boolean disabled;

    /** The newest successful sign-in; null before the first. */
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /**
     * The sign-in before the newest one: what "since your previous login" counts from; null before
     * the second. Both are written by a bulk update at sign-in ({@code Accounts#recordLogin}).
     */
    @Column(name = "previous_login_at")
    private Instant previousLoginAt;

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

    /** Gives a staff account a new, not yet confirmed TOTP secret (first set-up). */
    public void startSecondFactor(String secret) {
        if (!role.isStaff()) {
            throw new IllegalStateException("members have no second factor");
        }
        if (totpConfirmed) {
            throw new MamisException("totp.alreadySetUp");
        }
        this.totpSecret = Objects.requireNonNull(secret);
    }

    /**
     * Accepts a code (enrolment or sign-in): it must match the secret now, within a step, and be
     * newer than the last code used. Confirms the set-up on the first success.
     */
    public void useSecondFactor(String code, Instant now) {
        if (totpSecret == null) {
            throw new MamisException("totp.notSetUp");
        }
        long step = Totp.match(totpSecret, code, now, totpLastStep)
                .orElseThrow(() -> MamisException.forField("code", "totp.invalid"));
        totpLastStep = step;
        totpConfirmed = true;
    }

    /** A secret handed over another way (the demo data's documented key): confirmed without a first code. */
    public void presetSecondFactor(String secret) {
        startSecondFactor(secret);
        totpConfirmed = true;
    }

    public boolean isSecondFactorConfirmed() {
        return totpConfirmed;
    }

    /** The secret while it is being set up (shown once so the app can take it); empty once confirmed. */
    public java.util.Optional<String> findSecretToSetUp() {
        return totpConfirmed ? java.util.Optional.empty() : java.util.Optional.ofNullable(totpSecret);
    }

    /** When the account signed in before the present sign-in; empty until it signed in twice. */
    public java.util.Optional<Instant> findPreviousLoginAt() {
        return java.util.Optional.ofNullable(previousLoginAt);
    }

    /** The newest successful sign-in. */
    public java.util.Optional<Instant> findLastLoginAt() {
        return java.util.Optional.ofNullable(lastLoginAt);
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** True for a staff admin that can sign in: one of those the association must keep. */
    public boolean isActiveAdmin() {
        return role == Role.STAFF_ADMIN && !disabled;
    }

    /**
     * Gives a staff account another staff role. The association must keep an active admin: the
     * last one cannot be demoted (also not by themselves).
     *
     * @param otherActiveAdmins the association's other active admins
     */
    public void changeRole(Role to, long otherActiveAdmins) {
        requireStaff();
        if (to == null || !to.isStaff()) {
            throw MamisException.forField("role", "staff.role.invalid");
        }
        if (to == role) {
            return;
        }
        requireAnotherAdmin(otherActiveAdmins);
        role = to;
    }

    /** Stops the account from signing in; the association's last active admin cannot be disabled. */
    public void disable(long otherActiveAdmins) {
        requireStaff();
        if (disabled) {
            return;
        }
        requireAnotherAdmin(otherActiveAdmins);
        disabled = true;
    }

    public void enable() {
        requireStaff();
        disabled = false;
    }

    /** Forgets the second factor: the account sets up a new key at its next sign-in, as a new account does. */
    public void resetSecondFactor() {
        requireStaff();
        totpSecret = null;
        totpConfirmed = false;
    }

    private void requireStaff() {
        if (!role.isStaff()) {
            throw new IllegalStateException("not a staff account");
        }
    }

    private void requireAnotherAdmin(long otherActiveAdmins) {
        if (isActiveAdmin() && otherActiveAdmins < 1) {
            throw new MamisException("staff.lastAdmin");
        }
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
