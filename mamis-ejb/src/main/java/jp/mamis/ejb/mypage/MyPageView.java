package jp.mamis.ejb.mypage;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Read-only view of マイページ, built by {@link MyPageService}; nothing in it is an entity. */
public record MyPageView(
        String loginId,
        String email,
        String registrationNumber,
        LocalDate registrationDate,
        String name,
        String nameKana,
        String formerName,
        String formerNameKana,
        boolean useFormerNameOnMail,
        String sex,
        LocalDate birthDate,
        String address,
        String tel,
        String mobile,
        String fax,
        String graduationUniversity,
        LocalDate graduationDate,
        List<FacilityGroup> facilities,
        List<HistoryRow> history) implements Serializable {

    /**
     * One entry of 医師会入退会履歴, newest first.
     *
     * @param date   the date it took effect; null when unknown
     * @param kind   MembershipEvent.Kind name; {@code cause} the Origin.Cause name
     * @param detail category or facility change, e.g. "A2(C) → A2(B)", else null
     */
    public record HistoryRow(LocalDate date, String association, int tier, String kind, String cause, String category,
                             String detail) implements Serializable {
    }

    /** The memberships held through one facility (所属施設名), lowest tier first. */
    public record FacilityGroup(String facilityName, List<MembershipRow> memberships) implements Serializable {
    }

    /**
     * One row of the 医師会登録情報 table.
     *
     * @param status   MembershipStatus name (the screen shows 在籍／申請中／退会)
     * @param joinDate null when unknown (shown as "-")
     */
    public record MembershipRow(String status, String association, int tier, String category, LocalDate joinDate)
            implements Serializable {
    }
}
