package jp.mamis.domain.notice;

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
import jp.mamis.domain.association.Association;
import jp.mamis.domain.fee.ReliefRule;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice (お知らせ) of one association to its members: a title and a plain-text body, shown on
 * My Page of every current member from {@code publishFrom} to {@code publishUntil} (both days
 * included; no end date = until removed).
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int TITLE_MAX = 100;
    public static final int BODY_MAX = 4000;

    /** What the writer enters. */
    public record Settings(String title, String body, LocalDate publishFrom, LocalDate publishUntil) implements Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "publish_from", nullable = false)
    private LocalDate publishFrom;

    @Column(name = "publish_until")
    private LocalDate publishUntil;

    @Column(name = "written_by", nullable = false, length = 32)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected Notice() {
    }

    public static Notice write(Association association, Settings s, String by, Instant now) {
        Notice n = new Notice();
        n.association = Objects.requireNonNull(association);
        n.apply(s, by, now);
        return n;
    }

    /** Rewrites the notice (title, body, period); the writer and time are the latest change's. */
    public void change(Settings s, String by, Instant now) {
        apply(s, by, now);
    }

    private void apply(Settings s, String by, Instant now) {
        String t = ReliefRule.text("title", s.title(), TITLE_MAX, "notice.title.required");
        String b = ReliefRule.text("body", s.body(), BODY_MAX, "notice.body.required");
        if (s.publishFrom() == null) {
            throw MamisException.forField("publishFrom", "notice.from.required");
        }
        if (s.publishUntil() != null && s.publishUntil().isBefore(s.publishFrom())) {
            throw MamisException.forField("publishUntil", "notice.until.beforeFrom");
        }
        title = t;
        body = b;
        publishFrom = s.publishFrom();
        publishUntil = s.publishUntil();
        writtenBy = Objects.requireNonNull(by);
        writtenAt = Objects.requireNonNull(now);
    }

    /** True when members see it on {@code day}: from the first day to the last, both included. */
    public boolean isPublishedOn(LocalDate day) {
        return !day.isBefore(publishFrom) && (publishUntil == null || !day.isAfter(publishUntil));
    }

    public Settings settings() {
        return new Settings(title, body, publishFrom, publishUntil);
    }

    public Long getId() {
        return id;
    }

    public Association getAssociation() {
        return association;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getPublishFrom() {
        return publishFrom;
    }

    public Optional<LocalDate> findPublishUntil() {
        return Optional.ofNullable(publishUntil);
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public long getVersion() {
        return version;
    }
}
