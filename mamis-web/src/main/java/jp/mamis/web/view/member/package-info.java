/** Member screens (会員画面) behind login and consent: マイページ and the contact-data edit. */
package jp.mamis.web.view.member;
