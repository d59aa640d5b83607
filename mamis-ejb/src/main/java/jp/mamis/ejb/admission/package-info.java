/**
 * 入会届 for the signed-in member: what the wizard offers (facilities, associations, the chain
 * with the reasons an association cannot be chosen), drafts, attachments, submission exactly
 * once, cancellation, and the member's own view of their applications.
 */
package jp.mamis.ejb.admission;
