/**
 * Inquiries (お問合せ): a member asks one of their associations, its secretariat answers in the
 * same thread; each side is told by mail. A member sees only their own inquiries, a secretariat
 * only those addressed to its association (each view and reply access-logged).
 */
package jp.mamis.ejb.inquiry;
