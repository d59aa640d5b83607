package jp.mamis.domain.regchange;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.Origin;
import jp.mamis.domain.rules.AssociationRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One change of a member's registration data (登録情報の変更): which part changed, its before and
 * after, who asked and when, and one line per association the member belonged to at that time,
 * whose secretariat sees it. Address, contacts and facility take effect at once ({@link Status#APPLIED}).
 * A name change waits ({@link Status#PENDING_APPROVAL}) while any of those associations' rules
 * ask to approve it; it takes effect when every one of them approved, in any order, and is
 * discarded by the first rejection.
 */
@Entity
@Table(name = "registration_change")
public class RegistrationChange {

    /** The part of the registration data that changed. */
    public enum Kind {
        /** 氏名・旧姓旧名・宛名 */
        NAME,
        /** 自宅現住所・電話・メール */
        CONTACT,
        /** 所属施設 */
        FACILITY
    }

    /** Where the change stands. */
    public enum Status {
        /** Took effect at once; the associations only see it. */
        APPLIED,
        /** 承認待ち: waits for the associations that approve name changes. */
        PENDING_APPROVAL,
        /** Every association asked approved it; it took effect. */
        APPROVED,
        /** An association rejected it; the data stayed as it was. */
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "before_text", nullable = false, length = 1000)
    private String before;

    @Column(name = "after_text", nullable = false, length = 1000)
    private String after;

    @Column(name = "requested_by", nullable = false, length = 32)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    /** The name asked for, kept until the change is decided (NAME only). */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "familyName", column = @Column(name = "new_family_name")),
        @AttributeOverride(name = "givenName", column = @Column(name = "new_given_name")),
        @AttributeOverride(name = "familyKana", column = @Column(name = "new_family_kana")),
        @AttributeOverride(name = "givenKana", column = @Column(name = "new_given_kana"))
    })
    private PersonName newName;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "familyName", column = @Column(name = "new_former_family_name")),
        @AttributeOverride(name = "givenName", column = @Column(name = "new_former_given_name")),
        @AttributeOverride(name = "familyKana", column = @Column(name = "new_former_family_kana")),
        @AttributeOverride(name = "givenKana", column = @Column(name = "new_former_given_kana"))
    })
    private PersonName newFormerName;

    @Column(name = "new_use_former_name_on_mail")
    private Boolean newUseFormerNameOnMail;

    @OneToMany(mappedBy = "change", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<RegistrationChangeLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected RegistrationChange() {
    }

    private RegistrationChange(Doctor doctor, Kind kind, ChangeText.Diff diff, String actor, Instant at) {
        this.doctor = Objects.requireNonNull(doctor);
        this.kind = kind;
        this.before = diff.before();
        this.after = diff.after();
        this.requestedBy = Objects.requireNonNull(actor);
        this.requestedAt = Objects.requireNonNull(at);
    }

    /** The name a member asks for: the new name, the former name as chosen (null: none), and the mail flag. */
    public record NameChange(PersonName name, PersonName formerName, boolean useFormerNameOnMail) {
        public NameChange {
            Objects.requireNonNull(name, "name");
            if (useFormerNameOnMail && formerName == null) {
                throw MamisException.forField("formerFamilyName", "doctor.formerName.requiredForMail");
            }
        }
    }

    /**
     * 氏名の変更. Seen by every association the doctor currently belongs to; those whose rules
     * ask to approve name changes must approve it before it takes effect, otherwise it takes
     * effect now. Refused when it changes nothing.
     */
    public static RegistrationChange name(Doctor d, NameChange to, Function<Association, AssociationRules> rules,
                                          String actor, Instant at) {
        Objects.requireNonNull(to, "name");
        ChangeText.Diff diff = ChangeText.diff(
                ChangeText.name(d.getName(), d.findFormerName().orElse(null), d.isUseFormerNameOnMail()),
                ChangeText.name(to.name(), to.formerName(), to.useFormerNameOnMail()));
        if (diff.isEmpty()) {
            throw MamisException.forField("familyName", "regchange.unchanged");
        }
        RegistrationChange c = new RegistrationChange(d, Kind.NAME, diff, actor, at);
        for (Association a : currentAssociations(d)) {
            boolean approves = rules.apply(a).isNameChangeApprovalRequired();
            c.lines.add(new RegistrationChangeLine(c, a, approves ? RegistrationChangeLine.Status.PENDING
                    : RegistrationChangeLine.Status.INFORMED));
        }
        c.newName = to.name();
        c.newFormerName = to.formerName();
        c.newUseFormerNameOnMail = to.useFormerNameOnMail();
        if (c.lines.stream().anyMatch(l -> l.getStatus() == RegistrationChangeLine.Status.PENDING)) {
            c.status = Status.PENDING_APPROVAL;
        } else {
            c.status = Status.APPLIED;
            c.applyName();
        }
        return c;
    }

    /**
     * 連絡先の変更, taking effect now. Empty when nothing changed (nothing to show anyone).
     */
    public static Optional<RegistrationChange> contact(Doctor d, Contact to, String actor, Instant at) {
        ChangeText.Diff diff = ChangeText.diff(ChangeText.contact(d.getContact()), ChangeText.contact(to));
        d.changeContact(to);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(applied(d, Kind.CONTACT, diff, actor, at));
    }

    /**
     * 所属施設の変更, taking effect on {@code on}: every current membership through {@code from}
     * moves to {@code to} with its join date kept; each membership's history records it as a
     * registration change.
     */
    public static RegistrationChange facility(Doctor d, Facility from, Facility to, LocalDate on, String actor, Instant at) {
        Set<Association> audience = currentAssociations(d);
        List<Membership> moved = d.changeFacility(from, to, on, new Origin(Origin.Cause.REGISTRATION_CHANGE, null, actor, at));
        String chain = moved.stream().map(m -> m.getAssociation().getName()).collect(Collectors.joining("・"));
        ChangeText.Diff diff = ChangeText.diff(Map.of("所属施設", from.getName() + "（" + chain + "）"),
                Map.of("所属施設", to.getName() + "（" + chain + "）"));
        RegistrationChange c = new RegistrationChange(d, Kind.FACILITY, diff, actor, at);
        c.status = Status.APPLIED;
        audience.forEach(a -> c.lines.add(new RegistrationChangeLine(c, a, RegistrationChangeLine.Status.INFORMED)));
        return c;
    }

    private static RegistrationChange applied(Doctor d, Kind kind, ChangeText.Diff diff, String actor, Instant at) {
        RegistrationChange c = new RegistrationChange(d, kind, diff, actor, at);
        c.status = Status.APPLIED;
        currentAssociations(d).forEach(a -> c.lines.add(new RegistrationChangeLine(c, a, RegistrationChangeLine.Status.INFORMED)));
        return c;
    }

    private static Set<Association> currentAssociations(Doctor d) {
        return d.getMemberships().stream().filter(Membership::isCurrent).map(Membership::getAssociation)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The association's approval. When it was the last one asked for, the change takes effect
     * (the doctor's name is changed).
     *
     * @return true when the change took effect with this approval
     */
    public boolean approve(Association by, String actor, Instant at) {
        RegistrationChangeLine line = pendingLineOf(by);
        line.decide(RegistrationChangeLine.Status.APPROVED, actor, at);
        if (lines.stream().anyMatch(l -> l.getStatus() == RegistrationChangeLine.Status.PENDING)) {
            return false;
        }
        status = Status.APPROVED;
        decidedAt = at;
        applyName();
        return true;
    }

    /** The association's rejection, with its reason: the change is discarded, the doctor's data stays as it is. */
    public void reject(Association by, String actor, Instant at, String why) {
        String r = jp.mamis.domain.Reasons.require(why, "regchange");
        RegistrationChangeLine line = pendingLineOf(by);
        line.decide(RegistrationChangeLine.Status.REJECTED, actor, at);
        lines.stream().filter(l -> l.getStatus() == RegistrationChangeLine.Status.PENDING).forEach(RegistrationChangeLine::close);
        status = Status.REJECTED;
        decidedAt = at;
        reason = r;
    }

    private RegistrationChangeLine pendingLineOf(Association by) {
        if (status != Status.PENDING_APPROVAL) {
            throw new MamisException("regchange.notPending");
        }
        return lines.stream().filter(l -> l.getAssociation().equals(by) && l.getStatus() == RegistrationChangeLine.Status.PENDING)
                .findFirst().orElseThrow(() -> new MamisException("regchange.notYourApproval"));
    }

    private void applyName() {
        doctor.changeName(newName, newFormerName, Boolean.TRUE.equals(newUseFormerNameOnMail));
    }

    /** True when the association's secretariat may see this change. */
    public boolean isVisibleTo(Association a) {
        return lines.stream().anyMatch(l -> l.getAssociation().equals(a));
    }

    /** The association's line, when it has one. */
    public Optional<RegistrationChangeLine> findLineOf(Association a) {
        return lines.stream().filter(l -> l.getAssociation().equals(a)).findFirst();
    }

    /** True when it waits for this association's approval. */
    public boolean awaits(Association a) {
        return status == Status.PENDING_APPROVAL && findLineOf(a).filter(l -> l.getStatus() == RegistrationChangeLine.Status.PENDING).isPresent();
    }

    public Long getId() {
        return id;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<Instant> findDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> findReason() {
        return Optional.ofNullable(reason);
    }

    public List<RegistrationChangeLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public long getVersion() {
        return version;
    }
}
