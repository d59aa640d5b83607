package jp.mamis.domain.application;

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
import jp.mamis.domain.association.Association;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One step in an application's history: who did what, when, for which association, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventKind kind;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 32)
    private String actor;

    @ManyToOne
    @JoinColumn(name = "association_id")
    private Association association;

    @Column(length = 1000)
    private String reason;

    protected ApplicationEvent() {
    }

    ApplicationEvent(Application application, EventKind kind, Instant at, String actor, Association association, String reason) {
        this.application = Objects.requireNonNull(application);
        this.kind = Objects.requireNonNull(kind);
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.association = association;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Optional<Association> findAssociation() {
        return Optional.ofNullable(association);
    }

    public Optional<String> findReason() {
        return Optional.ofNullable(reason);
    }
}
