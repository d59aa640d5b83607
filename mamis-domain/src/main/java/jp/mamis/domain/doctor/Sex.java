package jp.mamis.domain.doctor;

/** Sex as recorded for the association statistics (男／女). */
public enum Sex {
    MALE,
    FEMALE
}
