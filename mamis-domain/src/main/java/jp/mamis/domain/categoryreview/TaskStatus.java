package jp.mamis.domain.categoryreview;

/** 未処理 (open), 変更済み (applied) or 対応不要 (dismissed with a reason). */
public enum TaskStatus {
    OPEN,
    APPLIED,
    DISMISSED
}
