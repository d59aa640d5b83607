package jp.mamis.domain.application;

/** Where an application stands as a whole. */
public enum ApplicationStatus {
    /** 下書き: saved by the member, not yet seen by any association. */
    DRAFT,
    /** 審査中: submitted; the lowest undecided line is with its association. */
    IN_REVIEW,
    /** 差戻し: sent back to the member for correction. */
    RETURNED,
    /** 承認済: every line approved. */
    APPROVED,
    /** 却下: a line was rejected; the lines above it ended, lines below stay approved. */
    REJECTED,
    /** 取下げ: cancelled by the member before any approval. */
    CANCELLED;

    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW || this == RETURNED;
    }
}
