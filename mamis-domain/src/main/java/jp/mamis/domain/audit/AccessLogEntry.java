package jp.mamis.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One line of the access log. Written once, never changed (the database refuses it). */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 32)
    private String actor;

    @Column(name = "source_address", length = 64)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AccessAction action;

    /** The association the actor acted for; null for a member acting on their own data. */
    @Column(name = "association_id")
    private Long associationId;

    @Column(name = "doctor_id")
    private Long doctorId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(length = 500)
    private String detail;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Instant at, String actor, String source, AccessAction action, Long associationId, Long doctorId,
                          Long applicationId, Long attachmentId, String detail) {
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.source = source;
        this.action = Objects.requireNonNull(action);
        this.associationId = associationId;
        this.doctorId = doctorId;
        this.applicationId = applicationId;
        this.attachmentId = attachmentId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getSource() {
        return source;
    }

    public AccessAction getAction() {
        return action;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public Long getDoctorId() {
        return doctorId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getDetail() {
        return detail;
    }
}
