/**
 * 登録情報の変更: the member's change of name (with 旧姓・旧名 and the mail flag) and of facility,
 * the record of every registration change (contact changes included, see
 * {@link jp.mamis.ejb.regchange.RegistrationChanges#recordContact}), the secretariats' list of
 * their members' changes and their approval or rejection of name changes, and the mails of it.
 */
package jp.mamis.ejb.regchange;
