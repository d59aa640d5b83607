package jp.mamis.domain.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jp.mamis.domain.calendar.JapaneseDates;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One period of membership as a certificate prints it: from the 入会日 ("不明" when the migrated
 * record has none) to the 退会日, or 「現在に至る」 while the membership is active.
 */
@Embeddable
public class MembershipPeriod {

    static final String UNKNOWN = "不明";
    static final String UP_TO_NOW = "現在に至る";

    @Column(name = "join_date")
    private LocalDate joinDate;

    @Column(name = "leave_date")
    private LocalDate leaveDate;

    @Column(name = "current_member", nullable = false)
    private boolean current;

    protected MembershipPeriod() {
    }

    public MembershipPeriod(LocalDate joinDate, LocalDate leaveDate, boolean current) {
        if (current && leaveDate != null) {
            throw new IllegalArgumentException("a current membership has no leave date");
        }
        if (joinDate != null && leaveDate != null && leaveDate.isBefore(joinDate)) {
            throw new IllegalArgumentException("left before joining");
        }
        this.joinDate = joinDate;
        this.leaveDate = leaveDate;
        this.current = current;
    }

    /** The period of an active or withdrawn membership row; a pending one is no membership yet. */
    public static Optional<MembershipPeriod> of(Membership m) {
        Objects.requireNonNull(m);
        if (m.getStatus() == MembershipStatus.PENDING) {
            return Optional.empty();
        }
        return Optional.of(new MembershipPeriod(m.findJoinDate().orElse(null), m.findLeaveDate().orElse(null),
                m.getStatus() == MembershipStatus.ACTIVE));
    }

    /** 令和2年6月1日（2020年6月1日） 〜 現在に至る */
    public String printed() {
        return date(joinDate) + " 〜 " + (current ? UP_TO_NOW : date(leaveDate));
    }

    private static String date(LocalDate d) {
        return d == null ? UNKNOWN : JapaneseDates.wareki(d) + "（" + JapaneseDates.western(d) + "）";
    }

    public Optional<LocalDate> findJoinDate() {
        return Optional.ofNullable(joinDate);
    }

    public Optional<LocalDate> findLeaveDate() {
        return Optional.ofNullable(leaveDate);
    }

    public boolean isCurrent() {
        return current;
    }
}
