package jp.mamis.domain.rules;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.membership.MemberCategory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One association's own admission rules (医師会ごとの独自ルール), set by its admin:
 * <ul>
 *   <li>admission scope: the tier a new applicant must join up to (「入会時は日本医師会まで入会」);</li>
 *   <li>whether a doctor who belongs to another association of the same tier is accepted;</li>
 *   <li>which member categories are offered to applicants;</li>
 *   <li>which documents an admission must or may carry;</li>
 *   <li>whether an active member's 在籍証明書 waits for the secretariat's approval (a former member's always does);</li>
 *   <li>whether a member's change of name needs its approval (登録情報の変更).</li>
 * </ul>
 * An association without a stored row has {@link #defaults(Association)}.
 */
@Entity
@Table(name = "association_rules")
public class AssociationRules {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "association_id", unique = true)
    private Association association;

    /** The tier applicants must join up to; null means no more than this association itself. */
    @Column(name = "admission_scope")
    private Tier admissionScope;

    @Column(name = "multiple_membership_allowed", nullable = false)
    private boolean multipleMembershipAllowed = true;

    @Column(name = "certificate_approval_required", nullable = false)
    private boolean certificateApprovalRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_rules_category", joinColumns = @JoinColumn(name = "rules_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 8)
    private Set<MemberCategory> offeredCategories = EnumSet.allOf(MemberCategory.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_rules_document", joinColumns = @JoinColumn(name = "rules_id"))
    @OrderBy("kind")
    private List<DocumentRequirement> documents = new ArrayList<>();

    /** 氏名の変更 of a member waits for this association's approval. */
    @Column(name = "name_change_approval", nullable = false)
    private boolean nameChangeApprovalRequired;

    @Version
    private long version;

    protected AssociationRules() {
    }

    /** The rules an association has until its admin changes them: no scope, multiple membership allowed, all JMA categories, no documents. */
    public static AssociationRules defaults(Association association) {
        AssociationRules r = new AssociationRules();
        r.association = Objects.requireNonNull(association);
        return r;
    }

    /** What an admin submits on the settings screen. */
    public record Settings(Tier admissionScope, boolean multipleMembershipAllowed, Set<MemberCategory> offeredCategories,
                           Map<DocumentKind, Boolean> documents, boolean certificateApprovalRequired,
                           boolean nameChangeApprovalRequired)
            implements java.io.Serializable {

        /** Settings with certificates issued to active members at once and no approval of name changes. */
        public Settings(Tier admissionScope, boolean multipleMembershipAllowed, Set<MemberCategory> offeredCategories,
                        Map<DocumentKind, Boolean> documents) {
            this(admissionScope, multipleMembershipAllowed, offeredCategories, documents, false, false);
        }
    }

    /**
     * Replaces the rules. The scope must be this association's tier or one above it; at least
     * one category must be offered.
     */
    public void change(Settings s) {
        Objects.requireNonNull(s);
        if (s.admissionScope() != null && s.admissionScope().level() > association.getTier().level()) {
            throw MamisException.forField("admissionScope", "rules.scope.belowOwnTier", association.getName());
        }
        if (s.offeredCategories() == null || s.offeredCategories().isEmpty()) {
            throw MamisException.forField("offeredCategories", "rules.categories.empty");
        }
        admissionScope = s.admissionScope() == null || s.admissionScope() == association.getTier() ? null : s.admissionScope();
        multipleMembershipAllowed = s.multipleMembershipAllowed();
        certificateApprovalRequired = s.certificateApprovalRequired();
        nameChangeApprovalRequired = s.nameChangeApprovalRequired();
        offeredCategories = EnumSet.copyOf(s.offeredCategories());
        documents = new ArrayList<>();
        if (s.documents() != null) {
            s.documents().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> documents.add(new DocumentRequirement(e.getKey(), Boolean.TRUE.equals(e.getValue()))));
        }
    }

    /** The current rules as settings (for the settings screen and the audit's "before"). */
    public Settings settings() {
        Map<DocumentKind, Boolean> docs = new LinkedHashMap<>();
        documents.forEach(d -> docs.put(d.getKind(), d.isRequired()));
        return new Settings(findAdmissionScope().orElse(association.getTier()), multipleMembershipAllowed,
                EnumSet.copyOf(offeredCategories), docs, certificateApprovalRequired, nameChangeApprovalRequired);
    }

    /** A stable one-line text of the rules for the audit trail. */
    public String describe() {
        return "scope=" + findAdmissionScope().map(t -> t.level() + "層").orElse("-")
                + "; multiple=" + (multipleMembershipAllowed ? "可" : "不可")
                + "; categories=" + EnumSet.copyOf(offeredCategories).stream().map(MemberCategory::label).collect(Collectors.joining(","))
                + "; documents=" + documents.stream().map(DocumentRequirement::toString)
                        .collect(Collectors.toCollection(TreeSet::new))
                + "; certificate=" + (certificateApprovalRequired ? "承認後発行" : "即時発行")
                + (nameChangeApprovalRequired ? "; nameChange=承認要" : "");
    }

    /** The tier an applicant joining here must join up to, when it is above this association. */
    public Optional<Tier> findAdmissionScope() {
        return Optional.ofNullable(admissionScope);
    }

    public boolean isMultipleMembershipAllowed() {
        return multipleMembershipAllowed;
    }

    /** True when an active member's certificate is issued only on the secretariat's approval. */
    public boolean isCertificateApprovalRequired() {
        return certificateApprovalRequired;
    }

    /** True when a member's change of name waits for this association's approval. */
    public boolean isNameChangeApprovalRequired() {
        return nameChangeApprovalRequired;
    }

    public boolean offers(MemberCategory c) {
        return offeredCategories.contains(c);
    }

    /** Offered categories in their fixed order (A1, A2(B), A2(C), B, C). */
    public List<MemberCategory> getOfferedCategories() {
        return List.copyOf(EnumSet.copyOf(offeredCategories));
    }

    public List<DocumentRequirement> getDocuments() {
        return List.copyOf(documents);
    }

    public boolean accepts(DocumentKind kind) {
        return documents.stream().anyMatch(d -> d.getKind() == kind);
    }

    public Set<DocumentKind> requiredDocuments() {
        return documents.stream().filter(DocumentRequirement::isRequired).map(DocumentRequirement::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));
    }

    public static Set<DocumentKind> requiredDocuments(Collection<AssociationRules> rules) {
        Set<DocumentKind> all = EnumSet.noneOf(DocumentKind.class);
        rules.forEach(r -> all.addAll(r.requiredDocuments()));
        return all;
    }

    public Long getId() {
        return id;
    }

    public Association getAssociation() {
        return association;
    }

    public long getVersion() {
        return version;
    }
}
