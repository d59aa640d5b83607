package jp.mamis.domain.membership;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and by whom a membership changed, for its history.
 *
 * @param applicationId the application (申請) that caused it, or null
 * @param actor         the login id of whoever decided it, or null for records brought in (migration, demo)
 */
public record Origin(Cause cause, Long applicationId, String actor, Instant at) {

    /** The procedure behind a change. */
    public enum Cause {
        /** 入会届 */
        ADMISSION,
        /** 異動届 */
        TRANSFER,
        /** 退会届 */
        WITHDRAWAL,
        /** The secretariat changed the category (e.g. the end of a resident's training). */
        CATEGORY_REVIEW,
        /** 登録情報の変更 */
        REGISTRATION_CHANGE,
        /** Brought in as it was (migrated or demo data). */
        RECORD
    }

    public Origin {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
    }

    /** A change brought in from existing records. */
    public static Origin record(Instant at) {
        return new Origin(Cause.RECORD, null, null, at);
    }
}
