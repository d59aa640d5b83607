package jp.mamis.domain.application;

/** What happened to an application, for its history (履歴). */
public enum EventKind {
    SUBMITTED, RESUBMITTED, APPROVED, REJECTED, RETURNED, CANCELLED
}
