package jp.mamis.domain.audit;

/** What was done to personal data, as written in the access log. */
public enum AccessAction {
    VIEW_APPLICATION,
    DOWNLOAD_ATTACHMENT,
    APPROVE,
    REJECT,
    RETURN,
    MESSAGE,
    CHANGE_RULES,
    /** A secretariat listed its 在籍証明書 requests and certificates. */
    VIEW_CERTIFICATES,
    ISSUE_CERTIFICATE,
    REFUSE_CERTIFICATE,
    REVOKE_CERTIFICATE,
    DENIED,
    /** A secretariat opened the registration changes (登録情報変更) of its members. */
    VIEW_REG_CHANGE,
    /** A page of the association's member list (会員一覧) was shown. */
    VIEW_MEMBERS,
    /** A member's category was changed, or a category review task dismissed. */
    CHANGE_CATEGORY,
    /** A member's training end date (研修修了日) was viewed or changed. */
    CHANGE_TRAINING,
    /** A page of a member search (会員検索) was shown: the criteria and the doctors listed. */
    SEARCH_MEMBERS,
    /** A member's detail page (registration data, memberships, history) was shown. */
    VIEW_MEMBER,
    /** A secretariat changed a member's contact data or category. */
    CHANGE_MEMBER,
    /** A search result was downloaded (会員台帳, 宛名ラベル, label sheet) or checked for its encoding, with the row count. */
    EXPORT_MEMBERS,
    /** The 会員区分別会員統計表 or the graduation-year counts were shown. */
    VIEW_STATISTICS,
    /** The statistics were downloaded (CSV). */
    EXPORT_STATISTICS,
    /** A secretariat listed or opened its members' inquiries (お問合せ). */
    VIEW_INQUIRY,
    /** A secretariat answered an inquiry. */
    REPLY_INQUIRY,
    /** An association admin created a staff account or changed its role, state or second factor. */
    CHANGE_STAFF
}
