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
    DENIED
}
