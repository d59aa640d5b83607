/**
 * マイページ: the signed-in member's registration data and memberships grouped by facility, and
 * the member's own change of contact data. The caller is always the signed-in principal, never
 * an id from the request, so a member reaches only their own data.
 */
package jp.mamis.ejb.mypage;
