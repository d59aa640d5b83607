package jp.mamis.domain.withdrawal;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.Membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The memberships one withdrawal (退会) ends, lowest tier first: the order the associations
 * confirm it in. Only memberships held through one facility (one chain) are concerned; upper tiers
 * cannot stay without the lower one, so the patterns are the three of the paper form.
 */
public final class WithdrawalPlan {

    /** The three patterns of withdrawal. */
    public enum Pattern {
        /** The lowest tier and so every tier above it in the chain (the upper tiers confirm). */
        WHOLE_CHAIN,
        /** The prefectural association and JMA; the municipal (and district) membership stays. */
        PREFECTURE_AND_NATIONAL,
        /** JMA only. */
        NATIONAL_ONLY
    }

    private final Facility facility;
    private final Pattern pattern;
    private final List<Membership> leaving;

    private WithdrawalPlan(Facility facility, Pattern pattern, List<Membership> leaving) {
        this.facility = facility;
        this.pattern = pattern;
        this.leaving = List.copyOf(leaving);
    }

    /** The patterns that mean something for the chain through {@code facility} (each leaves something else). */
    public static List<Pattern> patterns(Doctor doctor, Facility facility) {
        List<Membership> group = group(doctor, facility);
        List<Pattern> out = new ArrayList<>();
        out.add(Pattern.WHOLE_CHAIN);
        boolean belowPrefecture = group.stream().anyMatch(m -> m.getAssociation().getTier().level() > Tier.PREFECTURAL.level());
        boolean prefecture = group.stream().anyMatch(m -> m.getAssociation().getTier() == Tier.PREFECTURAL);
        boolean national = group.stream().anyMatch(m -> m.getAssociation().isNational());
        if (prefecture && belowPrefecture && national) {
            out.add(Pattern.PREFECTURE_AND_NATIONAL);
        }
        if (national && group.size() > 1) {
            out.add(Pattern.NATIONAL_ONLY);
        }
        return out;
    }

    /** The withdrawal of one pattern from the chain through {@code facility}, refused when the pattern does not apply. */
    public static WithdrawalPlan of(Doctor doctor, Facility facility, Pattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (!patterns(doctor, facility).contains(pattern)) {
            throw MamisException.forField("pattern", "withdrawal.pattern.notApplicable");
        }
        int deepestLevelLeaving = switch (pattern) {
            case WHOLE_CHAIN -> Integer.MAX_VALUE;
            case PREFECTURE_AND_NATIONAL -> Tier.PREFECTURAL.level();
            case NATIONAL_ONLY -> Tier.NATIONAL.level();
        };
        List<Membership> leaving = group(doctor, facility).stream()
                .filter(m -> m.getAssociation().getTier().level() <= deepestLevelLeaving).toList();
        return new WithdrawalPlan(facility, pattern, leaving);
    }

    private static List<Membership> group(Doctor doctor, Facility facility) {
        List<Membership> group = doctor.currentThrough(Objects.requireNonNull(facility, "facility"));
        if (group.isEmpty() || group.stream().anyMatch(m -> !m.isActive())) {
            throw MamisException.forField("source", "withdrawal.source.invalid");
        }
        return group;
    }

    /** The memberships that end, lowest tier first. */
    public List<Membership> leaving() {
        return leaving;
    }

    public Pattern pattern() {
        return pattern;
    }

    public Facility facility() {
        return facility;
    }
}
