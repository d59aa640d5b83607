/**
 * Notices (お知らせ): written by an association's operators and admins for its members, read on My
 * Page by every current member of that association while they are published.
 */
package jp.mamis.ejb.notice;
