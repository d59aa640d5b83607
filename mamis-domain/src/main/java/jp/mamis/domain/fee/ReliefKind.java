package jp.mamis.domain.fee;

/**
 * The kinds of relief rule an association can set. The number {@code n} and the category a rule
 * carries mean what each kind says.
 */
public enum ReliefKind {
    /**
     * 卒後n年: relieved for {@code n} fiscal years after graduation — a March graduate from the
     * next fiscal year, an April–February graduate from the fiscal year of the graduation (JMA 卒後5年).
     */
    GRADUATION_YEARS(true, false),
    /** Aged at least {@code n} on the reference day (the fiscal year's start unless the rule names another day). */
    AGE_AT_LEAST(true, false),
    /** A resident category (A2(C) or C): e.g. C pays nothing, A2(C) only the 医賠責 part. */
    RESIDENT(false, true),
    /** Fewer than {@code n} full years since the 医籍登録日 on the reference day. */
    LICENSED_UNDER_YEARS(true, false);

    private final boolean numbered;
    private final boolean forCategory;

    ReliefKind(boolean numbered, boolean forCategory) {
        this.numbered = numbered;
        this.forCategory = forCategory;
    }

    /** True when the kind needs its number n. */
    public boolean numbered() {
        return numbered;
    }

    /** True when the kind names a member category. */
    public boolean forCategory() {
        return forCategory;
    }
}
