package jp.mamis.domain.membership;

/**
 * The JMA member categories (日医会員区分), also the default categories of every association.
 * {@link #label()} is how they are written on screens and forms.
 */
public enum MemberCategory {
    /** 病院・診療所の開設者、管理者およびそれに準ずる会員 */
    A1("A1"),
    /** A1・A2(C) 以外の会員 (医師賠償責任保険を含む) */
    A2_B("A2(B)"),
    /** 医療法に基づく研修医 */
    A2_C("A2(C)"),
    /** A2(B) のうち医賠責保険加入の除外を申請した会員 */
    B("B"),
    /** A2(C) のうち医賠責保険加入の除外を申請した会員 */
    C("C");

    private final String label;

    MemberCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
