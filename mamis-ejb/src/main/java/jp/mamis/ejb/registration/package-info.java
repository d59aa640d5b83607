/** 利用者登録: a licensed doctor creates an account, consenting to the terms in force. */
package jp.mamis.ejb.registration;
