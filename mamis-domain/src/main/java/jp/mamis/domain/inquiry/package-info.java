/**
 * Inquiries (お問合せ) from a member to one of the associations they belong to, answered by that
 * association's secretariat in a thread: who may write, and the open / answered state.
 */
package jp.mamis.domain.inquiry;
