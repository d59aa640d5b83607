package jp.mamis.domain.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 在籍証明書: one request for, and then one issued, certificate of membership of one association.
 * <pre>
 *   REQUESTED ──issue──▶ ISSUED ──revoke──▶ REVOKED
 *       │                   └──supersede──▶ SUPERSEDED (a newer one was issued)
 *       └──refuse──▶ REFUSED
 * </pre>
 * Every other change is refused. A request of a former member (退会した会員), or of an association
 * whose rules say so, is issued only on the secretariat's approval. What the certificate prints is
 * copied into it when it is issued, so it can be reproduced exactly whatever changes later.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificateStatus status;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    /** The doctor had no active membership at the association when asking (退会した会員). */
    @Column(name = "former_member", nullable = false)
    private boolean formerMember;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 32)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    /** Why the request was refused or the certificate revoked. */
    @Column(length = 1000)
    private String reason;

    @Column(length = 40, unique = true)
    private String number;

    @Column(name = "verification_hash", length = 64, unique = true)
    private String verificationHash;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "printed_association", length = 100)
    private String printedAssociation;

    @Column(name = "printed_name", length = 101)
    private String printedName;

    @Column(name = "printed_kana", length = 101)
    private String printedKana;

    @Column(name = "printed_registration_number", length = 7)
    private String printedRegistrationNumber;

    @Column(name = "printed_category", length = 8)
    private String printedCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_period", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    private List<MembershipPeriod> periods = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by")
    private Certificate supersededBy;

    @Version
    private long version;

    protected Certificate() {
    }

    /**
     * A member's request for a certificate of an association they are or were a member of.
     *
     * @param associationRequiresApproval the association's rule for its active members
     * @throws MamisException {@code certificate.notMember} when the doctor never was a member there
     */
    public static Certificate request(Doctor doctor, Association association, boolean associationRequiresApproval,
                                      String by, Instant at) {
        Objects.requireNonNull(doctor);
        Objects.requireNonNull(association);
        List<MembershipPeriod> periods = periodsAt(doctor, association);
        if (periods.isEmpty()) {
            throw new MamisException("certificate.notMember", association.getName());
        }
        Certificate c = new Certificate();
        c.doctor = doctor;
        c.association = association;
        c.status = CertificateStatus.REQUESTED;
        c.formerMember = periods.stream().noneMatch(MembershipPeriod::isCurrent);
        c.approvalRequired = needsApproval(periods, associationRequiresApproval);
        c.requestedBy = Objects.requireNonNull(by);
        c.requestedAt = Objects.requireNonNull(at);
        return c;
    }

    /** A former member always needs the secretariat's approval; an active one when the association's rules say so. */
    public static boolean needsApproval(List<MembershipPeriod> periods, boolean associationRequiresApproval) {
        return associationRequiresApproval || periods.stream().noneMatch(MembershipPeriod::isCurrent);
    }

    /** The doctor's periods at the association (active and withdrawn rows, not pending ones), oldest first, unknown join dates first. */
    public static List<MembershipPeriod> periodsAt(Doctor doctor, Association association) {
        return doctor.getMemberships().stream()
                .filter(m -> m.getAssociation().equals(association))
                .map(MembershipPeriod::of).flatMap(Optional::stream)
                .sorted(Comparator.comparing((MembershipPeriod p) -> p.findJoinDate().orElse(LocalDate.MIN))
                        .thenComparing(MembershipPeriod::isCurrent))
                .toList();
    }

    /** 会員区分 printed: that of the active membership there, else of the latest one. */
    static Optional<MemberCategory> categoryAt(Doctor doctor, Association association) {
        List<Membership> rows = doctor.getMemberships().stream()
                .filter(m -> m.getAssociation().equals(association))
                .filter(m -> MembershipPeriod.of(m).isPresent())
                .toList();
        return rows.stream().filter(Membership::isCurrent).findFirst()
                .or(() -> rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1)))
                .map(Membership::getCategory);
    }

    /** 証明書番号: association code, year of issue and a sequence number, e.g. {@code 14100-2026-000123}. */
    public static String formatNumber(String associationCode, int year, long sequence) {
        if (sequence <= 0) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        return String.format("%s-%04d-%06d", Objects.requireNonNull(associationCode), year, sequence);
    }

    /**
     * Issues the certificate: prints the doctor's current data, the periods and the category, with
     * the number and the hash of the verification code.
     *
     * @param byStaff true when the association's secretariat approves; a request needing approval cannot be issued otherwise
     */
    public void issue(String number, String verificationHash, LocalDate issueDate, boolean byStaff, String by, Instant at) {
        requireStatus(CertificateStatus.REQUESTED);
        if (approvalRequired && !byStaff) {
            throw new MamisException("certificate.approvalRequired");
        }
        List<MembershipPeriod> now = periodsAt(doctor, association);
        if (now.isEmpty()) {
            throw new MamisException("certificate.notMember", association.getName());
        }
        this.number = Objects.requireNonNull(number);
        this.verificationHash = Objects.requireNonNull(verificationHash);
        this.issueDate = Objects.requireNonNull(issueDate);
        printedAssociation = association.getName();
        printedName = doctor.getName().getFull();
        printedKana = doctor.getName().getFullKana();
        printedRegistrationNumber = doctor.getRegistrationNumber();
        printedCategory = categoryAt(doctor, association).map(MemberCategory::label).orElse(null);
        periods = new ArrayList<>(now);
        decided(by, at, null);
        status = CertificateStatus.ISSUED;
    }

    /** 発行不可: the secretariat refuses the request, with a reason the member is told. */
    public void refuse(String by, Instant at, String reason) {
        requireStatus(CertificateStatus.REQUESTED);
        decided(by, at, requireReason(reason));
        status = CertificateStatus.REFUSED;
    }

    /** 失効: the secretariat withdraws a valid certificate, with a reason. */
    public void revoke(String by, Instant at, String reason) {
        requireStatus(CertificateStatus.ISSUED);
        decided(by, at, requireReason(reason));
        status = CertificateStatus.REVOKED;
    }

    /** A newer certificate of the same doctor and association was issued: this one is no longer valid. */
    public void supersede(Certificate newer, Instant at) {
        requireStatus(CertificateStatus.ISSUED);
        Objects.requireNonNull(newer);
        if (newer == this || newer.status != CertificateStatus.ISSUED || !newer.doctor.equals(doctor)
                || !newer.association.equals(association)) {
            throw new IllegalArgumentException("only a newer issued certificate of the same member and association supersedes");
        }
        supersededBy = newer;
        decidedAt = Objects.requireNonNull(at);
        status = CertificateStatus.SUPERSEDED;
    }

    private void requireStatus(CertificateStatus expected) {
        if (status != expected) {
            throw new MamisException("certificate.state", status.name());
        }
    }

    private static String requireReason(String reason) {
        return jp.mamis.domain.Reasons.require(reason, "certificate");
    }

    private void decided(String by, Instant at, String why) {
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
        reason = why;
    }

    public boolean isValid() {
        return status == CertificateStatus.ISSUED;
    }

    /** True when the doctor had no active membership at the association when asking. */
    public boolean isFormerMember() {
        return formerMember;
    }

    public Long getId() { return id; }
    public Doctor getDoctor() { return doctor; }
    public Association getAssociation() { return association; }
    public CertificateStatus getStatus() { return status; }
    public boolean isApprovalRequired() { return approvalRequired; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRequestedBy() { return requestedBy; }
    public Optional<Instant> findDecidedAt() { return Optional.ofNullable(decidedAt); }
    public Optional<String> findDecidedBy() { return Optional.ofNullable(decidedBy); }
    public Optional<String> findReason() { return Optional.ofNullable(reason); }
    public Optional<String> findNumber() { return Optional.ofNullable(number); }
    public Optional<String> findVerificationHash() { return Optional.ofNullable(verificationHash); }
    public Optional<LocalDate> findIssueDate() { return Optional.ofNullable(issueDate); }
    public Optional<Certificate> findSupersededBy() { return Optional.ofNullable(supersededBy); }
    public long getVersion() { return version; }

    /** What was printed (empty before issue). */
    public Optional<Printed> findPrinted() {
        if (!status.wasIssued()) {
            return Optional.empty();
        }
        return Optional.of(new Printed(printedAssociation, printedName, printedKana, printedRegistrationNumber,
                printedCategory, List.copyOf(periods), number, issueDate));
    }

    /** The snapshot a certificate's PDF is made from. */
    public record Printed(String associationName, String name, String kana, String registrationNumber, String category,
                          List<MembershipPeriod> periods, String number, LocalDate issueDate) {

        /** True when one of the periods lasts to the day of issue. */
        public boolean current() {
            return periods.stream().anyMatch(MembershipPeriod::isCurrent);
        }
    }
}
