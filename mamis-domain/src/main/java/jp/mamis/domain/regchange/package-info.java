/**
 * 登録情報の変更: every change a member makes to their registration data (name with 旧姓・旧名,
 * address and contacts, facility) is kept as a {@link jp.mamis.domain.regchange.RegistrationChange}
 * that the secretariats of every association the member belongs to can see. A name change waits
 * for the approval of each of those associations whose rules ask for it; one rejection discards it.
 */
package jp.mamis.domain.regchange;
