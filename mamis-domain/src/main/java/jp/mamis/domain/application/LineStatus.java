package jp.mamis.domain.application;

/** The decision of one association on its line of an application. */
public enum LineStatus {
    /** Not decided yet (actionable only when every line below is approved). */
    PENDING,
    APPROVED,
    REJECTED,
    /** Ended without a decision because a line below was rejected or the application was cancelled. */
    CLOSED
}
