package jp.mamis.domain.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.mamis.domain.association.Association;

import java.time.Instant;
import java.util.Objects;

/** One change of an association's rules: who, when, before and after. Never updated or deleted. */
@Entity
@Table(name = "rule_change")
public class RuleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @Column(name = "changed_by", nullable = false, length = 32)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "before_text", nullable = false, length = 2000)
    private String before;

    @Column(name = "after_text", nullable = false, length = 2000)
    private String after;

    protected RuleChange() {
    }

    public RuleChange(Association association, String changedBy, Instant changedAt, String before, String after) {
        this.association = Objects.requireNonNull(association);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.before = Objects.requireNonNull(before);
        this.after = Objects.requireNonNull(after);
    }

    public Long getId() {
        return id;
    }

    public Association getAssociation() {
        return association;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
