package jp.mamis.domain.fee;

import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts about a member that relief rules and withdrawal announcements look at.
 *
 * @param graduationDate null when not known (then no 卒後 relief applies)
 * @param category       the member's category at the association concerned
 */
public record ReliefSubject(LocalDate birthDate, LocalDate graduationDate, LocalDate licensedOn, MemberCategory category) {

    public ReliefSubject {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(licensedOn, "licensedOn");
        Objects.requireNonNull(category, "category");
    }

    public static ReliefSubject of(Doctor d, MemberCategory category) {
        return new ReliefSubject(d.getBirthDate(), d.getGraduationDate(), d.getRegistrationDate(), category);
    }

    public static ReliefSubject of(Membership m) {
        return of(m.getDoctor(), m.getCategory());
    }

    /** Full years of age on {@code day}. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    /** Full years since the 医籍登録 on {@code day}; negative before it. */
    public int licensedYearsOn(LocalDate day) {
        return day.isBefore(licensedOn) ? -1 : java.time.Period.between(licensedOn, day).getYears();
    }

    public boolean isResident() {
        return category == MemberCategory.A2_C || category == MemberCategory.C;
    }
}
