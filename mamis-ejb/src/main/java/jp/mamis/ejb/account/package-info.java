/** Login: checking a login ID and password for the identity store, with throttling and even timing. */
package jp.mamis.ejb.account;
