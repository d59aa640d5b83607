package jp.mamis.domain.attachment;

/**
 * What an attached document is, as the member declares it when uploading: the association's
 * staff check a 医師免許証 differently from a 履歴書. The kind is a code, not free text, so lists
 * and rules can rely on it; the label shown on screen comes from the message bundle under
 * {@link #messageKey()} (Japanese first).
 */
public enum DocumentKind {

    /** 医師免許証 — the medical licence. */
    LICENSE,
    /** 履歴書 — résumé. */
    RESUME,
    /** 経歴書 — career history (職務経歴). */
    CAREER,
    /** 写真 — the member's photo. */
    PHOTO,
    /** その他 — anything else the association asks for. */
    OTHER;

    /** The bundle key of the label, e.g. {@code document.LICENSE}. */
    public String messageKey() {
        return "document." + name();
    }
}
