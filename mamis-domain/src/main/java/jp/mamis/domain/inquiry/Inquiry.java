package jp.mamis.domain.inquiry;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.membership.Membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An inquiry (お問合せ) of a member to one association they belong to now, with the thread of
 * messages between them and that association's secretariat. Only that member and that
 * association take part; a staff reply marks it answered, a member's message opens it again.
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    public static final int SUBJECT_MAX = 100;
    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InquiryStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.ALL)
    @OrderBy("sentAt, id")
    private List<InquiryMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected Inquiry() {
    }

    /**
     * A member's new inquiry to {@code to}, which must be one of the associations they are an
     * active member of.
     */
    public static Inquiry open(Doctor from, Association to, String subject, String body, String author, Instant now) {
        Objects.requireNonNull(to, "association");
        boolean member = from.getMemberships().stream().filter(Membership::isActive)
                .anyMatch(m -> m.getAssociation().equals(to));
        if (!member) {
            throw MamisException.forField("association", "inquiry.notMember");
        }
        Inquiry i = new Inquiry();
        i.doctor = from;
        i.association = to;
        i.subject = ReliefRule.text("subject", subject, SUBJECT_MAX, "inquiry.subject.required");
        i.createdAt = now;
        i.add(false, author, body, now);
        return i;
    }

    /** The member writes again: the inquiry waits for the secretariat. */
    public void memberWrites(String author, String body, Instant now) {
        add(false, author, body, now);
    }

    /** The secretariat answers: the inquiry is answered (until the member writes again). */
    public void staffReplies(String author, String body, Instant now) {
        add(true, author, body, now);
    }

    private void add(boolean fromStaff, String author, String body, Instant now) {
        String b = ReliefRule.text("body", body, BODY_MAX, "inquiry.body.required");
        messages.add(new InquiryMessage(this, fromStaff, author, b, now));
        status = fromStaff ? InquiryStatus.ANSWERED : InquiryStatus.OPEN;
        lastMessageAt = now;
    }

    public boolean isOf(Doctor d) {
        return doctor == d || doctor.getId() != null && doctor.getId().equals(d.getId());
    }

    public boolean isTo(Association a) {
        return association == a || association.getId() != null && association.getId().equals(a.getId());
    }

    public Long getId() {
        return id;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Association getAssociation() {
        return association;
    }

    public String getSubject() {
        return subject;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public List<InquiryMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    public long getVersion() {
        return version;
    }
}
