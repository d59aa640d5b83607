/**
 * 会費減免 and 退会時のお知らせ: the relief that applies to a member in a fiscal year (for the
 * member's My Page and the secretariat's member list), the association admin's relief rules and
 * withdrawal announcements (changes kept in the rule history), and {@link jp.mamis.ejb.fee.Announcements}
 * for the withdrawal screen.
 */
package jp.mamis.ejb.fee;
