package jp.mamis.domain.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One message of an inquiry's thread, by the member or by the association's staff. Never changed. */
@Entity
@Table(name = "inquiry_message")
public class InquiryMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @Column(name = "from_staff", nullable = false)
    private boolean fromStaff;

    @Column(nullable = false, length = 32)
    private String author;

    @Column(nullable = false, length = Inquiry.BODY_MAX)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected InquiryMessage() {
    }

    InquiryMessage(Inquiry inquiry, boolean fromStaff, String author, String body, Instant sentAt) {
        this.inquiry = Objects.requireNonNull(inquiry);
        this.fromStaff = fromStaff;
        this.author = Objects.requireNonNull(author);
        this.body = Objects.requireNonNull(body);
        this.sentAt = Objects.requireNonNull(sentAt);
    }

    public Long getId() {
        return id;
    }

    public boolean isFromStaff() {
        return fromStaff;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
