package jp.mamis.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of the terms of use and personal-data handling. The newest one
 * published is in force; every account must have consented to it before using MAMIS.
 */
@Entity
@Table(name = "terms_version")
public class TermsVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true)
    private int versionNumber;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "terms_text", nullable = false)
    private String termsText;

    @Column(name = "privacy_text", nullable = false)
    private String privacyText;

    protected TermsVersion() {
    }

    public TermsVersion(int versionNumber, String termsText, String privacyText, Instant publishedAt) {
        this.versionNumber = versionNumber;
        this.termsText = Objects.requireNonNull(termsText);
        this.privacyText = Objects.requireNonNull(privacyText);
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getTermsText() {
        return termsText;
    }

    public String getPrivacyText() {
        return privacyText;
    }
}
