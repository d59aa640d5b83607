package jp.mamis.domain.fee;

/** When a withdrawal announcement (退会時のお知らせ) is shown to a member leaving the association. */
public enum AnnouncementCondition {
    /** To everyone leaving. */
    ALWAYS(false),
    /** To a member who gets one of the association's 卒後 (GRADUATION_YEARS) reliefs in the fiscal year of the withdrawal. */
    UNDER_GRADUATION_RELIEF(false),
    /** To a resident: category A2(C) or C there (e.g. the 医師賠償責任保険 ends with the membership). */
    RESIDENT(false),
    /** To a member aged at least n on the withdrawal date. */
    AGE_AT_LEAST(true);

    private final boolean numbered;

    AnnouncementCondition(boolean numbered) {
        this.numbered = numbered;
    }

    public boolean numbered() {
        return numbered;
    }
}
