package jp.mamis.domain.application;

import jp.mamis.domain.membership.Origin;

/** The kinds of application (各種申請). */
public enum ApplicationType {
    /** 入会届: each approval starts the membership at its association. */
    ADMISSION(Origin.Cause.ADMISSION),
    /** 異動届: leaves, joins and continuations take effect together when the last line is approved. */
    TRANSFER(Origin.Cause.TRANSFER),
    /** 退会届: every affected membership ends together when the last line is approved. */
    WITHDRAWAL(Origin.Cause.WITHDRAWAL);

    private final Origin.Cause cause;

    ApplicationType(Origin.Cause cause) {
        this.cause = cause;
    }

    /** The cause written into the history of the memberships it changes. */
    public Origin.Cause cause() {
        return cause;
    }

    /** True when the memberships change only once every line is approved (all or none). */
    public boolean takesEffectAtOnce() {
        return this != ADMISSION;
    }
}
