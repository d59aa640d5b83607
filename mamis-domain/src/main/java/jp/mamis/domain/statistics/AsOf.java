package jp.mamis.domain.statistics;

import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.MembershipStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who counts as a member on a day ({@code date}, e.g. a month end), and with which category. The
 * statistics queries implement exactly these rules in SQL; the in-container tests check both agree.
 * <ul>
 *   <li>Joined: an unknown join date (migrated data, shown "-") counts as joined; otherwise the join
 *       date must be on or before the day.</li>
 *   <li>Not yet left: the leave date (退会日) is the first day without the membership — a transfer
 *       leaves one association and joins the next on the same 異動日 — so a membership left on the
 *       day or before is not counted; one left after the day is. A withdrawn membership without a
 *       leave date is not counted (nobody knows since when it ended).</li>
 *   <li>Pending memberships (申請中) are not members yet.</li>
 *   <li>Category on the day: the category before the first category change that takes effect after
 *       the day; without such a change the present one. A change effective on the day itself counts.</li>
 * </ul>
 */
public final class AsOf {

    private AsOf() {
    }

    /** True when a membership with these dates and status is counted on {@code date}. */
    public static boolean isMember(MembershipStatus status, LocalDate joinDate, LocalDate leaveDate, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (status == MembershipStatus.PENDING) {
            return false;
        }
        if (joinDate != null && joinDate.isAfter(date)) {
            return false;
        }
        if (leaveDate == null) {
            return status == MembershipStatus.ACTIVE;
        }
        return leaveDate.isAfter(date);
    }

    /** A category change of the membership's history: effective on {@code effective}, from {@code before}. */
    public record CategoryChange(LocalDate effective, MemberCategory before) {
    }

    /**
     * The category on {@code date}, given the present category and the category changes in the
     * order they were recorded. A change without a date counts as effective long ago.
     */
    public static MemberCategory categoryOn(MemberCategory present, List<CategoryChange> changes, LocalDate date) {
        return changes.stream()
                .filter(c -> c.effective() != null && c.effective().isAfter(date))
                .min(Comparator.comparing(CategoryChange::effective))
                .map(CategoryChange::before)
                .orElse(present);
    }
}
