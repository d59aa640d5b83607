/** Screens before and around sign-in: login, 利用者登録, consent, password reset, logout. */
package jp.mamis.web.view.account;
