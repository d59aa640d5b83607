package jp.mamis.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** Proof that an account consented to one terms version, when and from where (APPI). Never changed. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "terms_version_id")
    private TermsVersion termsVersion;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    protected ConsentRecord() {
    }

    public ConsentRecord(UserAccount account, TermsVersion termsVersion, Instant consentedAt, String remoteAddress) {
        this.account = Objects.requireNonNull(account);
        this.termsVersion = Objects.requireNonNull(termsVersion);
        this.consentedAt = Objects.requireNonNull(consentedAt);
        this.remoteAddress = remoteAddress;
    }

    public TermsVersion getTermsVersion() {
        return termsVersion;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }
}
