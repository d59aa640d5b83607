package jp.mamis.domain.transfer;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.application.LineKind;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.rules.AdmissionEligibility;
import jp.mamis.domain.rules.AssociationRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The arithmetic of a transfer (異動). The source group (異動元) is every current membership the
 * doctor holds through one facility; the destination (異動申請先) is a selection of one chain with a
 * category each, checked with the destination associations' admission rules as if the source group
 * were already gone. Per association:
 * <ul>
 *   <li>only in the source → {@link LineKind#LEAVE};</li>
 *   <li>only in the destination → {@link LineKind#JOIN};</li>
 *   <li>in both (JMA; the prefecture for a move inside it) → {@link LineKind#CONTINUE}, the original
 *       join date kept, the category changed if another one is asked for.</li>
 * </ul>
 * Memberships held through other facilities (a second chain) are not touched; an association held
 * there cannot be joined again.
 */
public final class TransferPlan {

    /** One association's part of the move. {@code source} is the membership left or continued (null for a join). */
    public record Step(Association association, LineKind kind, MemberCategory category, Membership source) {
    }

    private final List<Membership> sourceGroup;
    private final List<Step> steps;

    private TransferPlan(List<Membership> sourceGroup, List<Step> steps) {
        this.sourceGroup = List.copyOf(sourceGroup);
        this.steps = List.copyOf(steps);
    }

    /** The memberships a transfer can start from: the doctor's active ones through {@code source}, lowest first. */
    public static List<Membership> sourceGroup(Doctor doctor, Facility source) {
        List<Membership> group = doctor.currentThrough(Objects.requireNonNull(source, "source"));
        if (group.isEmpty() || group.stream().anyMatch(m -> !m.isActive())) {
            throw MamisException.forField("source", "transfer.source.invalid");
        }
        return group;
    }

    /**
     * The destination chain as the wizard offers it: the admission options for {@code lowest}
     * through {@code destination}, with the source group treated as already gone.
     */
    public static AdmissionEligibility eligibility(Doctor doctor, Facility source, Facility destination,
                                                   Association lowest, Function<Association, AssociationRules> rules,
                                                   Set<Association> pending) {
        return new AdmissionEligibility(doctor, destination, lowest, rules, pending, sourceGroup(doctor, source));
    }

    /**
     * Works out the move, refusing a destination the rules do not allow.
     *
     * @param selection the destination associations, each with the category asked for there
     */
    public static TransferPlan of(Doctor doctor, Facility source, Facility destination, Association lowest,
                                  Map<Association, MemberCategory> selection,
                                  Function<Association, AssociationRules> rules, Set<Association> pending) {
        List<Membership> group = sourceGroup(doctor, source);
        Objects.requireNonNull(destination, "destination");
        new AdmissionEligibility(doctor, destination, lowest, rules, pending, group).check(selection);
        List<Step> steps = new ArrayList<>();
        for (Membership m : group) {
            if (!selection.containsKey(m.getAssociation())) {
                steps.add(new Step(m.getAssociation(), LineKind.LEAVE, m.getCategory(), m));
            }
        }
        List<Association> destinationLowestFirst = new ArrayList<>(selection.keySet());
        destinationLowestFirst.sort(Comparator.comparingInt((Association a) -> a.getTier().level()).reversed());
        for (Association a : destinationLowestFirst) {
            Optional<Membership> held = group.stream().filter(m -> m.getAssociation().equals(a)).findFirst();
            steps.add(new Step(a, held.isPresent() ? LineKind.CONTINUE : LineKind.JOIN, selection.get(a), held.orElse(null)));
        }
        if (steps.stream().allMatch(s -> s.kind() == LineKind.CONTINUE) && source.equals(destination)) {
            throw MamisException.forField("associations", "transfer.nothingChanges");
        }
        return new TransferPlan(group, steps);
    }

    /** Leaves first (lowest first: the source confirms), then the destination lowest first (approved bottom-up). */
    public List<Step> steps() {
        return steps;
    }

    public List<Membership> sourceGroup() {
        return sourceGroup;
    }
}
