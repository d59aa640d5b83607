package jp.mamis.domain.regchange;

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

/** What one association has to do with a registration change: see it, or approve it. Changed only by {@link RegistrationChange}. */
@Entity
@Table(name = "registration_change_line")
public class RegistrationChangeLine {

    /** The association's part. */
    public enum Status {
        /** It sees the change; its rules ask for no approval. */
        INFORMED,
        /** 承認待ち: its approval is needed. */
        PENDING,
        APPROVED,
        REJECTED,
        /** Another association rejected the change first; nothing left to decide here. */
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "change_id")
    private RegistrationChange change;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected RegistrationChangeLine() {
    }

    RegistrationChangeLine(RegistrationChange change, Association association, Status status) {
        this.change = Objects.requireNonNull(change);
        this.association = Objects.requireNonNull(association);
        this.status = Objects.requireNonNull(status);
    }

    void decide(Status decision, String actor, Instant at) {
        this.status = decision;
        this.decidedBy = Objects.requireNonNull(actor);
        this.decidedAt = Objects.requireNonNull(at);
    }

    void close() {
        this.status = Status.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public RegistrationChange getChange() {
        return change;
    }

    public Association getAssociation() {
        return association;
    }

    public Status getStatus() {
        return status;
    }

    public Optional<String> findDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> findDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
