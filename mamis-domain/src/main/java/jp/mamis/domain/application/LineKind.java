package jp.mamis.domain.application;

/** What a line asks of its association. */
public enum LineKind {
    /** 入会: admit the member (admission, or the destination of a transfer). */
    JOIN,
    /** 継続: keep the member, through the new facility, with the original join date (a transfer's common part). */
    CONTINUE,
    /** 退会: let the member go (withdrawal, or the source of a transfer); upper tiers confirm. */
    LEAVE
}
