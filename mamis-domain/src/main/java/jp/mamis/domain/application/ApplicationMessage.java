package jp.mamis.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.mamis.domain.association.Association;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message in an application's thread between the applicant and the secretariats. A message
 * from a secretariat names its association; one from the applicant has none.
 */
@Entity
@Table(name = "application_message")
public class ApplicationMessage {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false, length = 32)
    private String author;

    @ManyToOne
    @JoinColumn(name = "association_id")
    private Association association;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    protected ApplicationMessage() {
    }

    ApplicationMessage(Application application, Instant sentAt, String author, Association association, String body) {
        this.application = Objects.requireNonNull(application);
        this.sentAt = Objects.requireNonNull(sentAt);
        this.author = Objects.requireNonNull(author);
        this.association = association;
        this.body = Objects.requireNonNull(body);
    }

    public Long getId() {
        return id;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getAuthor() {
        return author;
    }

    /** The secretariat that wrote it; empty when the applicant wrote it. */
    public Optional<Association> findAssociation() {
        return Optional.ofNullable(association);
    }

    public String getBody() {
        return body;
    }
}
