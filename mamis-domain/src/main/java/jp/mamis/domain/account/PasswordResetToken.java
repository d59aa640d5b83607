package jp.mamis.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time password-reset link. Only the SHA-256 of the random token is stored, so a copy of
 * the database cannot be used to reset anyone's password. It expires and works once.
 */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken {

    /** How long a reset link stays valid. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PasswordResetToken() {
    }

    public PasswordResetToken(UserAccount account, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** Marks the token used; refuses when it was used before or has expired. */
    public UserAccount redeem(Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            throw new MamisException("passwordReset.invalidLink");
        }
        usedAt = now;
        return account;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
