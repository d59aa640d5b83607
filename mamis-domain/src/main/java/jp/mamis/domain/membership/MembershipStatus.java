package jp.mamis.domain.membership;

/** 在籍 (active), 申請中 (pending an application) or 退会 (withdrawn). */
public enum MembershipStatus {
    ACTIVE,
    PENDING,
    WITHDRAWN
}
