package jp.mamis.ejb.account;

import java.util.Set;

/** Who a successful login is: the login ID (the caller principal) and the groups/roles it gets. */
public record SignedIn(String loginId, Set<String> groups) {
}
