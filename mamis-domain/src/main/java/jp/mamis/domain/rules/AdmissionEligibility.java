package jp.mamis.domain.rules;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which associations of one chain a doctor may apply to join, and why not the others. Applies
 * the hierarchy (upper tiers need the lower one under the same facility, JMA at most once) and
 * each association's own rules (admission scope, multiple membership). The wizard shows
 * {@link #options()}; the service refuses a selection with {@link #check(Map)} whatever the
 * screen allowed.
 */
public final class AdmissionEligibility {

    /** Why an association cannot be chosen; the key names a message with the association's name as {0}. */
    public enum Refusal {
        ALREADY_MEMBER("admission.refusal.alreadyMember"),
        NATIONAL_ONCE("admission.refusal.nationalOnce"),
        MULTIPLE_NOT_ALLOWED("admission.refusal.multipleNotAllowed"),
        /** The association below it in the chain can be neither held nor joined, so neither can this one. */
        LOWER_UNAVAILABLE("admission.refusal.lowerUnavailable");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * One association of the chain as the wizard offers it.
     *
     * @param held       the doctor already belongs to it under this facility's chain (shown as 在籍)
     * @param refusal    why it cannot be chosen, when it cannot
     * @param requiredBy the association whose admission scope makes it required, if any
     */
    public record Option(Association association, boolean held, Optional<Refusal> refusal,
                         Optional<Association> requiredBy, AssociationRules rules) {

        public boolean selectable() {
            return !held && refusal.isEmpty();
        }
    }

    private final Doctor doctor;
    private final Facility facility;
    private final List<Association> chain;
    private final Function<Association, AssociationRules> rules;
    private final Set<Association> pending;
    private final Set<Membership> leaving;

    /**
     * @param lowest the lowest association the doctor picked; its chain up to JMA is considered
     * @param rules  each association's rules (its defaults when it has none stored)
     */
    public AdmissionEligibility(Doctor doctor, Facility facility, Association lowest,
                                Function<Association, AssociationRules> rules) {
        this(doctor, facility, lowest, rules, Set.of());
    }

    /**
     * @param pending associations the doctor has already applied to in other filed, undecided
     *                applications: they count like memberships for the multiple-membership rule,
     *                so two applications cannot together do what one may not
     */
    public AdmissionEligibility(Doctor doctor, Facility facility, Association lowest,
                                Function<Association, AssociationRules> rules, Set<Association> pending) {
        this(doctor, facility, lowest, rules, pending, Set.of());
    }

    /**
     * @param leaving memberships that end when this admission takes effect (the source group of a
     *                transfer): they neither block nor satisfy anything, as if already gone
     */
    public AdmissionEligibility(Doctor doctor, Facility facility, Association lowest,
                                Function<Association, AssociationRules> rules, Set<Association> pending,
                                java.util.Collection<Membership> leaving) {
        this.pending = Set.copyOf(Objects.requireNonNull(pending));
        this.leaving = Set.copyOf(Objects.requireNonNull(leaving));
        this.doctor = Objects.requireNonNull(doctor);
        this.facility = Objects.requireNonNull(facility);
        this.chain = Objects.requireNonNull(lowest).chain();
        this.rules = Objects.requireNonNull(rules);
        if (lowest.hasSubdivisions()) {
            throw MamisException.forField("association", "admission.chooseSubdivision", lowest.getName());
        }
    }

    /** The chain, lowest first. */
    public List<Association> chain() {
        return chain;
    }

    /** Every association of the chain, lowest first, with whether and why it can be chosen. */
    public List<Option> options() {
        List<Option> out = new ArrayList<>();
        for (Association a : chain) {
            AssociationRules r = rules.apply(a);
            boolean held = heldHere(a);
            Optional<Refusal> refusal = held ? Optional.empty() : refusal(a, r);
            if (!held && refusal.isEmpty() && !out.isEmpty()) {
                Option below = out.get(out.size() - 1);
                if (!below.held() && below.refusal().isPresent()) {
                    refusal = Optional.of(Refusal.LOWER_UNAVAILABLE);
                }
            }
            out.add(new Option(a, held, refusal, requiredBy(a), r));
        }
        return out;
    }

    /**
     * Refuses a selection the rules do not allow, naming the association. The selection maps
     * each chosen association to its category.
     */
    public void check(Map<Association, MemberCategory> selection) {
        if (selection == null || selection.isEmpty()) {
            throw MamisException.forField("associations", "admission.nothingSelected");
        }
        for (Association a : selection.keySet()) {
            if (!chain.contains(a)) {
                throw MamisException.forField("associations", "admission.notInChain", a.getName());
            }
        }
        Map<Association, Option> byAssociation = new LinkedHashMap<>();
        options().forEach(o -> byAssociation.put(o.association(), o));
        for (Association a : chain) {
            if (!selection.containsKey(a)) {
                continue;
            }
            Option o = byAssociation.get(a);
            if (o.held()) {
                throw MamisException.forField("associations", Refusal.ALREADY_MEMBER.key(), a.getName());
            }
            o.refusal().ifPresent(r -> {
                throw MamisException.forField("associations", r.key(), a.getName());
            });
            MemberCategory category = selection.get(a);
            if (category == null) {
                throw MamisException.forField("category", "admission.category.required", a.getName());
            }
            if (!o.rules().offers(category)) {
                throw MamisException.forField("category", "admission.category.notOffered", a.getName(), category.label());
            }
            int i = chain.indexOf(a);
            if (i > 0) {
                Association below = chain.get(i - 1);
                if (!selection.containsKey(below) && !heldHere(below)) {
                    throw MamisException.forField("associations", "admission.lowerRequired", a.getName(), below.getName());
                }
            }
        }
        for (Association a : selection.keySet()) {
            Tier scope = rules.apply(a).findAdmissionScope().orElse(a.getTier());
            for (Association upper : chain) {
                if (upper.getTier().level() < a.getTier().level() && upper.getTier().level() >= scope.level()
                        && !selection.containsKey(upper) && !satisfied(upper)) {
                    throw MamisException.forField("associations", "admission.scopeRequires", a.getName(),
                            scope.level(), upper.getName());
                }
            }
        }
    }

    /**
     * Checked again when an association approves: since the application was filed the doctor may
     * have joined another association of the same tier (through another application), which this
     * association's rules may not allow.
     */
    public static void checkStillAdmissible(Doctor doctor, Association a, AssociationRules rules) {
        checkStillAdmissible(doctor, a, rules, Set.of());
    }

    /** As {@link #checkStillAdmissible(Doctor, Association, AssociationRules)}, ignoring memberships that end with the change. */
    public static void checkStillAdmissible(Doctor doctor, Association a, AssociationRules rules,
                                            java.util.Collection<Membership> leaving) {
        if (!rules.isMultipleMembershipAllowed() && doctor.getMemberships().stream().filter(Membership::isCurrent)
                .filter(m -> !leaving.contains(m))
                .anyMatch(m -> m.getAssociation().getTier() == a.getTier() && !m.getAssociation().equals(a))) {
            throw new MamisException(Refusal.MULTIPLE_NOT_ALLOWED.key(), a.getName());
        }
    }

    /** Documents the selected associations require, to be attached before submission. */
    public static Set<jp.mamis.domain.attachment.DocumentKind> requiredDocuments(List<AssociationRules> selected) {
        return AssociationRules.requiredDocuments(selected);
    }

    private Optional<Refusal> refusal(Association a, AssociationRules r) {
        if (a.isNational() && current().anyMatch(m -> m.getAssociation().isNational())) {
            return Optional.of(Refusal.NATIONAL_ONCE);
        }
        if (current().anyMatch(m -> m.getAssociation().equals(a))) {
            return Optional.of(Refusal.ALREADY_MEMBER);
        }
        if (!r.isMultipleMembershipAllowed()
                && (current().anyMatch(m -> m.getAssociation().getTier() == a.getTier() && !m.getAssociation().equals(a))
                || pending.stream().anyMatch(p -> p.getTier() == a.getTier() && !p.equals(a)))) {
            return Optional.of(Refusal.MULTIPLE_NOT_ALLOWED);
        }
        return Optional.empty();
    }

    /** The lowest association whose scope reaches up to {@code a}, among those below it in the chain. */
    private Optional<Association> requiredBy(Association a) {
        for (Association lower : chain) {
            if (lower.getTier().level() <= a.getTier().level()) {
                break;
            }
            Tier scope = rules.apply(lower).findAdmissionScope().orElse(lower.getTier());
            if (scope.level() <= a.getTier().level()) {
                return Optional.of(lower);
            }
        }
        return Optional.empty();
    }

    /**
     * A scope's demand for {@code a} is met by belonging to it through any facility (JMA through
     * any chain; a prefecture through another workplace): it could not be joined twice anyway.
     */
    private boolean satisfied(Association a) {
        return current().anyMatch(m -> m.getAssociation().equals(a));
    }

    private boolean heldHere(Association a) {
        return current().anyMatch(m -> m.getAssociation().equals(a) && m.getFacility().equals(facility));
    }

    private java.util.stream.Stream<Membership> current() {
        return doctor.getMemberships().stream().filter(Membership::isCurrent).filter(m -> !leaving.contains(m));
    }
}
