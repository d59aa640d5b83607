package jp.mamis.domain.account;

/** The Jakarta Security group an account's caller gets; mapped 1:1 to roles. */
public enum Role {
    MEMBER
}
