package jp.mamis.domain.application;

/** The kinds of application (各種申請). */
public enum ApplicationType {
    /** 入会届 */
    ADMISSION
}
