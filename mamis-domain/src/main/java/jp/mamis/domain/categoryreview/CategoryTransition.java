package jp.mamis.domain.categoryreview;

import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which category a resident moves to when the training ends, and when that is due: A2(C) → A2(B),
 * C → B (the 医賠責 choice is kept); every other category stays. Due from the training end date
 * ({@link jp.mamis.domain.doctor.Doctor#trainingEnd()}) on, not a day before.
 */
public final class CategoryTransition {

    private CategoryTransition() {
    }

    /** The category after the training, for the resident categories only. */
    public static Optional<MemberCategory> afterTraining(MemberCategory c) {
        Objects.requireNonNull(c, "category");
        return switch (c) {
            case A2_C -> Optional.of(MemberCategory.A2_B);
            case C -> Optional.of(MemberCategory.B);
            default -> Optional.empty();
        };
    }

    /** The category the active membership should move to on {@code on}, when its doctor's training has ended by then. */
    public static Optional<MemberCategory> dueOn(Membership m, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (!m.isActive() || on.isBefore(m.getDoctor().trainingEnd())) {
            return Optional.empty();
        }
        return afterTraining(m.getCategory());
    }
}
