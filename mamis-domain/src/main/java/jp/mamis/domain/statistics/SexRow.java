package jp.mamis.domain.statistics;

import jp.mamis.domain.doctor.Sex;

/** The rows of a block of the 会員区分別会員統計表: the total, (男), (女) and (不明) for no recorded sex. */
public enum SexRow {
    TOTAL,
    MALE,
    FEMALE,
    UNKNOWN;

    public static SexRow of(Sex sex) {
        if (sex == null) {
            return UNKNOWN;
        }
        return sex == Sex.MALE ? MALE : FEMALE;
    }
}
