/**
 * Accounts and what guards them: the login account of a doctor, the password policy, versions
 * of the terms of use (利用規約・個人情報の取り扱い) with the consent records that bind an account
 * to one version, and one-time password-reset tokens.
 */
package jp.mamis.domain.account;
